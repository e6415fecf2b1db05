import type { FastifyReply } from "fastify";
import type { SessionResponse } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { accessTokenPayload } from "./accessTokens.ts";
import { loadCurrentUser } from "./currentUser.ts";
import { REFRESH_TOKEN_TTL_DAYS } from "./refreshTokens.ts";

export const REFRESH_COOKIE = "ap_refresh";

/** Sets the refresh token in its httpOnly, SameSite=strict cookie, seen only by the auth endpoints. */
export function setRefreshCookie(reply: FastifyReply, token: string, cookieSecure: boolean): void {
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: cookieSecure,
    // Only the auth endpoints ever see the refresh token.
    path: "/api/auth",
    maxAge: REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60,
  });
}

/**
 * The answer that starts a session, once its refresh token is issued (issueRefreshToken, in the caller's
 * transaction): the refresh cookie, and an access token issued under the password stamp read then.
 * Null when the user no longer exists.
 */
export async function sessionAnswer(
  db: Database,
  reply: FastifyReply,
  session: { userId: string; refreshToken: string; passwordChangedAt: Date | null; now: Date; cookieSecure: boolean },
): Promise<SessionResponse | null> {
  const user = await loadCurrentUser(db, session.userId, session.now);
  if (!user) return null;
  setRefreshCookie(reply, session.refreshToken, session.cookieSecure);
  return { accessToken: await reply.jwtSign(accessTokenPayload(user.id, session.passwordChangedAt, session.now)), user };
}
