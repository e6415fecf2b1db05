import type { FastifyInstance, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { ErrorBody, LoginBody, MeResponse, SessionResponse } from "@afdelingsplanner/shared";
import { access, callerOf } from "../../plugins/auth.ts";
import { unauthorized } from "../../lib/errors.ts";
import { UNKNOWN_USER_HASH, verifyPassword } from "../../lib/passwords.ts";
import { loadCurrentUser } from "./currentUser.ts";
import { REFRESH_TOKEN_TTL_DAYS, issueRefreshToken, revokeRefreshTokenFamily, rotateRefreshToken } from "./refreshTokens.ts";

export const REFRESH_COOKIE = "ap_refresh";

const errors = { 400: ErrorBody, 401: ErrorBody };

export async function authRoutes(app: FastifyInstance, options: { cookieSecure: boolean; loginAttemptsPerMinute: number }) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  const setRefreshCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: "strict",
      secure: options.cookieSecure,
      // Only the auth endpoints ever see the refresh token.
      path: "/api/auth",
      maxAge: REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60,
    });
  const clearRefreshCookie = (reply: FastifyReply) =>
    reply.clearCookie(REFRESH_COOKIE, { path: "/api/auth", httpOnly: true, sameSite: "strict", secure: options.cookieSecure });

  const invalidCredentials = () => unauthorized("The email address or password is incorrect.", "INVALID_CREDENTIALS");

  api.post(
    "/api/auth/login",
    {
      config: {
        access: access.public,
        // Per IP and email: slows password guessing without letting one address lock out everyone behind a NAT.
        rateLimit: {
          max: options.loginAttemptsPerMinute,
          timeWindow: 60_000,
          // The key needs the parsed body; every other route is limited earlier, on onRequest.
          hook: "preHandler",
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase()}`,
        },
      },
      schema: { tags: ["auth"], summary: "Log in with email and password", body: LoginBody, response: { 200: SessionResponse, ...errors, 429: ErrorBody } },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const account = await app.db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
      // Verify against a dummy hash for unknown emails: same answer, same time, no account enumeration.
      const passwordMatches = await verifyPassword(account?.passwordHash ?? UNKNOWN_USER_HASH, request.body.password);
      if (!account || !passwordMatches) throw invalidCredentials();
      const user = await loadCurrentUser(app.db, account.id);
      if (!user) throw invalidCredentials();
      setRefreshCookie(reply, await issueRefreshToken(app.db, user.id));
      return { accessToken: await reply.jwtSign({ sub: user.id }), user };
    },
  );

  api.post(
    "/api/auth/refresh",
    {
      config: { access: access.public },
      schema: {
        tags: ["auth"],
        summary: "Exchange the refresh cookie for a new access token (the cookie rotates)",
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const presented = request.cookies[REFRESH_COOKIE];
      if (!presented) throw unauthorized("There is no session to refresh. Log in again.", "NO_SESSION");
      const rotation = await rotateRefreshToken(app.db, presented);
      if (!rotation.ok) {
        clearRefreshCookie(reply);
        throw unauthorized("Your session has ended. Log in again.", "SESSION_ENDED");
      }
      const user = await loadCurrentUser(app.db, rotation.userId);
      if (!user) throw unauthorized("This account no longer exists.", "SESSION_ENDED");
      setRefreshCookie(reply, rotation.token);
      return { accessToken: await reply.jwtSign({ sub: user.id }), user };
    },
  );

  api.post(
    "/api/auth/logout",
    {
      config: { access: access.public },
      schema: { tags: ["auth"], summary: "End this session (revokes the refresh cookie)", response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const presented = request.cookies[REFRESH_COOKIE];
      if (presented) await revokeRefreshTokenFamily(app.db, presented);
      clearRefreshCookie(reply);
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/api/me",
    {
      config: { access: access.user },
      schema: { tags: ["auth"], summary: "The logged-in user with their branches and roles", security: [{ bearerAuth: [] }], response: { 200: MeResponse, 401: ErrorBody } },
    },
    async (request) => ({ user: callerOf(request) }),
  );
}
