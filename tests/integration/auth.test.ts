import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMO, TEST_JWT_SECRET, bearer, login, refreshCookieOf, useTestApp } from "../support/app.ts";
import { TEST_NOW } from "../support/clock.ts";

const ctx = useTestApp();

const base64url = (value: object | string) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

function signToken(header: object, payload: object, secret = TEST_JWT_SECRET, algorithm = "sha256"): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest("base64url")}`;
}

// The app under test reads the pinned test clock, so tokens are made on its time, not the machine's.
const nowSeconds = () => Math.floor(TEST_NOW.getTime() / 1000);
// The issuer and audience this app signs and requires (issue 16 C), so each refusal is about the one thing it changes.
const OUR_CLAIMS = { iss: "afdelingsplanner", aud: "afdelingsplanner-api", jti: "5d0c7f52-7a4e-4c57-9a43-3c1f2b7e9d10" };

describe("POST /api/auth/login", () => {
  it("logs in the secretary and returns her branches with roles, and a httpOnly SameSite=strict refresh cookie", async () => {
    const response = await ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.secretary, password: DEMO_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(body.user).toMatchObject({ name: "Nadine Avéres", email: DEMO.secretary, isPlatformAdmin: false });
    expect(body.user.branches).toEqual([
      expect.objectContaining({ slug: "den-haag", name: "BIJ1 Den Haag", timeZone: "Europe/Amsterdam", roles: expect.arrayContaining(["secretary", "board_member", "member"]) }),
    ]);
    const cookie = response.cookies.find((entry) => entry.name === "ap_refresh");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/auth" });
    const header = JSON.parse(Buffer.from(body.accessToken.split(".")[0], "base64url").toString());
    expect(header.alg).toBe("HS256");
    const payload = JSON.parse(Buffer.from(body.accessToken.split(".")[1], "base64url").toString());
    expect(payload.exp - payload.iat).toBe(15 * 60);
  });

  it("accepts the email in any letter case", async () => {
    const upper = await ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "Nadine@BIJ1-DenHaag.example", password: DEMO_PASSWORD } });
    expect(upper.statusCode).toBe(200);
  });

  it("fails the same way for a wrong password and an unknown email", async () => {
    const wrongPassword = await ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.secretary, password: "not-her-password" } });
    const unknownEmail = await ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "nobody@bij1-denhaag.example", password: DEMO_PASSWORD } });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(unknownEmail.body).toBe(wrongPassword.body);
    expect(wrongPassword.json()).toEqual({ error: { code: "INVALID_CREDENTIALS", message: expect.stringMatching(/email address or password is incorrect/i) } });
    expect(wrongPassword.cookies).toHaveLength(0);
  });

  it.each([
    ["an empty body with a JSON content type", { headers: { "content-type": "application/json" }, payload: "" }, /empty/i],
    ["malformed JSON", { headers: { "content-type": "application/json" }, payload: "{email:" }, /not valid JSON/i],
    ["an empty object", { payload: {} }, /"email" is required/],
    ["a missing password", { payload: { email: DEMO.secretary } }, /"password" is required/],
    ["an email that is not an email", { payload: { email: "nadine", password: "x" } }, /"email" must be a valid email address/],
    ["a number as password", { payload: { email: DEMO.secretary, password: 12345 } }, /"password" must be string/],
    ["an empty password", { payload: { email: DEMO.secretary, password: "" } }, /"password"/],
    ["an unexpected field", { payload: { email: DEMO.secretary, password: "x", isPlatformAdmin: true } }, /"isPlatformAdmin" is not an accepted field/],
    ["an array instead of an object", { payload: [DEMO.secretary, DEMO_PASSWORD] }, /must be object/],
  ])("rejects %s with a 400 and a message", async (_label, request, message) => {
    const response = await ctx.app.inject({ method: "POST", url: "/api/auth/login", ...request });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toMatch(/^[A-Z_]+$/);
    expect(body.error.message).toMatch(message);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  });

  it("rejects a body that is not JSON with 415", async () => {
    const response = await ctx.app.inject({ method: "POST", url: "/api/auth/login", headers: { "content-type": "text/plain" }, payload: "email=x" });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toMatch(/application\/json/);
  });
});

describe("access tokens", () => {
  it("lets a valid token read /api/me", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: bearer(session) });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(DEMO.secretary);
  });

  it("refuses a request without a token", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/me" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("TOKEN_MISSING");
  });

  it("refuses an expired token", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const expired = signToken({ alg: "HS256", typ: "JWT" }, { ...OUR_CLAIMS, sub: session.userId, iat: nowSeconds() - 3600, exp: nowSeconds() - 60 });
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${expired}` } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("TOKEN_EXPIRED");
  });

  it("refuses a token whose payload was tampered with", async () => {
    const session = await login(ctx.app, DEMO.member);
    const admin = await login(ctx.app, DEMO.admin);
    const [header, , signature] = session.accessToken.split(".");
    const forgedPayload = base64url({ ...OUR_CLAIMS, sub: admin.userId, iat: nowSeconds(), exp: nowSeconds() + 600 });
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${header}.${forgedPayload}.${signature}` } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("TOKEN_INVALID");
  });

  it("refuses an unsigned alg:none token", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const unsigned = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ ...OUR_CLAIMS, sub: session.userId, iat: nowSeconds(), exp: nowSeconds() + 600 })}.`;
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${unsigned}` } });
    expect(response.statusCode).toBe(401);
  });

  it("refuses a token signed with the right secret but another algorithm (HS512)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const token = signToken({ alg: "HS512", typ: "JWT" }, { ...OUR_CLAIMS, sub: session.userId, iat: nowSeconds(), exp: nowSeconds() + 600 }, TEST_JWT_SECRET, "sha512");
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(401);
  });

  it("refuses a token signed with another secret", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const token = signToken({ alg: "HS256", typ: "JWT" }, { ...OUR_CLAIMS, sub: session.userId, iat: nowSeconds(), exp: nowSeconds() + 600 }, "another-secret-another-secret-another-secret");
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(401);
  });

  it("accepts a hand-signed HS256 token with the app's secret (so the refusals above are about the token, not the helper)", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const token = signToken({ alg: "HS256", typ: "JWT" }, { ...OUR_CLAIMS, sub: session.userId, iat: nowSeconds(), exp: nowSeconds() + 600 });
    const response = await ctx.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
  });
});

describe("refresh tokens", () => {
  const refresh = (cookie?: string) =>
    ctx.app.inject({ method: "POST", url: "/api/auth/refresh", ...(cookie ? { cookies: { ap_refresh: cookie } } : {}) });

  it("rotates the refresh cookie on every use and refuses the old one", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const first = await refresh(session.refreshCookie);
    expect(first.statusCode).toBe(200);
    expect(first.json().accessToken).toBeTruthy();
    const rotated = refreshCookieOf(first);
    expect(rotated).not.toBe(session.refreshCookie);

    const replay = await refresh(session.refreshCookie);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe("SESSION_ENDED");
  });

  it("revokes the whole family when an old token is reused, so the thief's newer token dies too", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const rotated = refreshCookieOf(await refresh(session.refreshCookie));
    expect((await refresh(session.refreshCookie)).statusCode).toBe(401);
    expect((await refresh(rotated)).statusCode).toBe(401);
  });

  it("keeps other sessions of the same user alive when one family is revoked", async () => {
    const laptop = await login(ctx.app, DEMO.secretary);
    const phone = await login(ctx.app, DEMO.secretary);
    await refresh(laptop.refreshCookie);
    await refresh(laptop.refreshCookie); // reuse: revokes the laptop family only
    expect((await refresh(phone.refreshCookie)).statusCode).toBe(200);
  });

  it("answers 401 without a cookie and with an unknown cookie", async () => {
    expect((await refresh()).statusCode).toBe(401);
    expect((await refresh("not-a-real-token")).statusCode).toBe(401);
  });

  it("ends the session on logout", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const logout = await ctx.app.inject({ method: "POST", url: "/api/auth/logout", cookies: { ap_refresh: session.refreshCookie } });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((entry) => entry.name === "ap_refresh")?.value).toBe("");
    expect((await refresh(session.refreshCookie)).statusCode).toBe(401);
  });
});
