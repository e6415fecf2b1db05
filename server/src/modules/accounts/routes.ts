import type { FastifyInstance, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { ChangePasswordBody, ErrorBody, LoginBody, MeResponse, SessionResponse, isUuid } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { AppError, badRequest, conflict, unauthorized } from "../../lib/errors.ts";
import { UNKNOWN_USER_HASH, hashPassword, verifyPassword } from "../../lib/passwords.ts";
import { requireAcceptablePassword } from "../../lib/passwordPolicy.ts";
import { LOGIN_BODY_LIMIT } from "../../lib/requestLimits.ts";
import { accessTokenPayload, revokeAccessToken, type AccessTokenPayload } from "./accessTokens.ts";
import { loadCurrentUser } from "./currentUser.ts";
import { REFRESH_COOKIE, sessionAnswer, setRefreshCookie as setSessionCookie } from "./session.ts";
import {
  issueRefreshToken,
  lockUserForSession,
  revokeAllRefreshTokens,
  revokeRefreshTokenFamily,
  rotateRefreshToken,
} from "./refreshTokens.ts";

export { REFRESH_COOKIE };

/** Password-change attempts per user per minute (right or wrong): guessing the current password is as slow as at login. */
export const PASSWORD_CHANGES_PER_MINUTE = 5;

const errors = { 400: ErrorBody, 401: ErrorBody };

/** The window of the failed-login limit per IP (FAILED_LOGINS_PER_IP, over all accounts). */
export const FAILED_LOGIN_WINDOW_MS = 10 * 60_000;

export async function authRoutes(app: FastifyInstance, options: { cookieSecure: boolean; loginAttemptsPerMinute: number; failedLoginsPerIp: number }) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  // Against password spraying (one password tried on many accounts; issue 16 B): failed logins per IP over all
  // accounts, next to the per IP and email limit in the route's config. Only failures count, so many members
  // behind one NAT address can still log in. In the rate limiter's store, so shared through Redis when
  // configured; request.ip is the client's address behind a trusted proxy (TRUST_PROXY).
  const failedLoginsPerIp = app.createRateLimit({ max: options.failedLoginsPerIp, timeWindow: FAILED_LOGIN_WINDOW_MS, keyGenerator: (request) => `login-failures|${request.ip}` });
  const tooManyFailures = (seconds: number) =>
    new AppError(429, "RATE_LIMITED", `Too many failed logins from your address. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, { "retry-after": String(seconds) });

  const setRefreshCookie = (reply: FastifyReply, token: string) => setSessionCookie(reply, token, options.cookieSecure);
  const clearRefreshCookie = (reply: FastifyReply) =>
    reply.clearCookie(REFRESH_COOKIE, { path: "/api/auth", httpOnly: true, sameSite: "strict", secure: options.cookieSecure });

  const invalidCredentials = () => unauthorized("The email address or password is incorrect.", "INVALID_CREDENTIALS");

  api.post(
    "/api/auth/login",
    {
      // An email address and a password: anything larger is refused before it is parsed (issue 16 A).
      bodyLimit: LOGIN_BODY_LIMIT,
      config: {
        access: access.public,
        // Per IP and email: slows password guessing without letting one address lock out everyone behind a NAT.
        rateLimit: {
          max: options.loginAttemptsPerMinute,
          timeWindow: 60_000,
          // The key needs the parsed body (at most LOGIN_BODY_LIMIT), but not a valid one: the limit runs
          // before validation, so once it is reached no attempt costs more than reading 4 KB.
          hook: "preValidation",
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase()}`,
        },
      },
      // Before the body is read: an address that failed too often is refused at once, whatever it sends.
      onRequest: async (request) => {
        const failures = await failedLoginsPerIp(request, { increment: false });
        if (!failures.isAllowed && failures.remaining === 0 && failures.ttl > 0) throw tooManyFailures(Math.max(1, failures.ttlInSeconds));
      },
      schema: { tags: ["accounts"], summary: "Log in with email and password", body: LoginBody, response: { 200: SessionResponse, ...errors, 429: ErrorBody } },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const account = await app.db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
      // Verify against a dummy hash for unknown emails: same answer, same time, no account enumeration.
      const passwordMatches = await verifyPassword(account?.passwordHash ?? UNKNOWN_USER_HASH, request.body.password);
      if (!account || !passwordMatches) {
        await failedLoginsPerIp(request);
        throw invalidCredentials();
      }
      const session = await app.db.$transaction(async (tx) => {
        const ground = await lockUserForSession(tx, account.id);
        // Argon2 ran outside the transaction (it is slow); a password changed meanwhile voids that check.
        if (ground?.passwordHash !== account.passwordHash) return null;
        return { refreshToken: await issueRefreshToken(tx, account.id, contextOf(request).clock.now()), passwordChangedAt: ground.passwordChangedAt };
      });
      const answer = session && (await sessionAnswer(app.db, reply, { userId: account.id, ...session, now: contextOf(request).clock.now(), cookieSecure: options.cookieSecure }));
      if (!answer) throw invalidCredentials();
      return answer;
    },
  );

  api.post(
    "/api/auth/refresh",
    {
      config: { access: access.public },
      schema: {
        tags: ["accounts"],
        summary: "Exchange the refresh cookie for a new access token (the cookie rotates)",
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const presented = request.cookies[REFRESH_COOKIE];
      if (!presented) throw unauthorized("There is no session to refresh. Log in again.", "NO_SESSION");
      const rotation = await rotateRefreshToken(app.db, presented, contextOf(request).clock.now());
      if (!rotation.ok) {
        clearRefreshCookie(reply);
        throw unauthorized("Your session has ended. Log in again.", "SESSION_ENDED");
      }
      const user = await loadCurrentUser(app.db, rotation.userId, contextOf(request).clock.now());
      if (!user) throw unauthorized("This account no longer exists.", "SESSION_ENDED");
      setRefreshCookie(reply, rotation.token);
      // The stamp read under the lock, not a fresh one: a change committed since then has revoked this token.
      return { accessToken: await reply.jwtSign(accessTokenPayload(user.id, rotation.passwordChangedAt, contextOf(request).clock.now())), user };
    },
  );

  api.post(
    "/api/auth/logout",
    {
      config: { access: access.public },
      schema: {
        tags: ["accounts"],
        summary: "End this session: revokes the refresh cookie's whole login and, when sent, the access token at once",
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const now = contextOf(request).clock.now();
      const presented = request.cookies[REFRESH_COOKIE];
      if (presented) await revokeRefreshTokenFamily(app.db, presented, now);
      // The access token sent along is refused from now until it expires (issue 16 D). One that is invalid or
      // already expired ends nothing: logging out always succeeds.
      if (request.headers.authorization) {
        const payload = await request.jwtVerify<AccessTokenPayload>({ clockTimestamp: now.getTime() }).catch(() => null);
        if (payload?.jti && isUuid(payload.jti) && typeof payload.exp === "number") await revokeAccessToken(app.db, payload.jti, new Date(payload.exp * 1000), now);
      }
      clearRefreshCookie(reply);
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/api/me",
    {
      config: { access: access.user },
      schema: { tags: ["accounts"], summary: "The logged-in user with their branches and roles", response: { 200: MeResponse, 401: ErrorBody } },
    },
    async (request) => ({ user: contextOf(request).caller }),
  );
  api.post(
    "/api/me/password",
    {
      config: {
        access: access.user,
        // Per user, so someone who finds an unlocked laptop cannot try many current passwords.
        // preHandler: surely after the auth hook has loaded the caller, and only well-formed attempts
        // count (a body the schema refuses never reaches the password check).
        rateLimit: {
          max: PASSWORD_CHANGES_PER_MINUTE,
          timeWindow: 60_000,
          hook: "preHandler",
          keyGenerator: (request) => `password-change|${request.currentUser?.id ?? request.ip}`,
        },
      },
      schema: {
        tags: ["accounts"],
        summary: "Change your password; ends every other session and starts a fresh one for this device",
        description:
          "Checks the current password, stores the new one, revokes every refresh token of the account (all devices) and makes all earlier access tokens invalid. The answer is a new session (access token and refresh cookie), so the caller stays logged in.",
        body: ChangePasswordBody,
        response: { 200: SessionResponse, 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const caller = contextOf(request).caller;
      const { currentPassword, newPassword } = request.body;
      if (newPassword === currentPassword) {
        throw badRequest("The new password is the same as the current one. Choose a different password.", "PASSWORD_UNCHANGED");
      }
      const stored = await app.db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { passwordHash: true, locale: true } });
      // 400, not 401: a 401 would make the web client refresh its session and send the request again.
      if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
        throw badRequest("The current password is incorrect. Nothing was changed.", "CURRENT_PASSWORD_INCORRECT");
      }
      // The policy for every new password (lib/passwordPolicy.ts); the web shows its feedback while typing.
      requireAcceptablePassword(newPassword, { name: caller.name, email: caller.email, locale: stored.locale });
      // Hashing takes a while (that is the point), so it happens before the transaction opens.
      const passwordHash = await hashPassword(newPassword);
      const changedAt = contextOf(request).clock.now();
      const refreshToken = await app.db.$transaction(async (tx) => {
        // Only if the hash is still the one just verified: of two concurrent changes, one wins and the other is told.
        // Updating the row first also takes its lock, so a login or refresh issuing a session right now
        // (lockUserForSession) either committed before and is revoked below, or waits and is refused.
        const updated = await tx.user.updateMany({
          where: { id: caller.id, passwordHash: stored.passwordHash },
          data: { passwordHash, passwordChangedAt: changedAt },
        });
        if (updated.count === 0) throw conflict("The password was changed in the meantime (in another window?). Log in again with the new password.", "PASSWORD_CHANGED");
        await revokeAllRefreshTokens(tx, caller.id, changedAt);
        return issueRefreshToken(tx, caller.id, changedAt);
      });
      setRefreshCookie(reply, refreshToken);
      return { accessToken: await reply.jwtSign(accessTokenPayload(caller.id, changedAt, changedAt)), user: caller };
    },
  );
}
