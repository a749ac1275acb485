/**
 * What each hand-written fixture page documents, entry by entry, checked by hand. `message` is the
 * text the imported message must format to (a prefix is enough for long texts).
 */
export interface ExpectedEntry {
  readonly code: number | string;
  readonly key?: string;
  readonly message?: string;
  readonly httpStatus?: number;
  readonly solution?: string;
  readonly group?: string;
}

export interface FixturePage {
  readonly file: string;
  readonly format: 'markdown' | 'rst' | 'text';
  readonly codeType: 'integer' | 'string';
  readonly entries: readonly ExpectedEntry[];
  readonly sharedCodes?: readonly (number | string)[];
}

export const fixturePages: readonly FixturePage[] = [
  {
    file: 'cjk-grid.rst',
    format: 'rst',
    codeType: 'integer',
    entries: [
      { code: 10001, key: 'ACCOUNT_NOT_FOUND', message: '账户不存在，请检查输入的账户名', solution: '确认账户名后重试', group: '账户错误' },
      { code: 10002, key: 'PASSWORD_WRONG', message: '密码错误', solution: '重新输入密码', group: '账户错误' },
      { code: 10003, key: 'ACCOUNT_LOCKED', message: '账户已被锁定，连续输错密码超过五次', solution: '联系客服解锁' },
      { code: 50001, key: 'SYSTEM_BUSY', message: '系统繁忙，请稍后再试', group: '系统错误' },
      { code: 50002, key: 'REQUEST_TIMEOUT', message: '请求超时', solution: '检查网络后重试' },
    ],
  },
  {
    file: 'postgres-bullets.md',
    format: 'markdown',
    codeType: 'string',
    entries: [
      { code: '08000', key: 'connection_exception', message: 'Connection exception', group: 'Class 08 — Connection Exception' },
      { code: '08003', key: 'connection_does_not_exist', message: 'Connection does not exist' },
      { code: '08006', key: 'connection_failure', message: 'Connection failure' },
      { code: '0A000', key: 'feature_not_supported', message: 'Feature not supported', group: 'Class 0A — Feature Not Supported' },
      { code: '23000', key: 'integrity_constraint_violation', message: 'Integrity constraint violation' },
      { code: '23502', key: 'not_null_violation', message: "Null value in a column that doesn't allow it" },
      { code: '23503', key: 'foreign_key_violation', message: 'Foreign key violation' },
      { code: '23505', key: 'unique_violation', message: 'Duplicate key value violates unique constraint {name}' },
      { code: '23514', key: 'check_violation', message: 'Check constraint violated' },
      { code: '40001', key: 'serialization_failure', message: 'Could not serialize access; retry the transaction' },
      { code: '40P01', key: 'deadlock_detected', message: 'Deadlock detected' },
    ],
  },
  {
    file: 'heading-per-code.md',
    format: 'markdown',
    codeType: 'string',
    entries: [
      { code: 'AUTH_TOKEN_EXPIRED', key: 'AUTH_TOKEN_EXPIRED', message: 'The access token has expired.', httpStatus: 401, solution: 'Request a new token with your refresh token.', group: 'Authentication' },
      { code: 'AUTH_TOKEN_INVALID', key: 'AUTH_TOKEN_INVALID', message: 'The access token is malformed or was revoked.', httpStatus: 401, solution: 'Sign in again.' },
      { code: 'CARD_DECLINED', key: 'CARD_DECLINED', message: "The card issuer declined the payment. It's up to the customer to contact their bank.", httpStatus: 402, solution: 'Ask the customer for another card.', group: 'Payments' },
      { code: 'AMOUNT_TOO_LARGE', key: 'AMOUNT_TOO_LARGE', message: 'The amount exceeds the {limit} per-transaction limit.', httpStatus: 422, solution: 'Split the payment into smaller ones.' },
      { code: 'RATE_LIMITED', key: 'RATE_LIMITED', message: 'Too many requests in a short time.', httpStatus: 429, solution: 'Wait a minute, then try again.' },
    ],
  },
  {
    file: 'gfm-html-table.md',
    format: 'markdown',
    codeType: 'integer',
    entries: [
      { code: 2001, key: 'BUCKET_NOT_FOUND', message: 'The bucket does not exist.', httpStatus: 404, solution: 'Check the bucket name.', group: 'Buckets' },
      { code: 2002, key: 'BUCKET_NAME_INVALID', message: 'Names may use `a-z`, `0-9` and `|` only.', httpStatus: 400, solution: 'Use only letters, digits and `|`.' },
      { code: 2003, key: 'BUCKET_NOT_EMPTY', message: 'The bucket still holds objects.\nDelete them first.', httpStatus: 409, solution: '- List the objects;\n- delete each one.' },
      { code: 3001, key: 'OBJECT_TOO_LARGE', message: 'Objects are limited to 5 GiB | use multipart upload above.', httpStatus: 413, group: 'Objects' },
      { code: 3002, key: 'CHECKSUM_MISMATCH', message: "The MD5 of the body doesn't match `Content-MD5`.", httpStatus: 400 },
      { code: 3003, key: 'SLOW_DOWN', message: 'Reduce your request rate.', httpStatus: 503, solution: 'Retry with exponential back-off.' },
    ],
  },
  {
    file: 'list-per-code.txt',
    format: 'text',
    codeType: 'string',
    entries: [
      { code: 'E1001', key: 'INVALID_API_KEY', message: 'The API key is missing or invalid.', solution: 'Pass a valid key in the X-Api-Key header.', group: 'Authentication errors' },
      { code: 'E1002', key: 'KEY_REVOKED', message: 'The API key was revoked by an administrator.', solution: 'Create a new key in the console.' },
      { code: 'E2001', key: 'RECIPIENT_BLOCKED', message: 'The recipient has blocked messages from this sender.', group: 'Delivery errors' },
      { code: 'E2002', key: 'QUOTA_EXCEEDED', message: 'The daily quota of 1,000 messages is used up.', solution: 'Wait until midnight UTC or buy more quota.' },
      { code: 'E2003', key: 'TEMPLATE_MISSING', message: 'The template {template} does not exist.', solution: 'Create the template first.' },
    ],
  },
  {
    file: 'rst-simple-multiline.rst',
    format: 'rst',
    codeType: 'integer',
    entries: [
      { code: 4001, key: 'INVOICE_NOT_FOUND', message: 'The invoice does not exist.' },
      { code: 4002, key: 'INVOICE_ALREADY_PAID', message: 'The invoice was already paid and cannot be paid twice.' },
      { code: 4003, key: 'CURRENCY_MISMATCH', message: 'EUR invoices cannot be paid in another currency.' },
      { code: 4004, key: 'COUPON_EXPIRED', message: 'The coupon expired.' },
    ],
  },
  {
    file: 'keyless-shared.md',
    format: 'markdown',
    codeType: 'integer',
    sharedCodes: [503],
    entries: [
      { code: 500, key: 'E500', message: 'Internal error. Contact support.', httpStatus: 500 },
      { code: 502, key: 'E502', message: 'Upstream returned an invalid response.' },
      { code: 503, key: 'E503', message: 'Service temporarily unavailable. Try again later.', httpStatus: 503 },
      { code: 503, message: 'Maintenance window in progress.', httpStatus: 503 },
      { code: 504, key: 'E504', message: 'Upstream timed out.', httpStatus: 504 },
    ],
  },
];
