/**
 * The syntax of SPDX license expressions (SPDX 2.3, annex D), as npm reads a package's `license`:
 * ids joined by `AND`/`OR`, `WITH` an exception, parentheses; `UNLICENSED` alone. The ids themselves
 * are not checked against the SPDX list (which would need a dependency), except the casing of the
 * common ones, since npm matches ids exactly.
 */

/** Common SPDX ids, to tell `mit` that it means `MIT`. */
const commonIds = [
  '0BSD', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-2.0', 'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause', 'BSD-3-Clause',
  'BSL-1.0', 'CC-BY-4.0', 'CC0-1.0', 'EPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'ISC',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MIT', 'MIT-0', 'MPL-2.0', 'Unlicense', 'UPL-1.0', 'WTFPL', 'Zlib',
];
const commonByLowerCase = new Map(commonIds.map((id) => [id.toLowerCase(), id]));

const licenseId = /^(?:[A-Za-z0-9.-]+\+?|LicenseRef-[A-Za-z0-9.-]+|DocumentRef-[A-Za-z0-9.-]+:LicenseRef-[A-Za-z0-9.-]+)$/;
const exceptionId = /^[A-Za-z0-9.-]+$/;
const operators = new Set(['AND', 'OR', 'WITH']);

/** What is wrong with `expression` as a package license, in words that say how to fix it; undefined when it is fine. */
export function licenseProblem(expression: string): string | undefined {
  if (expression === 'UNLICENSED') return undefined;
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0) return 'it is empty; write an SPDX expression such as `MIT`, or `UNLICENSED`';
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const id = (pattern: RegExp, what: string): void => {
    const token = peek();
    if (token === undefined) return fail(`it ends where ${what} should follow`);
    if (token === 'UNLICENSED') fail('`UNLICENSED` stands alone; it cannot be combined with other licenses');
    if (operators.has(token.toUpperCase()) && token !== token.toUpperCase()) fail(`write the operator \`${token}\` in capitals (\`${token.toUpperCase()}\`)`);
    if (token === '(' || token === ')' || operators.has(token) || !pattern.test(token)) fail(`\`${token}\` is not ${what}`);
    if (token.toLowerCase() === 'unlicensed') fail('write `UNLICENSED` in capitals');
    const bare = token.replace(/\+$/, '');
    const known = commonByLowerCase.get(bare.toLowerCase());
    if (known && known !== bare) fail(`SPDX ids are matched exactly: write \`${known}\`, not \`${bare}\``);
    at++;
  };
  const operator = (): string | undefined => {
    const token = peek();
    if (token !== undefined && operators.has(token.toUpperCase()) && token !== token.toUpperCase()) fail(`write the operator \`${token}\` in capitals (\`${token.toUpperCase()}\`)`);
    return token;
  };
  const primary = (): void => {
    if (peek() === '(') {
      at++;
      disjunction();
      if (peek() !== ')') fail(peek() === undefined ? 'a `(` is not closed' : `\`${peek()}\` cannot follow a license; join licenses with \`AND\` or \`OR\``);
      at++;
      return;
    }
    id(licenseId, 'a license id (such as `MIT`, `Apache-2.0` or `LicenseRef-Acme`)');
    if (operator() === 'WITH') {
      at++;
      id(exceptionId, 'an exception id (such as `Classpath-exception-2.0`)');
    }
  };
  const conjunction = (): void => {
    primary();
    while (operator() === 'AND') {
      at++;
      primary();
    }
  };
  const disjunction = (): void => {
    conjunction();
    while (operator() === 'OR') {
      at++;
      conjunction();
    }
  };
  try {
    disjunction();
    if (at < tokens.length) fail(tokens[at] === ')' ? 'a `)` has no matching `(`' : `\`${tokens[at]}\` cannot follow a license; join licenses with \`AND\` or \`OR\``);
    return undefined;
  } catch (error) {
    if (error instanceof SpdxSyntaxError) return error.message;
    throw error;
  }
}

class SpdxSyntaxError extends Error {}

function fail(message: string): never {
  throw new SpdxSyntaxError(message);
}
