/**
 * Reads the wire envelope off an example response body on the page (`{"error": "invalid_token",
 * "message": "..."}`): which top-level field holds the code and which the message. Only fenced or
 * literal blocks that parse as JSON count, each bounded in size, so a page of any length costs little.
 */

/** The envelope an example body shows: field names by part. */
export interface ExampleEnvelope {
  readonly code: string;
  readonly message?: string;
  readonly data?: string;
}

const codeFields = ['code', 'error_code', 'errorCode', 'errcode', 'errCode', 'err_code', 'errno', 'retcode', 'ret', 'status_code', 'error'];
const messageFields = ['message', 'msg', 'errmsg', 'errMsg', 'error_message', 'errorMessage', 'error_description', 'detail', 'description', 'reason', 'error'];
const dataFields = ['data', 'details', 'errors', 'result'];
const maxBlock = 20_000;
const maxBlocks = 50;

/** Candidate JSON texts: Markdown fences and indented/`::` literal blocks, found by a linear scan. */
function jsonBlocks(source: string): string[] {
  const blocks: string[] = [];
  let at = 0;
  while (blocks.length < maxBlocks) {
    const open = source.indexOf('```', at);
    if (open < 0) break;
    const bodyStart = source.indexOf('\n', open);
    if (bodyStart < 0) break;
    const close = source.indexOf('```', bodyStart);
    if (close < 0) break;
    if (close - bodyStart <= maxBlock) blocks.push(source.slice(bodyStart + 1, close));
    at = close + 3;
  }
  // Bodies not in fences (reST literal blocks, plain pages): a line starting with `{` up to a line closing it.
  const lines = source.split('\n', 100_000);
  for (let i = 0; i < lines.length && blocks.length < maxBlocks; i++) {
    if (!/^\s*\{\s*$|^\s*\{\s*"/.test(lines[i]!)) continue;
    const indent = lines[i]!.length - lines[i]!.trimStart().length;
    for (let j = i; j < Math.min(lines.length, i + 200); j++) {
      const line = lines[j]!;
      if (line.length - line.trimStart().length === indent && /\}\s*,?\s*$/.test(line)) {
        blocks.push(lines.slice(i, j + 1).join('\n').replace(/,\s*$/, ''));
        i = j;
        break;
      }
    }
  }
  return blocks;
}

function fromObject(value: unknown): ExampleEnvelope | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const names = Object.keys(value);
  const code = codeFields.find((f) => names.includes(f) && ['string', 'number'].includes(typeof (value as Record<string, unknown>)[f]));
  if (code === undefined) return undefined;
  const message = messageFields.find((f) => f !== code && names.includes(f) && typeof (value as Record<string, unknown>)[f] === 'string');
  // A lone `error` string without a message beside it is prose, not a code.
  if (message === undefined && code === 'error') return undefined;
  const data = dataFields.find((f) => names.includes(f));
  return { code, ...(message !== undefined ? { message } : {}), ...(data !== undefined ? { data } : {}) };
}

/** The envelope of the first example body on the page, if any shows one. */
export function exampleEnvelope(source: string): ExampleEnvelope | undefined {
  for (const block of jsonBlocks(source)) {
    const text = block.trim();
    if (!text.startsWith('{')) continue;
    try {
      const found = fromObject(JSON.parse(text));
      if (found) return found;
    } catch {
      // Not JSON (pseudo-code, comments, placeholders): not an example body.
    }
  }
  return undefined;
}
