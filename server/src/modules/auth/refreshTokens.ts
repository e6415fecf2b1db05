import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database } from "../../db/client.ts";

export const REFRESH_TOKEN_TTL_DAYS = 30;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a new opaque refresh token. Only its hash is stored. */
export async function issueRefreshToken(db: Database, userId: string, familyId: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.refreshToken.create({
    data: {
      userId,
      familyId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60 * 1000),
    },
  });
  return token;
}

export type RotationResult = { ok: true; userId: string; token: string } | { ok: false; reason: "unknown" | "expired" | "revoked" | "reused" };

/**
 * Exchanges a refresh token for a new one of the same family. A token that was already used
 * means it was stolen or replayed, so the whole family (that login) is revoked.
 */
export async function rotateRefreshToken(db: Database, token: string): Promise<RotationResult> {
  return db.$transaction(async (tx) => {
    const now = new Date();
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
    return { ok: true, userId: stored.userId, token: next };
  });
}

export async function revokeRefreshTokenFamily(db: Database, token: string): Promise<void> {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { familyId: true } });
  if (!stored) return;
  await db.refreshToken.updateMany({ where: { familyId: stored.familyId, revokedAt: null }, data: { revokedAt: new Date() } });
}
