/**
 * Access tokens are stateless JWTs, so a password change cannot delete them. Instead each token
 * carries the user's passwordChangedAt (in milliseconds, as `pwc`; absent while the password was
 * never changed) and is only accepted while that still matches the user's row. A version number
 * compared for equality, not a "issued before" check on `iat`: `iat` has whole seconds, and the
 * fresh token issued by the change itself would share a second with the tokens it replaces.
 */
export interface AccessTokenPayload {
  sub: string;
  pwc?: number;
  /** Issued at, in seconds, from the app's clock (the signer then counts `exp` from it, not from its own clock). */
  iat?: number;
}

export function accessTokenPayload(userId: string, passwordChangedAt: Date | null, now: Date): AccessTokenPayload {
  const iat = Math.floor(now.getTime() / 1000);
  return passwordChangedAt ? { sub: userId, pwc: passwordChangedAt.getTime(), iat } : { sub: userId, iat };
}

export function issuedUnderCurrentPassword(payload: AccessTokenPayload, passwordChangedAt: Date | null): boolean {
  return (payload.pwc ?? null) === (passwordChangedAt?.getTime() ?? null);
}
