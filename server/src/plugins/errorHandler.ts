import fp from "fastify-plugin";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { matchAppRoute } from "@afdelingsplanner/shared/schemas";
import { AppError } from "../lib/errors.ts";
import { validationMessage } from "../lib/validationMessage.ts";
import { isDatabaseUnavailable, prismaErrorToAppError } from "../lib/prismaErrors.ts";
import { DEFAULT_BODY_LIMIT, ERROR_BODY_LIMIT, formatBytes } from "../lib/requestLimits.ts";

type FastifyErrorLike = FastifyError;

/** Fastify's own 4xx errors, with messages rewritten so a person knows what to send instead. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: (error: FastifyErrorLike, request: FastifyRequest) => string }> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "EMPTY_BODY",
    message: () => "The request body is empty. Send a JSON object.",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: () => "Send the request body as JSON with the header Content-Type: application/json.",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "BODY_TOO_LARGE",
    message: (_error, request) => `The request body is too large (the limit for this request is ${formatBytes(request.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT)}).`,
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "INVALID_JSON",
    message: () => "The request body is not valid JSON.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "INVALID_CONTENT_LENGTH",
    message: () => "The Content-Length header does not match the body.",
  },
};

/**
 * The one error body: { error: { code, message } }, at most ERROR_BODY_LIMIT bytes as JSON. A message that
 * would make it longer (one that echoes input, say) is cut off with "…", so no error costs more to send than
 * the request cost to make (issue 16 A).
 */
export function errorBody({ code, message }: { code: string; message: string }): { error: { code: string; message: string } } {
  let text = message;
  while (Buffer.byteLength(JSON.stringify({ error: { code, message: text } })) > ERROR_BODY_LIMIT) {
    text = `${text.slice(0, Math.floor((text.length - 1) / 2))}…`;
  }
  return { error: { code, message: text } };
}

/**
 * Errors the router raises before any route (and so before the error handler) runs. Without this
 * Fastify answers them itself, as { error: "Bad Request", ... } instead of our shape. Passed to
 * Fastify({ frameworkErrors }) in app.ts. The URL is not echoed: it may be megabytes long.
 */
export const frameworkErrors = (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return reply.status(414).send(errorBody({ code: "URI_TOO_LONG", message: "A part of the address is too long (at most 100 characters between two slashes). Check the link." }));
  }
  if (error.code === "FST_ERR_BAD_URL") {
    return reply.status(400).send(errorBody({ code: "BAD_URL", message: "The address contains an invalid %-escape. Percent-encode each part of the path (encodeURIComponent)." }));
  }
  return reply.status(500).send(errorBody({ code: "INTERNAL_ERROR", message: "Something went wrong on our side. Nothing was changed; try again, and tell the maintainers if it keeps happening." }));
};

/** One error handler: every error leaves as { error: { code, message } } and never with a stack trace. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((rawError: FastifyErrorLike, request, reply) => {
      if (rawError.validation) {
        return reply.status(400).send(errorBody({ code: "VALIDATION_FAILED", message: validationMessage(rawError.validationContext, rawError.validation) }));
      }
      const error = rawError instanceof AppError ? rawError : (prismaErrorToAppError(rawError) ?? rawError);
      if (error instanceof AppError) {
        if (error.statusCode >= 500) request.log.warn({ err: rawError }, error.message);
        return reply.status(error.statusCode).headers(error.headers).send(errorBody({ code: error.code, message: error.message }));
      }
      const known = rawError.code ? FASTIFY_ERRORS[rawError.code] : undefined;
      if (known) {
        return reply.status(known.status).send(errorBody({ code: known.code, message: known.message(rawError, request) }));
      }
      if (rawError.statusCode === 429) {
        return reply.status(429).send(errorBody({ code: "RATE_LIMITED", message: rawError.message }));
      }
      if (rawError.statusCode && rawError.statusCode >= 400 && rawError.statusCode < 500) {
        // Fastify's remaining client errors (malformed JSON and the like) carry usable messages.
        return reply.status(rawError.statusCode).send(errorBody({ code: rawError.code ?? "BAD_REQUEST", message: rawError.message }));
      }
      if (isDatabaseUnavailable(rawError)) {
        request.log.error({ err: rawError }, "database unavailable");
        return reply
          .status(503)
          .header("retry-after", "5")
          .send(errorBody({ code: "DATABASE_UNAVAILABLE", message: "The database cannot be reached right now. Try again in a minute; nothing you entered has been saved." }));
      }
      request.log.error({ err: rawError }, "unhandled error");
      return reply
        .status(500)
        .send(errorBody({ code: "INTERNAL_ERROR", message: "Something went wrong on our side. Nothing was changed; try again, and tell the maintainers if it keeps happening." }));
    });

    app.setNotFoundHandler((request, reply) => {
      const isPageRequest = request.method === "GET" && !request.url.startsWith("/api");
      if (isPageRequest && app.servesWebApp) {
        // A page of the app answers 200; any other path 404, with the app, which then shows its "niet gevonden" page.
        const status = matchAppRoute(request.url.split("?")[0] ?? "") ? 200 : 404;
        return reply.status(status).type("text/html").header("cache-control", "no-cache").sendFile("index.html");
      }
      return reply.status(404).send(errorBody({ code: "ROUTE_NOT_FOUND", message: `There is no ${request.method} ${request.url.split("?")[0]} route.` }));
    });
  },
  { name: "error-handler", dependencies: ["web-app"] },
);
