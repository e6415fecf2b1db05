import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  AcceptedResponse,
  ChangeEmailBody,
  EmailChangeConfirmBody,
  EmailChangeConfirmResponse,
  ErrorBody,
  PasswordCheckBody,
  PasswordCheckResponse,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { assessPassword } from "../../lib/passwordPolicy.ts";
import { EMAIL_CHANGE_ACCEPTED, confirmEmailChange, requestEmailChange } from "./emailChange.ts";
import { PASSWORD_RESET_ACCEPTED, confirmPasswordReset, requestPasswordReset } from "./passwordReset.ts";

/** Reset requests per email address per hour (known or not: the limit must not tell them apart). */
export const PASSWORD_RESETS_PER_ADDRESS_PER_HOUR = 5;
/** Live password checks per IP per minute: the web asks while someone types (debounced), so more than login, far less than the global limit. */
export const PASSWORD_CHECKS_PER_MINUTE = 60;
/** Email-change requests per user per minute: each one verifies the current password, so as slow as a password change. */
export const EMAIL_CHANGES_PER_MINUTE = 5;

const normalisedEmail = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase();

/** Forgotten passwords, the live password check and changing the account's email address. */
export async function passwordRoutes(app: FastifyInstance, options: { publicUrl: string; loginAttemptsPerMinute: number }) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  // Per IP, next to the per-address limit in the route's config: one client cannot mail many addresses.
  // createRateLimit rather than a second rateLimit hook: the plugin runs only one limit hook per request.
  const resetsPerIp = app.createRateLimit({ max: options.loginAttemptsPerMinute, timeWindow: 60_000, keyGenerator: (request) => `password-reset-ip|${request.ip}` });

  api.post(
    "/api/auth/password-check",
    {
      config: { access: access.public, rateLimit: { max: PASSWORD_CHECKS_PER_MINUTE, timeWindow: 60_000, keyGenerator: (request) => `password-check|${request.ip}` } },
      schema: {
        tags: ["accounts"],
        summary: "Judge a new password while it is typed: may it be used, its score and feedback",
        description: "The same policy as every route that sets a password: at least 12 characters, not only spaces, not the user's name or email, and a zxcvbn score of at least 3. Feedback comes in the requested language (nl by default).",
        body: PasswordCheckBody,
        response: { 200: PasswordCheckResponse, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      const { password, name, email, locale } = request.body;
      const assessment = assessPassword(password, { name, email, locale: locale ?? "nl" });
      return { ok: assessment.problem === null, score: assessment.score, code: assessment.problem?.code ?? null, feedback: assessment.feedback };
    },
  );

  api.post(
    "/api/auth/password-reset",
    {
      config: {
        access: access.public,
        // Per address, whether or not it has an account. The key needs the parsed body, so this limit runs
        // in preHandler (every other route is limited earlier, on onRequest).
        rateLimit: {
          max: PASSWORD_RESETS_PER_ADDRESS_PER_HOUR,
          timeWindow: 60 * 60_000,
          hook: "preHandler",
          keyGenerator: (request) => `password-reset|${normalisedEmail(request.body)}`,
        },
      },
      onRequest: async (request) => {
        const limit = await resetsPerIp(request);
        // isAllowed means "on the allow list"; isExceeded is the verdict.
        if (!limit.isAllowed && limit.isExceeded) {
          const seconds = Math.max(1, limit.ttlInSeconds);
          throw new AppError(429, "RATE_LIMITED", `Too many requests. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, { "retry-after": String(seconds) });
        }
      },
      schema: {
        tags: ["accounts"],
        summary: "Ask for a link to set a new password",
        description:
          "Always 202 with the same body, known address or not, and about as fast either way. For an account's address, a mail with a link (valid one hour, usable once) goes out in the user's language.",
        body: PasswordResetRequestBody,
        response: { 202: AcceptedResponse, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(app.db, { email: request.body.email, now: contextOf(request).clock.now(), publicUrl: options.publicUrl });
      return reply.status(202).send(PASSWORD_RESET_ACCEPTED);
    },
  );

  api.post(
    "/api/auth/password-reset/confirm",
    {
      config: { access: access.public },
      schema: {
        tags: ["accounts"],
        summary: "Set a new password with the token from the reset mail; ends every session",
        body: PasswordResetConfirmBody,
        response: { 204: Type.Null(), 400: ErrorBody },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(app.db, { token: request.body.token, password: request.body.password, now: contextOf(request).clock.now() });
      return reply.status(204).send(null);
    },
  );

  api.post(
    "/api/me/email",
    {
      config: {
        access: access.user,
        // Per user, like a password change: it checks the current password. preHandler: after the auth hook.
        rateLimit: { max: EMAIL_CHANGES_PER_MINUTE, timeWindow: 60_000, hook: "preHandler", keyGenerator: (request) => `email-change|${request.currentUser?.id ?? request.ip}` },
      },
      schema: {
        tags: ["accounts"],
        summary: "Change your email address: sends a confirmation link to the new one",
        description: "Needs the current password. The address changes only when the link (valid 24 hours) is opened.",
        body: ChangeEmailBody,
        response: { 202: AcceptedResponse, 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      await requestEmailChange(app.db, {
        userId: context.caller.id,
        newEmail: request.body.newEmail,
        currentPassword: request.body.currentPassword,
        now: context.clock.now(),
        publicUrl: options.publicUrl,
      });
      return reply.status(202).send(EMAIL_CHANGE_ACCEPTED);
    },
  );

  api.post(
    "/api/auth/email-change/confirm",
    {
      config: { access: access.public },
      schema: {
        tags: ["accounts"],
        summary: "Confirm a new email address with the token from the mail",
        body: EmailChangeConfirmBody,
        response: { 200: EmailChangeConfirmResponse, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => confirmEmailChange(app.db, { token: request.body.token, now: contextOf(request).clock.now() }),
  );
}
