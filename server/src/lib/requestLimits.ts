import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.ts";

/**
 * What the server reads of a request before any route code runs (issue 16 A). A hostile body must be
 * refused before it costs anything: a 100,000-key JSON body once cost half a second of CPU in validation and
 * came back as a 3.4 MB error.
 */

/** Every JSON route unless it sets its own `bodyLimit`: the largest form (a series with 1,000 extra attendees) is about 55 KB. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Login: an email address and a password (at most 254 and 1,024 characters). */
export const LOGIN_BODY_LIMIT = 4 * 1024;
/** Agenda items: a title, 20 links of up to 2,000 characters and up to 20,000 characters of minutes. */
export const AGENDA_ITEM_BODY_LIMIT = 256 * 1024;
/** Keys in any one JSON object of a body: no form has more than a few dozen fields. */
export const MAX_KEYS_PER_OBJECT = 100;
/** The largest error body the API sends: a longer message is cut off (see errorHandler). */
export const ERROR_BODY_LIMIT = 4 * 1024;

/** "4 KB", "64 KB", "1 MB": a body limit as a person reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** The first object (depth first) with more than MAX_KEYS_PER_OBJECT keys, walked without recursion. */
function hasTooManyKeys(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (!value || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === "object") pending.push(item);
      continue;
    }
    let keys = 0;
    for (const key in value) {
      keys += 1;
      if (keys > MAX_KEYS_PER_OBJECT) return true;
      const inner = (value as Record<string, unknown>)[key];
      if (inner && typeof inner === "object") pending.push(inner);
    }
  }
  return false;
}

/**
 * Replaces Fastify's JSON parser with the same parser (prototype poisoning refused) plus a cap on the keys of
 * every object, so a body with thousands of fields never reaches validation: 413 TOO_MANY_FIELDS.
 */
export function capJsonKeys(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    // parseAs "string": the body is text here (the Buffer in the type is for parseAs "buffer").
    parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      if (hasTooManyKeys(value)) {
        return done(new AppError(413, "TOO_MANY_FIELDS", `The request body has an object with too many fields: send at most ${MAX_KEYS_PER_OBJECT} fields per object.`));
      }
      return done(null, value);
    });
  });
}
