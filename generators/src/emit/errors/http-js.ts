/**
 * Runtime helpers over the Fetch API (`Response`, `Headers`), which Node 18+, Deno, Bun, Cloudflare
 * Workers, Hono, Next.js route handlers and Fastify 5 share: the media type of a body and the async
 * client decoder `readResponse`, which never rejects because of what the body holds.
 */

/** The helper declarations and `readResponse` (they use `fromResponse` of the runtime). */
export function httpHelpers(): string[] {
  return [
    `/** Headers from \`init\` (anything \`new Headers()\` takes) with \`content-type\` set unless given. */
function _headers(init, contentType) {
  const headers = new Headers(init);
  if (!headers.has("content-type")) headers.set("content-type", contentType);
  return headers;
}`,
    `/** "problem" for application/problem+json, "json" for JSON or no type given, else "other". */
function _mediaType(contentType) {
  if (contentType === undefined || contentType === null || contentType === "") return "json";
  const type = String(contentType).split(";")[0].trim().toLowerCase();
  if (type === "application/problem+json") return "problem";
  return type === "application/json" || type === "text/json" || type.endsWith("+json") ? "json" : "other";
}`,
    `/** The body as text, or undefined when it is longer than \`limit\` bytes (then it is not read further). */
async function _readText(response, limit) {
  const length = Number(response.headers?.get?.("content-length"));
  const stream = response.body;
  if (Number.isFinite(length) && length > limit) {
    await stream?.cancel?.().catch(() => {});
    return undefined;
  }
  if (stream === null || stream === undefined || typeof stream.getReader !== "function") return typeof response.text === "function" ? response.text() : "";
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}`,
    `export async function readResponse(response, options) {
  if (typeof response !== "object" || response === null || typeof response.status !== "number") throw new TypeError("readResponse expects a Fetch API Response");
  const httpStatus = response.status;
  const limit = typeof options?.maxBytes === "number" ? options.maxBytes : 1048576;
  let contentType;
  let text;
  try {
    contentType = response.headers?.get?.("content-type") ?? undefined;
    if (response.bodyUsed) return { outcome: "invalid", body: undefined, reason: "the body was already read", httpStatus };
    text = await _readText(response, limit);
  } catch {
    return { outcome: "invalid", body: undefined, reason: "the body could not be read", httpStatus };
  }
  if (text === undefined) return { outcome: "invalid", body: undefined, reason: "the body is larger than " + limit + " bytes", httpStatus };
  if (text.trim() === "") return { outcome: "invalid", body: text, reason: "the body is empty", httpStatus };
  if (_mediaType(contentType) === "other") return { outcome: "invalid", body: text, reason: "content type " + JSON.stringify(contentType) + " is not JSON", httpStatus };
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { outcome: "invalid", body: text, reason: "the body is not JSON", httpStatus };
  }
  return fromResponse(body, httpStatus, contentType);
}`,
  ];
}
