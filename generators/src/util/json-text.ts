/** JSON text with two-space indentation and a final newline, as every generated or reported JSON file is written. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
