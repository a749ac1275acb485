/**
 * Small readers shared by every importer: which tokens are codes or symbols, an entry's head line
 * (`` `23505` unique_violation — text ``), and the body lines after it (`Solution:`, `Fix:`, `HTTP status:`).
 */
import type { ImportedEntry } from './imported-document.js';
import { codeShape } from './cell-shapes.js';

/** Words that label a code in a head line (`Error Number: 8001`, `Código: ERR1_T05`), many languages. */
const codeLabel = /^(?:(?:error|status|return|result|response|reason)\s+)?(?:code|number|no\.?|num|errno|id)\s*[:：]\s*|^(?:código|codigo|code d'erreur|fehlercode|número|numero|номер|код(?: ошибки)?|错误码|错误号|錯誤碼|返回码|エラーコード|エラー番号|コード|에러 ?코드|오류 ?코드|코드)\s*[:：]\s*/i;

/** The same labels without a colon, before a code that stands alone or is quoted: `Error Code "0"`, `Error code 12 — text`. */
const bareCodeLabel = /^(?:(?:error|status|return|result|response)\s+)?(?:code|number|errno)\s+(?=["'“]?[\w.-]{1,40}["'”]?\s*(?:$|[—–:：(]|-{1,2}\s))/i;

/** The word "error" alone before a code and its separator: `Error 12: text`, `Erreur 7 — texte` (never `ERR404`, a code itself). */
const errorWordLabel = /^(?:(?:error|err|erreur|fehler|ошибка)\s+|(?:错误|エラー|오류)\s*)(?=[\w.-]{1,40}\s*(?:[—–:：]|-{1,2}\s))/i;

/** Drops the label before a code in a head line: `Error Number: 8001` → `8001`, `Error Code "0"` → `0`, `Error 12: text` → `12: text`. */
function stripCodeLabel(line: string): { line: string; labelled: boolean } {
  const head = line.slice(0, 80);
  const m = codeLabel.exec(head);
  const bare = m ? null : bareCodeLabel.exec(head);
  if (!m && !bare) {
    // After the bare word only a code shape counts: `Error handling: …` names no code.
    const word = errorWordLabel.exec(head);
    const value = word ? line.slice(word[0].length) : '';
    const token = /^[\w.-]{1,40}/.exec(value)?.[0] ?? '';
    return word && /\d/.test(token) && (isCodeLike(token) || codeShape(token) !== undefined) ? { line: value, labelled: true } : { line, labelled: false };
  }
  // Quotes after a bare label only set the code apart from the words (`Error Code "0"`); they do not make it a string.
  const value = m ? line.slice(m[0].length) : line.slice(bare![0].length).replace(/^["'“]([^"'”\s]{1,40})["'”]/, '$1');
  const token = cleanToken(value.split(/\s/, 1)[0] ?? '').token;
  return isCodeLike(token) || codeShape(token) !== undefined || isSymbolLike(token) ? { line: value, labelled: true } : { line, labelled: false };
}

/** Removes doc-site noise from a heading or head line: `{#id}` attributes, `<a name>` anchors, `{% %}`/`{{< >}}` tags, escapes. */
export function cleanHeadingNoise(line: string): string {
  return line
    .replace(/\s*\{#[^{}\s]{1,200}\}\s*$/, '')
    .replace(/<(a|span)\b[^<>]{0,300}>\s*<\/\1>/gi, '')
    .replace(/\{%[^%]{0,300}%\}|\{\{<[^>]{0,300}>\}\}/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .trim();
}

/** Integer codes, SQLSTATE-like codes (`08006`, `0A000`) and prefixed numbers (`E1001`). */
export function isCodeLike(token: string): boolean {
  if (token.length > 40) return false;
  return /^-?\d+$/.test(token) || (/^[0-9A-Z]{5}$/.test(token) && /\d/.test(token)) || /^[A-Z]{1,4}\d{2,}$/.test(token) || /^0x[0-9a-f]{1,16}$/i.test(token) || /^[A-Z]{1,6}\d{0,3}(?:[-_][A-Z0-9]{1,8}){0,3}[-_]\d{2,}$/.test(token);
}

/** A token that reads as an error symbol: `NOT_EXIST_ACCOUNT`, `unique_violation`, `APIError`, `FAIL`. */
export function isSymbolLike(token: string): boolean {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(token)) return false;
  return token.includes('_') || /^[A-Z][A-Z0-9]+$/.test(token) || /^[A-Z]+[a-z]+[A-Z]/.test(token) || /[a-z][A-Z]/.test(token) || /^[A-Z]{2,}[a-z]/.test(token);
}

/** Strips Markdown emphasis and code marks around a token; `quoted` when it was written as a JSON string. */
export function cleanToken(raw: string): { token: string; quoted: boolean } {
  let token = raw.trim().replace(/^[*_`]+|[*_`]+$/g, '');
  const quoted = /^".*"$/.test(token) || /^'.*'$/.test(token);
  if (quoted) token = token.slice(1, -1);
  return { token: token.replace(/[:,;]$/, ''), quoted };
}

const separator = /^\s*(?:[—–:：]|-{1,2}|=>|->)\s*/;

/**
 * Reads an entry head such as `` `23505` unique_violation — text ``, `1101 NOT_EXIST_ACCOUNT: text`,
 * `**E1001** INVALID_TOKEN` or `CLIENT_CLOSED_REQUEST`. Undefined when the line names no code or symbol.
 */
export function parseEntryHead(line: string, options: { titled?: boolean } = {}): (Pick<ImportedEntry, 'code' | 'key' | 'codeIsString'> & { rest: string; separated: boolean; titled?: boolean }) | undefined {
  const stripped = stripCodeLabel(cleanHeadingNoise(line.replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '')));
  let rest = stripped.line;
  const first = /^(\S+?)(?=\s|[:：—–]|$)/.exec(rest);
  if (!first) return undefined;
  const one = cleanToken(first[1]!);
  rest = rest.slice(first[0].length);
  const head: Pick<ImportedEntry, 'code' | 'key' | 'codeIsString'> = {};
  const shape = codeShape(one.token);
  // Ranges and patterns (`>125`, `0x0100-0x01ff`) are codes when a separator and text follow them.
  const range = shape === 'range' && /^\s+(?:[-—–:：]|-{2})\s/.test(rest);
  if (isCodeLike(one.token) || (one.quoted && one.token) || (shape === 'hex' && one.token.startsWith('0x')) || (stripped.labelled && shape !== undefined) || range) {
    head.code = one.token;
    if (one.quoted) head.codeIsString = true;
    const second = /^[:：]?\s+(\S+?)(?=\s|[:：—–]|$)/.exec(rest);
    // After `CODE:` a symbol stands alone (`400010: BAD_REQUEST`); `705005000: subscriptionId encode error` is text.
    const alone = second !== null && (!/^[:：]/.test(rest) || /^\s*(?:$|[:：—–]|-{1,2}\s)/.test(rest.slice(second[0].length)));
    if (second && alone) {
      const two = cleanToken(second[1]!);
      const marked = /^[`*]/.test(second[1]!);
      if (isSymbolLike(two.token) || (marked && /^[A-Za-z_$][\w$]*$/.test(two.token))) {
        head.key = two.token;
        rest = rest.slice(second[0].length);
      }
    }
  } else if (isSymbolLike(one.token)) {
    head.key = one.token;
    const second = /^\s+(\S+?)(?=\s|[:：—–]|$)/.exec(rest);
    if (second) {
      const two = cleanToken(second[1]!);
      const inner = two.token.replace(/^\(|\)$/g, '');
      if ((isCodeLike(inner) || codeShape(inner) !== undefined) && /^[`*("]|^\(/.test(second[1]!)) {
        head.code = inner;
        rest = rest.slice(second[0].length);
      }
    }
  } else {
    return options.titled ? titledCode(stripped.line) : undefined;
  }
  return { ...head, rest: rest.replace(separator, '').trim(), separated: separator.test(rest) };
}

/** A heading of a few words that ends in its code: `Obsolete error (20)`, `Fehlende Rechte (0x0A)`; the words are its title. */
function titledCode(line: string): { code: string; rest: string; separated: boolean; titled: true } | undefined {
  const m = /^([^()]{1,80}?)\s*\(([^()\s]{1,40})\)$/.exec(line.trim().slice(0, 130));
  if (!m || m[1]!.split(/\s+/).length > 6) return undefined;
  const code = cleanToken(m[2]!).token;
  const shape = codeShape(code);
  if (!isCodeLike(code) && shape !== 'hex' && shape !== 'range' && shape !== 'integer') return undefined;
  return { code, rest: m[1]!.trim(), separated: true, titled: true };
}

const solutionLine = /^\s*(?:[*_]{1,2})?(solution|fix|fixes|resolution|remedy|how to fix|what to do|action|解决方案|解决办法|处理方法|处理建议|解决方法)(?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2})?\s*(.*)$/i;
const statusLine = /^\s*(?:[*_]{1,2})?(?:http(?:\s+status)?(?:\s+code)?|status|http 状态码|状态码)(?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2})?\s*`?(\d{3})\b/i;

/** The label of a status that ends a line, as the end of the text before its colon (`… servidor HTTP`). */
const statusLabelEnd = /(?:^|\s)((?:[*_]{1,2})?(?:http(?:\s{1,3}status)?(?:\s{1,3}code)?|status\s{1,3}code)(?:[*_]{1,2})?\s{0,3})$/i;

/**
 * "… del servidor HTTP: 500": a status label ending a line of text (soft breaks an HTML page collapsed)
 * becomes a line of its own. Found from the last colon back, so it costs one pass however long the line.
 */
function splitTrailingStatus(line: string): string[] {
  const colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
  if (colon < 0 || !/^\s*`?[1-5]\d\d`?\s*$/.test(line.slice(colon + 1))) return [line];
  const before = line.slice(Math.max(0, colon - 40), colon);
  const label = statusLabelEnd.exec(before);
  if (!label) return [line];
  const text = line.slice(0, colon - label[1]!.length).trimEnd();
  // The label alone on its line, or following its own first word (`HTTP Status Code: 400`), stays as it is.
  if (!text.trim() || /(?:^|\s)(?:http|status)$/i.test(text)) return [line];
  return [text, line.slice(colon - label[1]!.length).trim()];
}

const inlineSolution = /(?<=[.!?。！？])\s*(?=(?:[*_]{1,2})?(?:Solution|Fix|Resolution|Remedy|How to fix|What to do|解决方案|解决办法|处理方法|处理建议|解决方法)(?:[*_]{1,2})?\s*[:：])/;

/** Splits a head's text at an inline `Fix:`/`Solution:` label: the text before it, and the label's lines. */
export function splitInlineSolution(text: string): { text: string; lines: string[] } {
  const [first, ...more] = text.split(inlineSolution);
  return { text: first!.trim(), lines: more };
}

/** The parts of an entry's body text: prose, the solution lines and a stated HTTP status. */
export interface EntryBody {
  text: string;
  solution?: string;
  httpStatus?: number;
  /** Text under a `Message:`/`**Error Message**` label. */
  message?: string;
  /** Text under a `Possible Causes`/`Description:` label when a message label is present too. */
  cause?: string;
}

/** A line labelling what follows: `**Error Message**`, `Possible Causes:`, `Descripción: text`. */
const sectionLabel = /^\s*(?:[*_]{1,2})?(error message|message|mensaje|msg|错误信息|报错信息|エラーメッセージ|에러 ?메시지|сообщение|possible causes?|causes?|reason|原因|可能原因|description|descripción|descripcion|descrição|beschreibung|描述|说明|説明|설명|описание)(?:[*_]{1,2})?\s*(?:[:：]\s*(?:[*_]{1,2})?\s*(.*)|(?:[*_]{1,2})?\s*)$/i;
const fence = /^\s*(?:```|~~~)/;
const boldSolution = /^(?:[*_]{2})(?:solution|solutions|fix|resolution|处理步骤|处理方法|解决方法|解决方案|対処方法|対処|해결 ?방법|решение|solución)(?:[*_]{2})$/i;
const shortcode = /^\s*(?:\{\{[<%].{0,500}[%>]\}\}|\{%.{0,500}%\})\s*$/;
/** A line that is one bare HTML tag (`<div class="tags_list">`, `</div>`): page layout, not prose. */
const tagLine = /^<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,300})?\/?>$/;

/** Splits the lines under an entry head into prose, `Solution:`/`Fix:` text and `HTTP status:`. */
export function parseEntryBody(lines: readonly string[]): EntryBody {
  const prose: string[] = [];
  const solutions: string[] = [];
  const labelled: Record<'message' | 'cause', string[]> = { message: [], cause: [] };
  let httpStatus: number | undefined;
  let inSolution = false;
  let inLabel: 'message' | 'cause' | undefined;
  let inFence = false;
  // "Invalid token. Fix: refresh the token." — a solution label after a sentence starts its own line.
  // "… del servidor HTTP: 500" — a status label ending a line (soft breaks an HTML page collapsed) is its own line.
  const split = lines.flatMap((l) => l.split(inlineSolution)).flatMap(splitTrailingStatus);
  for (const raw of split) {
    const line = raw.trim().replace(/^:\s+/, '');
    if (fence.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || shortcode.test(line) || tagLine.test(line)) continue;
    const status = statusLine.exec(line);
    const solution = solutionLine.exec(line);
    if (boldSolution.test(line)) {
      solutions.push('');
      inSolution = true;
      inLabel = undefined;
      continue;
    }
    if (status || solution) inLabel = undefined;
    const label = status || solution ? null : sectionLabel.exec(line);
    if (label) {
      inSolution = false;
      inLabel = /message|mensaje|msg|信息|メッセージ|메시지|сообщение/i.test(label[1]!) ? 'message' : 'cause';
      if (label[2]) labelled[inLabel].push(label[2]);
      continue;
    }
    if (inLabel && line !== '' && !status && !solution) {
      labelled[inLabel].push(line);
      continue;
    }
    if (status) {
      httpStatus = Number(status[1]);
      inSolution = false;
    } else if (solution) {
      solutions.push(solution[2]!.trim());
      inSolution = true;
    } else if (line === '') {
      inSolution = false;
      if (prose.length && prose[prose.length - 1] !== '') prose.push('');
    } else if (inSolution) {
      solutions[solutions.length - 1] += ` ${line}`;
    } else {
      prose.push(line);
    }
  }
  const message = labelled.message.join(' ').trim();
  const cause = labelled.cause.join(' ').trim();
  const body: EntryBody = { text: joinParagraphs(prose) };
  if (message) {
    body.message = message;
    if (cause) body.cause = cause;
  } else if (cause) body.text = joinParagraphs([cause, '', ...prose]);
  const solution = solutions.filter(Boolean).join('\n');
  if (solution) body.solution = solution;
  if (httpStatus !== undefined) body.httpStatus = httpStatus;
  return body;
}

/** Joins prose lines: lines of one paragraph with a space, paragraphs with a blank line. */
function joinParagraphs(lines: readonly string[]): string {
  return lines
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.split('\n').join(' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The first sentence of a text (Latin or CJK punctuation), on one line. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const match = /^(.+?(?:[.!?](?=\s+[^a-z\s])|[。！？]))/u.exec(flat);
  return (match ? match[1]! : flat).trim();
}

/** Normalizes whitespace of a one-line text. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Words that open a remedy rather than an explanation, many languages: imperatives and "please"
 * (`Check…`, `Повторите…`, `请检查…`, `Verifique…`), or a Japanese/Korean polite request at the end.
 */
const remedyStart = new RegExp(
  [
    "^(?:please|check|verify|ensure|make sure|try|retry|contact|increase|reduce|decrease|wait|update|upgrade|correct|remove|refer to|consult|resend|recreate|restart|avoid|enable|disable|specify|confirm|review|reissue|repeat|reconnect)\\b",
    '^(?:请|建议|排查|检查|确认|尝试|重试|联系|解决方法|解决办法|处理方法)',
    '^(?:пожалуйста|необходимо|следует|рекомендуется|[а-яё]{3,}(?:ите|йте|ьте)(?:сь)?)(?=[\\s,.!]|$)',
    '^(?:por favor|verifique|revise|compruebe|intente|contacte|comuníquese|utilice|asegúrese|consulte|reintente|vuelva a)\\b',
    '^(?:tente|entre em contato|certifique-se)\\b',
    '^(?:bitte|prüfen sie|überprüfen sie|versuchen sie|wenden sie sich|kontaktieren sie|stellen sie sicher)\\b',
    '^(?:veuillez|vérifiez|essayez|contactez|réessayez|consultez|assurez-vous)\\b',
  ].join('|'),
  'iu',
);
const remedyEnd = /(?:ください|下さい|하세요|하십시오|바랍니다|주세요)[。.!！]?$/u;

/** Whether a paragraph tells the reader what to do (a remedy) rather than what happened. */
export function isRemedy(paragraph: string): boolean {
  const text = paragraph.replace(/^[\s*_>#-]+/, '').trim().slice(0, 400);
  return remedyStart.test(text) || remedyEnd.test(text);
}
