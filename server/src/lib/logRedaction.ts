import type { FastifyRequest } from "fastify";

/**
 * What the logs never hold (issue 16 F): some URLs are credentials (a calendar feed's secret link, a guest's
 * private status link, the invitation, password-reset and email-change links), and headers and bodies carry
 * tokens and passwords. Request URLs are logged through maskUrl; pino's redact covers the rest.
 */
export const REDACTED = "[redacted]";

/** Paths whose segment after the prefix is a secret: the calendar feed (with its .ics kept) and guest status links. */
const SECRET_PATH_SEGMENTS: RegExp[] = [/^(\/api\/calendar\/)[^/?#]+?(\.ics)?$/, /^(\/api\/guest-requests\/)[^/?#]+$/, /^(\/bezoek\/status\/)[^/?#]+$/];
/** Query parameters that carry a secret wherever they appear (the links in mails use ?token=). */
const SECRET_QUERY_PARAMS = new Set(["token", "code", "key", "secret", "access_token", "refresh_token"]);
/** A path segment that looks like a generated token (32 random bytes are 43 characters): masked on any route. */
const TOKEN_LIKE_SEGMENT = /^[A-Za-z0-9_-]{40,}$/;

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/** The URL with every secret in its path or query string replaced by [redacted]; everything else kept. */
export function maskUrl(url: string): string {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? null : url.slice(queryAt + 1);
  const known = SECRET_PATH_SEGMENTS.find((pattern) => pattern.test(path));
  const maskedPath = known
    ? path.replace(known, (_match, prefix: string, suffix?: string) => `${prefix}${REDACTED}${suffix ?? ""}`)
    : path.split("/").map((segment) => (TOKEN_LIKE_SEGMENT.test(segment) ? REDACTED : segment)).join("/");
  if (query === null) return maskedPath;
  const maskedQuery = query
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return equals !== -1 && SECRET_QUERY_PARAMS.has(decodedName(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join("&");
  return `${maskedPath}?${maskedQuery}`;
}

/** Fastify's own request serializer, with the URL masked. */
export function serializeRequest(request: FastifyRequest) {
  return { method: request.method, url: maskUrl(request.url), host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}

/** Paths pino blanks in every log line: credentials in headers, and secrets in any object logged with a message. */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
  "password",
  "token",
  "accessToken",
  "refreshToken",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.token",
  "*.accessToken",
  "*.refreshToken",
  "*.statusUrl",
];
