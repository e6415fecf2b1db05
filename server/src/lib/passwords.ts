import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
// `Algorithm` is a const enum, which isolatedModules cannot read at run time, hence the literal.
const ARGON2ID = 2 as Algorithm.Argon2id;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so both failures take the same time. */
export const UNKNOWN_USER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$aX7+OvDOqNDu0rpJbTyerQ$uD+I05QQJptHHvtx7NhnQcg/v5jgrAqCOj6feik15I8";
