/** Case conversions of names and titles; every helper works on code units, not locales. */

/** Ids such as catalog ids: lowercase letters and digits in words joined by single `-`, starting with a letter. */
export const kebabCaseId = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The word with its first character upper-cased (`billing` → `Billing`); the rest is kept. */
export function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A kebab-case name in words (`agent-ops` → `Agent Ops`). */
export function titleCase(name: string): string {
  return name.split('-').map(capitalize).join(' ');
}

/** Kebab-case of a heading or file name; empty when nothing Latin is left (CJK headings). May start with a digit. */
export function kebabCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
