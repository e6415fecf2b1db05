import { createHmac, generateKeyPairSync, randomUUID, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO, TEST_JWT_SECRET, bearer, buildTestApp, login, refreshCookieOf, useTestApp, type Session } from "../support/app.ts";
import { TEST_NOW } from "../support/clock.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { aMember } from "../support/factories.ts";

// Complements auth.test.ts (expired, tampered, alg:none, HS512, other secret, rotation, reuse, logout)
// with the token cases it does not cover yet.
const ctx = useTestApp();

const base64url = (value: object | string) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
// The app under test reads the pinned test clock, so tokens are made on its time, not the machine's.
const nowSeconds = () => Math.floor(TEST_NOW.getTime() / 1000);

function hmacToken(header: object, payload: object, secret: string | Buffer = TEST_JWT_SECRET, algorithm = "sha256"): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest("base64url")}`;
}

// With this app's issuer and audience (issue 16 C) and a token id (D), so each refusal below is for the one thing it changes.
const validClaims = (sub: string) => ({ sub, iat: nowSeconds(), exp: nowSeconds() + 600, iss: "afdelingsplanner", aud: "afdelingsplanner-api", jti: randomUUID() });

const meWith = (authorization: string) => ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization } });
const refresh = (cookie: string) => ctx.app.inject({ method: "POST", url: "/api/auth/refresh", cookies: { ap_refresh: cookie } });
const logout = (cookie?: string) => ctx.app.inject({ method: "POST", url: "/api/auth/logout", ...(cookie ? { cookies: { ap_refresh: cookie } } : {}) });

async function expectRefused(authorization: string, code = "TOKEN_INVALID") {
  const response = await meWith(authorization);
  expect(response.statusCode).toBe(401);
  expect(response.json().error.code).toBe(code);
  expect(response.headers["www-authenticate"]).toMatch(/^Bearer/);
}

describe("access tokens: algorithm confusion", () => {
  it("refuses an RS256 token signed with a real RSA key", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const unsigned = `${base64url({ alg: "RS256", typ: "JWT" })}.${base64url(validClaims(session.userId))}`;
    const signature = sign("sha256", Buffer.from(unsigned), privateKey).toString("base64url");
    await expectRefused(`Bearer ${unsigned}.${signature}`);
  });

  it("refuses an RS256-labelled token HMAC-signed with the app's secret (the classic key-confusion attack)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    await expectRefused(`Bearer ${hmacToken({ alg: "RS256", typ: "JWT" }, validClaims(session.userId))}`);
  });

  it("refuses alg:none in any spelling, with or without a signature", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    for (const alg of ["none", "None", "NONE", "nOnE"]) {
      const unsigned = `${base64url({ alg, typ: "JWT" })}.${base64url(validClaims(session.userId))}`;
      await expectRefused(`Bearer ${unsigned}.`);
      await expectRefused(`Bearer ${hmacToken({ alg, typ: "JWT" }, validClaims(session.userId))}`);
    }
  });

  it("refuses HS384 signed with the app's secret", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    await expectRefused(`Bearer ${hmacToken({ alg: "HS384", typ: "JWT" }, validClaims(session.userId), TEST_JWT_SECRET, "sha384")}`);
  });
});

describe("access tokens: claims and format", () => {
  it("refuses a correctly signed token without an expiry (it would never end)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    await expectRefused(`Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { sub: session.userId, iat: nowSeconds() })}`);
  });

  it("refuses a correctly signed token that is not valid yet (nbf in the future)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const token = hmacToken({ alg: "HS256", typ: "JWT" }, { ...validClaims(session.userId), nbf: nowSeconds() + 3600 });
    expect((await meWith(`Bearer ${token}`)).statusCode).toBe(401);
  });

  it("refuses a correctly signed token without a subject, or with a subject that is not a user id, with 401 (not 500)", async () => {
    await expectRefused(`Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { iat: nowSeconds(), exp: nowSeconds() + 600 })}`);
    await expectRefused(`Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, validClaims("not-a-uuid"))}`);
    await expectRefused(`Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { ...validClaims("x"), sub: 42 })}`);
  });

  it("refuses a correctly signed token for a user that does not exist", async () => {
    await expectRefused(`Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, validClaims("00000000-0000-4000-8000-000000000000"))}`);
  });

  it("refuses a token that claims a password change the user never made", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const token = hmacToken({ alg: "HS256", typ: "JWT" }, { ...validClaims(session.userId), pwc: Date.now() });
    await expectRefused(`Bearer ${token}`, "PASSWORD_CHANGED");
  });

  it.each([
    ["another scheme", (token: string) => `Basic ${token}`],
    ["no scheme", (token: string) => token],
    ["a truncated signature", (token: string) => `Bearer ${token.slice(0, -4)}`],
    ["only two parts", (token: string) => `Bearer ${token.split(".").slice(0, 2).join(".")}`],
    ["garbage", () => "Bearer not.a.token"],
    ["an empty bearer", () => "Bearer "],
  ])("refuses %s in the Authorization header with 401", async (_label, build) => {
    const session = await login(ctx.app, DEMO.secretary);
    const response = await meWith(build(session.accessToken));
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toMatch(/^TOKEN_/);
  });

  it("signs access tokens with only the claims the server needs: no email, name or roles", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const payload = JSON.parse(Buffer.from(session.accessToken.split(".")[1] ?? "", "base64url").toString());
    expect(Object.keys(payload).sort()).toEqual(["aud", "exp", "iat", "iss", "jti", "sub"]);
  });
});

describe("access tokens: issuer, audience and maximum age (issue 16 C)", () => {
  const ISSUER = "afdelingsplanner";
  const AUDIENCE = "afdelingsplanner-api";
  const signed = (payload: object) => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, payload)}`;

  it("accepts a token with this app's issuer and audience (the control for the refusals below)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    expect((await meWith(signed({ ...validClaims(session.userId), iss: ISSUER, aud: AUDIENCE }))).statusCode).toBe(200);
    expect((await meWith(signed({ ...validClaims(session.userId), aud: [AUDIENCE] }))).statusCode).toBe(200);
  });

  it("issues tokens with the app's issuer and audience", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const payload = JSON.parse(Buffer.from(session.accessToken.split(".")[1] ?? "", "base64url").toString());
    expect(payload).toMatchObject({ iss: ISSUER, aud: AUDIENCE });
  });

  it("refuses a correctly signed token without an issuer or with another one", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const { iss: _iss, ...withoutIssuer } = validClaims(session.userId);
    await expectRefused(signed(withoutIssuer));
    await expectRefused(signed({ ...validClaims(session.userId), iss: "another-app" }));
  });

  it("refuses a correctly signed token without an audience or for another one (a token of a sibling service with the same secret)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const { aud: _aud, ...withoutAudience } = validClaims(session.userId);
    await expectRefused(signed(withoutAudience));
    await expectRefused(signed({ ...validClaims(session.userId), aud: "afdelingsplanner-mail" }));
    await expectRefused(signed({ ...validClaims(session.userId), aud: ["another-api"] }));
  });

  it("refuses a correctly signed token without a token id, or with one that is not a UUID (issue 16 D)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const { jti: _jti, ...withoutId } = validClaims(session.userId);
    await expectRefused(signed(withoutId));
    await expectRefused(signed({ ...validClaims(session.userId), jti: "1' OR '1'='1" }));
  });

  it("refuses a token older than the access-token lifetime even when its own exp is far away (maxAge)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const issued = nowSeconds() - 16 * 60;
    await expectRefused(signed({ ...validClaims(session.userId), iat: issued, exp: issued + 30 * 24 * 60 * 60 }), "TOKEN_EXPIRED");
    // The control: the same token issued 14 minutes ago still counts.
    expect((await meWith(signed({ ...validClaims(session.userId), iat: nowSeconds() - 14 * 60, exp: nowSeconds() + 30 * 24 * 60 * 60 }))).statusCode).toBe(200);
  });

  it("still refuses tokens issued before a password change", async () => {
    const someone = await aMember(ctx.db, { roles: [] });
    const session = await login(ctx.app, someone.email);
    const changed = await ctx.app.inject({
      method: "POST",
      url: "/api/me/password",
      headers: bearer(session),
      payload: { currentPassword: DEMO_PASSWORD, newPassword: "Zeven zwanen zwommen zuidwaarts 2026" },
    });
    expect(changed.statusCode).toBe(200);
    await expectRefused(`Bearer ${session.accessToken}`, "PASSWORD_CHANGED");
    expect((await meWith(`Bearer ${changed.json().accessToken}`)).statusCode).toBe(200);
  });
});

describe("refresh tokens", () => {
  it("refuses an expired refresh token and clears the cookie", async () => {
    const session = await login(ctx.app, DEMO.treasurer);
    // A refresh token lives 30 days: on day 31, by the app's clock, it is refused.
    ctx.clock.advance(31 * 24 * 60 * 60 * 1000);
    try {
      const response = await refresh(session.refreshCookie);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("SESSION_ENDED");
      expect(response.cookies.find((entry) => entry.name === "ap_refresh")?.value).toBe("");
    } finally {
      ctx.clock.set(TEST_NOW);
    }
  });

  it("refuses an access token once its 15 minutes have passed on the app's clock", async () => {
    const session = await login(ctx.app, DEMO.treasurer);
    const me = () => ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${session.accessToken}` } });
    expect((await me()).statusCode).toBe(200);
    ctx.clock.advance(16 * 60 * 1000);
    try {
      const response = await me();
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("TOKEN_EXPIRED");
    } finally {
      ctx.clock.set(TEST_NOW);
    }
  });

  it("revokes the whole family on reuse, including tokens several rotations later", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const second = refreshCookieOf(await refresh(session.refreshCookie));
    const third = refreshCookieOf(await refresh(second));
    const fourth = refreshCookieOf(await refresh(third));
    expect((await refresh(second)).statusCode).toBe(401); // replay of an old one
    expect((await refresh(fourth)).statusCode).toBe(401); // the newest of the family died with it
    const family = await ctx.db.refreshToken.findMany({ where: { userId: session.userId, revokedAt: { not: null } } });
    expect(family.length).toBeGreaterThanOrEqual(1);
  });

  it("hands out exactly one new token when the same refresh token is used twice at once", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const [a, b] = await Promise.all([refresh(session.refreshCookie), refresh(session.refreshCookie)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 401]);
  });

  it("stores only a hash of the refresh token, never the token itself", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    expect(await ctx.db.refreshToken.findFirst({ where: { tokenHash: session.refreshCookie } })).toBeNull();
  });
});

describe("logout", () => {
  it("ends the whole family: a token rotated from the logged-out one no longer refreshes", async () => {
    const session = await login(ctx.app, DEMO.member);
    const rotated = refreshCookieOf(await refresh(session.refreshCookie));
    expect((await logout(rotated)).statusCode).toBe(204);
    expect((await refresh(rotated)).statusCode).toBe(401);
  });

  it("ends only this device's session; another device stays logged in", async () => {
    const laptop = await login(ctx.app, DEMO.member);
    const phone = await login(ctx.app, DEMO.member);
    expect((await logout(laptop.refreshCookie)).statusCode).toBe(204);
    expect((await refresh(laptop.refreshCookie)).statusCode).toBe(401);
    expect((await refresh(phone.refreshCookie)).statusCode).toBe(200);
  });

  it("answers 204 and clears the cookie without a session or with an unknown one", async () => {
    for (const cookie of [undefined, "not-a-real-token"]) {
      const response = await logout(cookie);
      expect(response.statusCode).toBe(204);
      expect(response.cookies.find((entry) => entry.name === "ap_refresh")?.value).toBe("");
    }
  });

  it("ends the access token at once (issue 16 D): after logout the same token gets 401, on every instance", async () => {
    const session = await login(ctx.app, DEMO.member);
    const other = await login(ctx.app, DEMO.member);
    const me = (token: Pick<Session, "accessToken">, app = ctx.app) => app.inject({ method: "GET", url: "/api/me", headers: bearer(token) });
    expect((await me(session)).statusCode).toBe(200);
    // The web sends its access token with the logout, next to the refresh cookie.
    const loggedOut = await ctx.app.inject({ method: "POST", url: "/api/auth/logout", headers: bearer(session), cookies: { ap_refresh: session.refreshCookie } });
    expect(loggedOut.statusCode).toBe(204);
    const refused = await me(session);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe("SESSION_ENDED");
    expect((await refresh(session.refreshCookie)).statusCode).toBe(401);
    // Another instance on the same database refuses it too: the revocation is in PostgreSQL, not in memory.
    const second = await buildTestApp(ctx.db, { clock: ctx.clock });
    try {
      expect((await me(session, second)).statusCode).toBe(401);
      // The other device's session is untouched.
      expect((await me(other, second)).statusCode).toBe(200);
    } finally {
      await second.close();
    }
    expect((await me(other)).statusCode).toBe(200);
  });

  it("ends the access token on a logout without the cookie too, and ignores a token that is invalid or already expired", async () => {
    const session = await login(ctx.app, DEMO.member);
    expect((await ctx.app.inject({ method: "POST", url: "/api/auth/logout", headers: bearer(session) })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: "GET", url: "/api/me", headers: bearer(session) })).statusCode).toBe(401);
    for (const authorization of ["Bearer not.a.token", "Basic abc"]) {
      expect((await ctx.app.inject({ method: "POST", url: "/api/auth/logout", headers: { authorization } })).statusCode).toBe(204);
    }
  });

  it("keeps a revoked token id only until the token would have expired", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    await ctx.app.inject({ method: "POST", url: "/api/auth/logout", headers: bearer(session) });
    const jti = JSON.parse(Buffer.from(session.accessToken.split(".")[1] ?? "", "base64url").toString()).jti as string;
    const row = await ctx.db.revokedAccessToken.findUniqueOrThrow({ where: { jti } });
    expect(row.expiresAt.getTime()).toBe(TEST_NOW.getTime() + 15 * 60 * 1000);
    // A later logout clears the ids whose tokens have expired by the app's clock.
    ctx.clock.advance(16 * 60 * 1000);
    try {
      const later = await login(ctx.app, DEMO.secretary);
      await ctx.app.inject({ method: "POST", url: "/api/auth/logout", headers: bearer(later) });
      expect(await ctx.db.revokedAccessToken.findUnique({ where: { jti } })).toBeNull();
    } finally {
      ctx.clock.set(TEST_NOW);
    }
  });
});
