import { randomUUID } from "node:crypto";
import type { Database } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/**
 * Access tokens are stateless JWTs, so a password change cannot delete them. Instead each token
 * carries the user's passwordChangedAt (in milliseconds, as `pwc`; absent while the password was
 * never changed) and is only accepted while that still matches the user's row. A version number
 * compared for equality, not a "issued before" check on `iat`: `iat` has whole seconds, and the
 * fresh token issued by the change itself would share a second with the tokens it replaces.
 * Each token also has its own id (`jti`), so a logout can end it before it expires (RevokedAccessToken).
 */
export interface AccessTokenPayload {
  sub: string;
  pwc?: number;
  /** Issued at, in seconds, from the app's clock (the signer then counts `exp` from it, not from its own clock). */
  iat?: number;
  /** This token's id (a UUID): what a logout revokes. */
  jti?: string;
  /** Expiry in seconds, set by the signer. */
  exp?: number;
}

export function accessTokenPayload(userId: string, passwordChangedAt: Date | null, now: Date): AccessTokenPayload {
  const iat = Math.floor(now.getTime() / 1000);
  const jti = randomUUID();
  return passwordChangedAt ? { sub: userId, pwc: passwordChangedAt.getTime(), iat, jti } : { sub: userId, iat, jti };
}

export function issuedUnderCurrentPassword(payload: AccessTokenPayload, passwordChangedAt: Date | null): boolean {
  return (payload.pwc ?? null) === (passwordChangedAt?.getTime() ?? null);
}

/**
 * Ends one access token before it expires (logout, issue 16 D): its id is refused until its own expiry,
 * in PostgreSQL so every instance refuses it. Ids of tokens that have expired meanwhile are cleared.
 */
export async function revokeAccessToken(db: Pick<Database, "revokedAccessToken">, jti: string, expiresAt: Date, now: Date): Promise<void> {
  await db.revokedAccessToken.deleteMany({ where: { expiresAt: { lte: now } } });
  if (expiresAt > now) await db.revokedAccessToken.createMany({ data: [{ jti, expiresAt }], skipDuplicates: true });
}

/** Whether a token was revoked, as a SQL boolean: the auth hook reads it in one statement with the read cache's generations. */
export const accessTokenRevokedSql = (jti: string) => Prisma.sql`EXISTS (SELECT 1 FROM "RevokedAccessToken" WHERE jti = ${jti}::uuid)`;
