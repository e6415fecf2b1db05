import type { ErrorCode } from "@afdelingsplanner/shared/schemas";

/**
 * An error whose message is safe and useful to show to the caller. The code names the situation and is
 * one of ERROR_CODES (shared/src/schemas/errorCodes.ts): the web shows its translation, never the message.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

// No default codes: every refusal names its own situation, so the web can say it in the user's language.
export const badRequest = (message: string, code: ErrorCode) => new AppError(400, code, message);
export const unauthorized = (message: string, code: ErrorCode) =>
  new AppError(401, code, message, { "www-authenticate": 'Bearer realm="afdelingsplanner"' });
export const forbidden = (message: string, code: ErrorCode) => new AppError(403, code, message);
export const notFound = (what: string) => new AppError(404, "NOT_FOUND", `${what} was not found, or you have no access to it.`);
export const conflict = (message: string, code: ErrorCode) => new AppError(409, code, message);
/**
 * A stale `version` on an edit: someone else saved the same thing first. One text and one code for
 * every edit, so the web can recognise it (STALE_VERSION) and offer to reload. `what` names the thing
 * ("meeting series", "goal"), as the user calls it.
 */
export const staleVersion = (what: string) =>
  new AppError(409, "STALE_VERSION", `Someone else changed this ${what} in the meantime. Reload to see their change, then try again.`);
