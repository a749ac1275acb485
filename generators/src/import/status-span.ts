/**
 * HTTP statuses that head what is listed under them (`**400 Bad Request**` over a list of exceptions,
 * `**452-456 Custom Errors**`): the span a head names, and how its entries take it.
 */
import type { ImportedEntry } from './imported-document.js';

/** The HTTP statuses a bold lead or heading names: `400 Bad Request` → 400–400, `452-456 Custom Errors` → 452–456. */
export function statusSpan(text: string): { low: number; high: number } | undefined {
  const m = /^[*_\s]{0,4}([1-5]\d\d)(?:\s{0,3}[-–]\s{0,3}([1-5]\d\d))?(?=[*_\s]|$)/.exec(text.slice(0, 40));
  if (!m) return undefined;
  const low = Number(m[1]);
  const high = m[2] !== undefined ? Number(m[2]) : low;
  return high >= low ? { low, high } : undefined;
}

/**
 * Entries listed under an HTTP status (`**400 Bad Request**` over `` - `BadRequestException` — text ``):
 * the status is theirs, and a number in that span beside a symbol (`Foo (452)`) is its status, not its code.
 */
export function applyStatusSpan(entries: readonly ImportedEntry[], span: { low: number; high: number }): void {
  for (const entry of entries) {
    const own = entry.code !== undefined && /^\d{3}$/.test(entry.code) ? Number(entry.code) : undefined;
    if (own !== undefined && entry.key !== undefined && own >= span.low && own <= span.high) {
      entry.httpStatus ??= own;
      delete entry.code;
      delete entry.codeIsString;
    } else if (span.low === span.high && (entry.code === undefined || String(span.low) !== entry.code)) entry.httpStatus ??= span.low;
  }
}
