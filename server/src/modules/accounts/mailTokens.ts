import { createHash, randomBytes } from "node:crypto";

/** A secret for a mail link: 32 random bytes (base64url) to send, and its SHA-256, the only thing stored. */
export function newMailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashMailToken(token) };
}

export const hashMailToken = (token: string): string => createHash("sha256").update(token).digest("hex");
