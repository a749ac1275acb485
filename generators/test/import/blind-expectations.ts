/**
 * Blind test pages: error-code pages written in the styles of public API docs (Stripe, Twilio, a
 * GitHub wiki, Sphinx list-tables and field lists, a PDF copy, WeChat, PostgreSQL, HTML-heavy GFM),
 * with the entries a reader sees on each page, written by hand from the page.
 *
 * `message` is what the imported ICU message must format back to, exactly: the text a reader sees
 * (no emphasis, link or HTML marks), with Markdown code spans kept as written (the importer's convention). Keyless pages use the
 * derived key convention: a code that is an identifier is its own key, any other code `E<code>`
 * (`-1` → `EM1`). A page symbol is never renamed (`syntax_error` stays `syntax_error`; its class
 * is `SyntaxErrorError`, not the built-in `SyntaxError`). `httpStatus`, `solution` and `group` are only given where the page states them.
 */
export interface BlindEntry {
  code: string | number;
  key: string;
  message: string;
  httpStatus?: number;
  solution?: string;
  /** Title of the group the entry should land in. */
  group?: string;
}

export interface BlindPage {
  file: string;
  id: string;
  entries: BlindEntry[];
}

export const blindPages: BlindPage[] = [
  {
    file: 'stripe-headings.md',
    id: 'stripe',
    entries: [
      { code: 'card_declined', key: 'card_declined', message: 'The card has been declined.', group: 'Card errors' },
      { code: 'expired_card', key: 'expired_card', message: 'The card has expired.', group: 'Card errors' },
      { code: 'incorrect_cvc', key: 'incorrect_cvc', message: "The card's security code is incorrect.", group: 'Card errors' },
      { code: 'insufficient_funds', key: 'insufficient_funds', message: "The customer's account has insufficient funds to cover this purchase.", group: 'Card errors' },
      {
        code: 'account_country_invalid_address',
        key: 'account_country_invalid_address',
        message: 'The business address that you provided does not match the country set in the account.',
        group: 'Account errors',
      },
      { code: 'api_key_expired', key: 'api_key_expired', message: 'The API key provided has expired.', group: 'Account errors' },
      { code: 'rate_limit', key: 'rate_limit', message: 'Too many requests hit the API too quickly.', group: 'Account errors' },
      { code: 'resource_missing', key: 'resource_missing', message: 'The ID provided is not valid.', group: 'Account errors' },
    ],
  },
  {
    file: 'twilio-table.md',
    id: 'twilio',
    entries: [
      { code: 10001, key: 'E10001', message: 'Account is not active' },
      { code: 20003, key: 'E20003', message: 'Permission Denied' },
      { code: 20404, key: 'E20404', message: 'Resource not found' },
      { code: 21211, key: 'E21211', message: "Invalid 'To' Phone Number" },
      { code: 21610, key: 'E21610', message: 'Attempt to send to unsubscribed recipient' },
      { code: 30003, key: 'E30003', message: 'Unreachable destination handset' },
      { code: 30007, key: 'E30007', message: 'Message filtered' },
      { code: 82002, key: 'E82002', message: 'Error on Twilio Function response' },
    ],
  },
  {
    file: 'github-wiki.md',
    id: 'gh-wiki',
    entries: [
      { code: 'bad_credentials', key: 'bad_credentials', message: 'The credentials you supplied are wrong.', httpStatus: 401, group: 'Authentication' },
      { code: 'token_expired', key: 'token_expired', message: 'Your token has expired, please re-authenticate.', httpStatus: 401, group: 'Authentication' },
      { code: 'insufficient_scope', key: 'insufficient_scope', message: "The token doesn't have the scopes this endpoint needs.", httpStatus: 403, group: 'Authentication' },
      { code: 'repo_not_found', key: 'repo_not_found', message: 'Repository not found.', httpStatus: 404, group: 'Repositories' },
      { code: 'repo_exists', key: 'repo_exists', message: 'A repository with that name already exists.', httpStatus: 409, group: 'Repositories' },
      { code: 'invalid_name', key: 'invalid_name', message: 'Repository names may only contain letters, digits, `-`, `_` and `.`.', httpStatus: 422, group: 'Repositories' },
      { code: 'secondary_rate_limit', key: 'secondary_rate_limit', message: 'You have exceeded a secondary rate limit.', httpStatus: 429, group: 'Rate limiting' },
      { code: 'service_unavailable', key: 'service_unavailable', message: 'The service is temporarily unavailable.', httpStatus: 503, group: 'Rate limiting' },
    ],
  },
  {
    file: 'list-table.rst',
    id: 'list-table',
    entries: [
      { code: 1000, key: 'UNKNOWN_ERROR', message: 'An unknown error occurred.', group: 'General' },
      { code: 1001, key: 'INVALID_ARGUMENT', message: 'One or more arguments are invalid.', group: 'General' },
      { code: 1002, key: 'UNAUTHENTICATED', message: 'The request does not have valid authentication credentials.', group: 'General' },
      { code: 2001, key: 'BUCKET_NOT_FOUND', message: 'The specified bucket does not exist.', group: 'Storage' },
      { code: 2002, key: 'QUOTA_EXCEEDED', message: 'The storage quota for this project has been exceeded.', group: 'Storage' },
    ],
  },
  {
    file: 'field-list.rst',
    id: 'field-list',
    entries: [
      { code: 'E_NOAUTH', key: 'E_NOAUTH', message: 'Authentication is required.', group: 'Client errors' },
      { code: 'E_BADREQ', key: 'E_BADREQ', message: 'The request could not be parsed.', group: 'Client errors' },
      { code: 'E_NOENT', key: 'E_NOENT', message: "The requested object doesn't exist.", group: 'Client errors' },
      { code: 'E_INTERNAL', key: 'E_INTERNAL', message: 'An internal error occurred.', group: 'Server errors' },
      { code: 'E_TIMEOUT', key: 'E_TIMEOUT', message: 'The backend did not answer in time; try again.', group: 'Server errors' },
    ],
  },
  {
    file: 'pdf-copy.txt',
    id: 'acme',
    entries: [
      { code: 'E1001', key: 'E1001', message: 'Invalid token.', solution: 'refresh the token.' },
      { code: 'E1002', key: 'E1002', message: 'Token expired.', solution: 'request a new token from the /oauth/token endpoint.' },
      { code: 'E2001', key: 'E2001', message: 'Merchant account suspended.', solution: 'contact support.' },
      { code: 'E2002', key: 'E2002', message: 'Insufficient funds.', solution: 'ask the customer to use another card.' },
      { code: 'E2003', key: 'E2003', message: 'The card issuer declined the transaction for an unspecified reason.', solution: 'ask the customer to contact their bank.' },
      { code: 'E3001', key: 'E3001', message: 'Gateway timeout.', solution: 'retry after 30 seconds.' },
    ],
  },
  {
    file: 'wechat-zh.md',
    id: 'wechat',
    entries: [
      { code: -1, key: 'EM1', message: '系统繁忙，此时请开发者稍候再试', solution: '稍后重试' },
      { code: 0, key: 'E0', message: '请求成功', solution: '无需处理' },
      { code: 40001, key: 'E40001', message: '获取 access_token 时 AppSecret 错误，或者 access_token 无效', solution: '请开发者认真比对 AppSecret 的正确性，或查看是否正在为恰当的公众号调用接口' },
      { code: 40013, key: 'E40013', message: '不合法的 AppID', solution: '请开发者检查 AppID 的正确性，避免异常字符，注意大小写' },
      { code: 41001, key: 'E41001', message: '缺少 access_token 参数', solution: '请在请求中带上 access_token' },
      { code: 45009, key: 'E45009', message: '接口调用超过限制', solution: '请降低调用频率' },
    ],
  },
  {
    file: 'postgres-sqlstate.md',
    id: 'postgres',
    entries: [
      { code: '00000', key: 'successful_completion', message: 'Successful completion', group: 'Class 00 — Successful Completion' },
      { code: '08000', key: 'connection_exception', message: 'Connection exception', group: 'Class 08 — Connection Exception' },
      { code: '08006', key: 'connection_failure', message: 'Connection failure', group: 'Class 08 — Connection Exception' },
      { code: '0A000', key: 'feature_not_supported', message: 'Feature not supported', group: 'Class 0A — Feature Not Supported' },
      { code: '22012', key: 'division_by_zero', message: 'Division by zero', group: 'Class 22 — Data Exception' },
      { code: '22P02', key: 'invalid_text_representation', message: 'Invalid text representation', group: 'Class 22 — Data Exception' },
      { code: '23505', key: 'unique_violation', message: 'Unique violation', group: 'Class 23 — Integrity Constraint Violation' },
      { code: '42601', key: 'syntax_error', message: 'Syntax error', group: 'Class 42 — Syntax Error or Access Rule Violation' },
      { code: '42P01', key: 'undefined_table', message: 'Undefined table', group: 'Class 42 — Syntax Error or Access Rule Violation' },
    ],
  },
  {
    file: 'html-heavy.md',
    id: 'html-heavy',
    entries: [
      { code: 4001, key: 'FIELD_INVALID', message: 'The field email is invalid.' },
      { code: 4002, key: 'NOT_YOURS', message: "You don't have access to this project." },
      { code: 4003, key: 'PAYLOAD_TOO_LARGE', message: 'Payload too large — max 10 MB.' },
      { code: 4004, key: 'BAD_TEMPLATE', message: 'Use {name} placeholders & # signs only.' },
      { code: 4290, key: 'SLOW_DOWN', message: 'Too many requests, please slow down.' },
      { code: 5000, key: 'INTERNAL', message: 'Something went wrong on our side.' },
    ],
  },
];
