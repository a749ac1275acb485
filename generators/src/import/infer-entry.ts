/**
 * Guesses for what a page leaves unsaid: the HTTP status, the outcome and whether retrying helps,
 * from the code and the words of the symbol and text. Every guess is marked inferred by the caller.
 */
import type { Outcome } from '../model/catalog-model.js';

/** Keyword → status rules, most specific first. */
const statusRules: ReadonlyArray<readonly [RegExp, number]> = [
  [/rate.?limit|too many|too frequent|frequen|throttl|limit_gateway|gateway limit|请求过于频繁|频率/i, 429],
  [/time.?out|timed out|took too long|超时/i, 504],
  [/not.?found|not.?exist|does not exist|no such|unknown (?:user|account|record)|unavailable record|不存在|未找到/i, 404],
  [/already exist|duplicate|exists|conflict|unique|already bound|已存在|重复/i, 409],
  [/forbidden|permission|not allowed|prohibited|access denied|no access|does not have access|suspended|inactive|deleted|blocked|disabled|locked|权限|禁止/i, 403],
  [/unauthori[sz]ed|not logged|login|password|token|credential|authenticat|client key|未登录|密码|认证/i, 401],
  [/closed request|cancel/i, 499],
  [/unavailable|maintenance|overloaded|busy|繁忙|维护/i, 503],
  [/not supported|unsupport|invalid|illegal|missing|required|empty|blank|cannot be|can't be|parameter|validation|malformed|incorrect|wrong|bad request|not match|error request|参数|无效|非法|格式/i, 400],
  [/exception|internal|system error|server|failed|failure|error|异常|失败|系统/i, 500],
];

const successText = /^(?:ok|success(?:ful)?(?:ly)?|normal execution|operation completed successfully|returns? successfully|request succeeded|成功)\b/i;

/** The outcome a code implies: success/partial/pending codes are documented as such. */
export function guessOutcome(key: string, text: string): Outcome {
  if (/^(?:OK|SUCCESS(?:_CODE)?|SUCCEEDED)$/i.test(key) || successText.test(text.trim())) return 'success';
  if (/not fully completed|partial(?:ly)? (?:success|completed|processed)|部分成功/i.test(text) || /^PARTIAL/i.test(key)) return 'partial';
  if (/background execution|queued|accepted for (?:background )?processing|pending|异步/i.test(text) && /not an error|background|queued/i.test(text)) return 'pending';
  return 'error';
}

/** The HTTP status a code most likely goes with. */
export function guessHttpStatus(code: string | number, key: string, text: string, outcome: Outcome): number {
  if (outcome === 'success' || outcome === 'partial') return 200;
  if (outcome === 'pending') return 202;
  // Codes that are themselves HTTP error statuses (rayvision's 400, 403, 404, 500) mean what they say.
  if (typeof code === 'number' && code >= 400 && code <= 599) return code;
  const words = `${key.replace(/_/g, ' ')} ${text}`;
  return statusRules.find(([re]) => re.test(words))?.[1] ?? 400;
}

/** Whether repeating the request later may succeed: rate limits, time-outs, unavailability. */
export function guessRetryable(httpStatus: number, text: string): boolean {
  return httpStatus === 429 || httpStatus === 503 || httpStatus === 504 || /\b(?:try again|retry)\b|稍后再试|重试/i.test(text);
}
