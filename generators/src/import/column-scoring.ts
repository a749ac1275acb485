/**
 * Which column of a table is the code, the symbol, the HTTP status, the message — and whether the
 * table lists errors at all — as a scoring over candidates. Cells decide: code-shaped and unique per
 * row, identifier-shaped, 100–599, prose; booleans and small enumerations are never messages. Header
 * words (in many languages) and the heading the table stands under only tip the balance.
 */
import { cleanCodeToken, codeShape, isBoolean, isHttpStatus, isIdentifier, isReasonPhrase, isStructuredIdentifier, wordCount } from './cell-shapes.js';

/**
 * What a column holds. `text` is prose whose first sentence is the message and all of it the description;
 * `messageText` is prose that is the message as a whole and the description too.
 */
export type ColumnRole = 'code' | 'codeTitle' | 'key' | 'http' | 'message' | 'icuMessage' | 'description' | 'solution' | 'notes' | 'text' | 'messageText' | 'ignore';

/** Where a table stands: the heading above it, for telling error tables from field tables. */
export interface TableContext {
  readonly heading?: string;
}

type Hint = 'code' | 'key' | 'http' | 'message' | 'description' | 'solution' | 'notes' | 'icuMessage' | 'field' | 'type' | 'ordinal';

/** Header words per hint, many languages; checked in this order, the first hit wins. */
const headerHints: ReadonlyArray<readonly [Hint, RegExp]> = [
  ['icuMessage', /\bicu\b/],
  ['http', /\bhttp\b|^status$|状态码|ステータス|상태 ?코드|статус/],
  ['ordinal', /^(?:#|no\.?|n[º°]|id|index|序号|番号|번호|№)$/],
  ['code', /\bcodes?\b|errno|sqlstate|^number$|^value$|^num$|码|碼|コード|코드|код|código|codigo|code erreur|fehlercode|^nummer$|^erro$|^error$|^errors?$/],
  ['key', /^(?:key|symbol|name|constant|identifier|enum|literal|error name|error key|error type|type name|condition(?: name)?|reason|错误名|标识|名称|命名|名字|シンボル|名前|이름|имя|nombre)$/],
  ['solution', /solution|\bfix\b|resolution|remedy|what to do|how to|action|suggest|解决|处理|處理|建议|対処|対応|해결|조치|решение|действ|solución|solucion|lösung|solução/],
  ['message', /message|\bmsg\b|^text$|^error text$|信息|消息|提示|メッセージ|메시지|сообщение|текст|mensaje|nachricht|mensagem|meldung/],
  ['description', /desc|detail|explanation|meaning|cause|remark|comment|说明|說明|描述|含义|原因|备注|説明|意味|内容|설명|의미|описание|значение|причина|descripción|significado|beschreibung|bedeutung|significado|signification/],
  ['notes', /^(?:notes?|flags|备注)$/],
  ['type', /^(?:type|data ?type|类型|型|타입|тип|tipo|typ)$/],
  ['field', /param|field|property|attribute|variable|^var$|required|mandatory|default|参数|字段|属性|必填|パラメータ|項目|필드|파라미터|параметр|поле|campo|parámetro|feld/],
];

function headerHint(header: string): Hint | undefined {
  const h = header.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (!h || h.length > 60) return undefined;
  return headerHints.find(([, re]) => re.test(h))?.[0];
}

const errorWords = /error|fail|invalid|denied|forbidden|unauthori|not[_ -]?found|unknown|exceed|missing|illegal|conflict|timeout|unavailable|unsupported|exception|refused|violation|limit|expired|bad|abort|reject/i;
const errorHeading = /error|code|status|fault|exception|failure|错误|錯誤|异常|状态|エラー|コード|에러|오류|코드|ошиб|код|статус|error|código|fehler|erro|statut/i;
const fieldHeading = /param|field|propert|attribute|variable|argument|request body|response body|header|参数|字段|属性|パラメータ|フィールド|파라미터|필드|параметр|поле|аргумент|parámetro|campo|feld/i;
const typeNames = /^(?:string|str|integer|int|int32|int64|long|float|double|number|boolean|bool|object|array|list|map|date|datetime|timestamp|char|varchar|text|enum|json|any|null|uint\d*|int\d*)(?:\[\])?$/i;

/** What the cells of one column look like. */
interface ColumnProfile {
  readonly hint: Hint | undefined;
  readonly filled: number;
  readonly distinct: number;
  readonly code: number;
  readonly integer: number;
  readonly symbol: number;
  readonly structured: number;
  readonly errorish: number;
  readonly http: number;
  readonly words: number;
  /** Share of cells that are one token (no whitespace): symbols are; `No Content`, `Bad Request` are not. */
  readonly single: number;
  /** Share of cells that are standard HTTP reason phrases (`Not Found`, `Too Many Requests`). */
  readonly reason: number;
  readonly boolean: number;
  readonly typeName: number;
  readonly ordinal: boolean;
}

const firstToken = (cell: string) => cleanCodeToken(cell.trim().split(/\s+/, 1)[0] ?? '').token;

/** Row numbers and page-local ids: `1, 2, 3` or `code-1, code-2`, consecutive from 0 or 1. */
function isOrdinalColumn(cells: readonly string[]): boolean {
  if (cells.length < 3) return false;
  const parts = cells.map((c) => /^(\D{0,20}?)(\d{1,6})$/.exec(c));
  if (parts.some((p) => !p) || new Set(parts.map((p) => p![1])).size !== 1) return false;
  // Numbers padded to one width (`001`, `002`) are codes as the page spells them; a row count is not padded.
  const digits = parts.map((p) => p![2]!);
  if (digits[0]!.startsWith('0') && digits[0]!.length > 1 && digits.every((d) => d.length === digits[0]!.length)) return false;
  const numbers = digits.map(Number);
  return (numbers[0] === 0 || numbers[0] === 1) && numbers.every((n, i) => n === numbers[0]! + i);
}

function profile(header: string, raw: readonly string[]): ColumnProfile {
  const cells = raw.map((c) => c.trim()).filter(Boolean);
  const n = cells.length || 1;
  const share = (test: (cell: string) => boolean) => cells.filter(test).length / n;
  const cleaned = cells.map((c) => cleanCodeToken(c));
  const tokens = cleaned.map((c) => c.token);
  const whole = (i: number) => tokens[i]!;
  return {
    hint: headerHint(header),
    filled: cells.length,
    distinct: new Set(cells).size / n,
    // A quoted value (`"08006"`, `"CLIENT_CLOSED_REQUEST"`) is a wire code written as a JSON string.
    code: cleaned.filter((c) => codeShape(c.token) !== undefined || (c.quoted && c.token !== '' && !/\s/.test(c.token))).length / n,
    integer: tokens.filter((t) => codeShape(t) === 'integer').length / n,
    symbol: share((c) => isIdentifier(firstToken(c))),
    structured: cells.filter((c, i) => isStructuredIdentifier(firstToken(c)) && !/\s/.test(whole(i))).length / n,
    errorish: share((c) => isIdentifier(firstToken(c)) && errorWords.test(firstToken(c))),
    http: share(isHttpStatus),
    words: cells.reduce((sum, c) => sum + Math.min(wordCount(c), 30), 0) / n,
    single: share((c) => !/\s/.test(c)),
    reason: share(isReasonPhrase),
    boolean: share(isBoolean),
    typeName: share((c) => typeNames.test(firstToken(c))),
    ordinal: isOrdinalColumn(tokens),
  };
}

/** A column of few repeated values (`All`/`Query`, `ERROR`/`WARN`): a category, not a message or code. */
function isEnumeration(p: ColumnProfile): boolean {
  return p.filled >= 4 && p.distinct <= 0.5 && p.words <= 3;
}

function codeScore(p: ColumnProfile): number {
  if (p.filled === 0 || p.code < 0.6) return 0;
  // Row numbers and page-local ids are codes only when nothing else in the table is (see columnRoles).
  if (p.ordinal) return 0.05;
  const unique = p.distinct >= 0.6 || p.filled < 3;
  if (!unique) return 0;
  const hint = p.hint === 'code' ? 0.3 : p.hint === 'http' ? 0.1 : p.hint === 'ordinal' ? -0.5 : p.hint === 'field' || p.hint === 'type' ? -0.4 : 0;
  return p.code + 0.2 * p.integer + hint;
}

function symbolScore(p: ColumnProfile): number {
  if (p.filled === 0 || p.symbol < 0.6 || p.words > 2.5 || p.boolean > 0.3 || p.typeName > 0.3) return 0;
  if (p.distinct < 0.8 && p.filled >= 3) return 0;
  // Reason phrases (`No Content`, `Bad Request`) are titles; a symbol column holds one token a cell, bar a few overflows.
  if (p.reason >= 0.5 || p.single < 0.6) return 0;
  // Plain words ("gone", "Forbidden") count as symbols only beside structured ones in the same column.
  if (p.structured < 0.5 && p.hint !== 'key' && p.hint !== 'code') return 0;
  const hint = p.hint === 'key' ? 0.3 : p.hint === 'code' ? 0.2 : p.hint === 'field' ? -0.5 : p.hint === 'message' || p.hint === 'description' ? -0.2 : 0;
  return p.symbol + 0.5 * p.structured + hint;
}

function proseScore(p: ColumnProfile): number {
  if (p.filled === 0 || p.boolean > 0.3 || p.typeName > 0.3 || isEnumeration(p)) return 0;
  const hint = p.hint === 'message' ? 3 : p.hint === 'description' ? 1.5 : p.hint === 'solution' ? 0.5 : p.hint === 'code' || p.hint === 'key' || p.hint === 'http' ? -1 : 0;
  return Math.min(p.words, 6) / 3 + hint;
}

/** Header hints a column of short titles may carry: none, or a word for text or names. */
const titleHints: ReadonlySet<Hint | undefined> = new Set([undefined, 'message', 'description', 'key']);

/**
 * How strongly a column reads as the short titles of the entries whose long prose is in `prose`:
 * reason phrases, or distinct cells of a few words where the other column's run several times longer.
 */
function titleScore(p: ColumnProfile, prose: ColumnProfile): number {
  // A "Status" or "Name" column of reason phrases (`Not Found`) is a column of titles too.
  const hinted = titleHints.has(p.hint) || (p.hint === 'http' && p.reason >= 0.5);
  const text = p.filled > 0 && p.boolean <= 0.3 && p.typeName <= 0.3 && !isEnumeration(p);
  if (!hinted || !text || p.distinct < 0.8 || p.words > 6 || prose.words <= p.words) return 0;
  const reasons = p.reason >= 0.5 ? 2 : 0;
  const shorter = prose.words >= 2 * p.words + 3 ? 1 : 0;
  return reasons || shorter ? reasons + shorter + p.reason : 0;
}

/** How strongly the table reads as a list of errors: positive for error tables, negative for field tables. */
function errorTableScore(profiles: readonly ColumnProfile[], headers: readonly string[], context: TableContext, hasCode: boolean, keyColumn: ColumnProfile | undefined): number {
  let score = hasCode ? 1 : 0;
  if (keyColumn && keyColumn.errorish >= 0.3) score += 1;
  if (profiles.some((p) => p.hint === 'code' && codeScore(p) > 0)) score += 1;
  if (profiles.some((p) => p.hint === 'field' || p.hint === 'type')) score -= 1.5;
  if (profiles.some((p) => p.typeName >= 0.5)) score -= 2;
  if (profiles.some((p) => p.boolean >= 0.5 && p.hint === 'field')) score -= 1;
  if (headers.some((h) => errorHeading.test(h))) score += 0.5;
  if (context.heading) {
    if (errorHeading.test(context.heading)) score += 1;
    if (fieldHeading.test(context.heading) && !/error|错误|エラー|에러|ошиб|código|fehler/i.test(context.heading)) score -= 1.5;
  }
  return score;
}

/** Mean words a cell from which a lone prose column holds paragraphs rather than messages. */
const paragraphWords = 18;

/** Cap on columns: no error table is wider, and scoring a wider one costs for nothing. */
const maxColumns = 64;

/** Assigns a role to each column; undefined when the table is not a table of errors. */
export function columnRoles(headers: readonly string[], rows: readonly (readonly string[])[], context: TableContext = {}): ColumnRole[] | undefined {
  if (headers.length > maxColumns || headers.length === 0) return undefined;
  const profiles = headers.map((h, i) => profile(h, rows.map((r) => r[i] ?? '')));
  const roles: (ColumnRole | undefined)[] = headers.map(() => undefined);
  const best = (score: (p: ColumnProfile, i: number) => number): number => {
    let at = -1;
    let top = 0;
    profiles.forEach((p, i) => {
      if (roles[i] !== undefined) return;
      const s = score(p, i);
      if (s > top + 1e-9) {
        top = s;
        at = i;
      }
    });
    return at;
  };
  // The code: code-shaped and unique per row. A column of HTTP statuses is the code when nothing else is.
  let code = best((p) => (p.http >= 0.9 && p.hint === 'http' ? 0 : codeScore(p)));
  if (code >= 0) roles[code] = 'code';
  const key = best((p) => symbolScore(p));
  if (key >= 0) roles[key] = 'key';
  // `code-1, code-2` beside real symbols are anchors, not codes: the symbols are the codes then.
  if (code >= 0 && key >= 0 && profiles[code]!.ordinal) {
    roles[code] = 'ignore';
    code = -1;
  }
  if (code < 0 && key < 0) {
    // Only HTTP statuses: they are the codes; written with their reason phrase (`404 Not Found`), the phrase is the title.
    const titled = best((p) => (p.http >= 0.9 && p.single < 0.5 ? p.http : 0));
    code = titled >= 0 ? titled : best((p) => codeScore(p));
    if (code < 0) return undefined;
    // A column headed as the message keeps the message; the phrase is then only the status's name.
    roles[code] = titled >= 0 && !profiles.some((p) => p.hint === 'message') ? 'codeTitle' : 'code';
  }
  if (errorTableScore(profiles, headers, context, code >= 0, key >= 0 ? profiles[key] : undefined) < (code >= 0 ? 0.5 : 1)) return undefined;
  const http = best((p) => (p.http >= 0.9 && (p.hint === 'http' || p.filled > 0) ? p.http + (p.hint === 'http' ? 0.5 : 0) : 0));
  if (http >= 0) roles[http] = 'http';
  profiles.forEach((p, i) => {
    if (roles[i] === undefined && p.hint === 'icuMessage') roles[i] = 'icuMessage';
    if (roles[i] === undefined && p.hint === 'notes') roles[i] = 'notes';
  });
  // The message: the most prose-like column, header words tipping the balance.
  const message = roles.includes('icuMessage') ? -1 : best((p) => (p.hint === 'solution' ? 0 : proseScore(p)));
  if (message >= 0 && profiles[message]!.hint !== 'message') {
    // Short titles (reason phrases, `token invalid`) beside long prose: the title is the message and the
    // prose its description, whichever of the two the header words favour (pages call both "description").
    const prose = message;
    const title = best((p, i) => (i === prose ? 0 : titleScore(p, profiles[prose]!)));
    if (title >= 0) {
      roles[prose] = 'description';
      roles[title] = 'message';
    }
  }
  if (message >= 0 && roles[message] === undefined) {
    // The whole cell is the message, as a reader quotes it; a second prose column is the description.
    // A lone column of paragraphs (many words a cell) gives its first sentence as the message instead.
    const p = profiles[message]!;
    const otherProse = profiles.some((q, i) => i !== message && roles[i] === undefined && proseScore(q) > 0 && q.hint !== 'solution');
    roles[message] = p.hint === 'message' || otherProse ? 'message' : p.words < paragraphWords ? 'messageText' : 'text';
  }
  profiles.forEach((p, i) => {
    if (roles[i] !== undefined) return;
    if (p.hint === 'solution' && proseScore(p) > 0) roles[i] = 'solution';
    else if (proseScore(p) > 0 && !roles.includes('description') && (roles.includes('message') || roles.includes('icuMessage'))) roles[i] = 'description';
  });
  return roles.map((r) => r ?? 'ignore');
}
