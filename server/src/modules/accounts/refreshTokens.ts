import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database } from "../../db/client.ts";

export const REFRESH_TOKEN_TTL_DAYS = 30;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a new opaque refresh token. Only its hash is stored. Takes a transaction client too. */
export async function issueRefreshToken(db: Pick<Database, "refreshToken">, userId: string, now: Date, familyId: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.refreshToken.create({
    data: {
      userId,
      familyId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60 * 1000),
    },
  });
  return token;
}

/** What a new session is issued under, read while the user's row is share-locked (see lockUserForSession). */
export interface SessionGround {
  passwordHash: string;
  passwordChangedAt: Date | null;
}

/**
 * Share-locks the user's row until the transaction ends and reads what a session is issued under.
 * A password change updates this row before it revokes the refresh tokens, so a session that is
 * being issued either commits first (and the change's revocation then sees its token) or waits and
 * sees the new password. Without the lock a refresh or login at the moment of a change could insert
 * a token after the revocation looked, and outlive the change (passwordChange.test.ts).
 */
export async function lockUserForSession(tx: Pick<Database, "$queryRaw">, userId: string): Promise<SessionGround | null> {
  const rows = await tx.$queryRaw<SessionGround[]>`
    SELECT "passwordHash", "passwordChangedAt" FROM "User" WHERE id = ${userId}::uuid FOR SHARE`;
  return rows[0] ?? null;
}

export type RotationResult =
  | { ok: true; userId: string; token: string; passwordChangedAt: Date | null }
  | { ok: false; reason: "unknown" | "expired" | "revoked" | "reused" };

/**
 * Exchanges a refresh token for a new one of the same family. A token that was already used
 * means it was stolen or replayed, so the whole family (that login) is revoked.
 */
export async function rotateRefreshToken(db: Database, token: string, now: Date): Promise<RotationResult> {
  return db.$transaction(async (tx) => {
    const owner = await tx.refreshToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
    if (!owner) return { ok: false, reason: "unknown" };
    const ground = await lockUserForSession(tx, owner.userId);
    if (!ground) return { ok: false, reason: "unknown" };
    // Marking it used in the same statement that checks it makes two concurrent uses of one
    // token impossible: only one UPDATE can match usedAt = null.
    const claimed = await tx.refreshToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const stored = await tx.refreshToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!stored) return { ok: false, reason: "unknown" };
    if (claimed.count === 0) {
      if (stored.revokedAt) return { ok: false, reason: "revoked" };
      if (stored.expiresAt <= now) return { ok: false, reason: "expired" };
      await tx.refreshToken.updateMany({ where: { familyId: stored.familyId, revokedAt: null }, data: { revokedAt: now } });
      return { ok: false, reason: "reused" };
    }
    const next = randomBytes(32).toString("base64url");
    await tx.refreshToken.create({
      data: { userId: stored.userId, familyId: stored.familyId, tokenHash: hashToken(next), expiresAt: stored.expiresAt },
    });
    return { ok: true, userId: stored.userId, token: next, passwordChangedAt: ground.passwordChangedAt };
  });
}

export async function revokeRefreshTokenFamily(db: Database, token: string, now: Date): Promise<void> {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { familyId: true } });
  if (!stored) return;
  await db.refreshToken.updateMany({ where: { familyId: stored.familyId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of the user, on every device (all families), e.g. after a password change. */
export async function revokeAllRefreshTokens(db: Pick<Database, "refreshToken">, userId: string, now: Date): Promise<void> {
  await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
