import { describe, expect, it } from "vitest";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";

// Issue 16 (security round two), finding A: a 100,000-key JSON body sent to /api/auth/login cost about half
// a second of CPU and came back as a 3.4 MB error, and the login limit ran only after validation. Hostile
// bodies are now refused before they cost anything: small per-route body limits, a cap on the keys of any
// JSON object, validation that stops at the first problem, error bodies of at most 4 KB, and the login limit
// before validation.

const ctx = useTestApp({ loginAttemptsPerMinute: 5 });

const ERROR_BODY_MAX = 4 * 1024;

/** {"a":0,"b":0,…}: `keys` short keys (base 36, so 100,000 of them fit in under 1 MB, the old limit). */
const manyKeys = (keys: number, extra: Record<string, unknown> = {}) => {
  const object: Record<string, unknown> = { ...extra };
  for (let i = 0; i < keys; i += 1) object[`_${i.toString(36)}`] = 0;
  return JSON.stringify(object);
};

describe("hostile bodies are refused early and cheaply (issue 16 A)", () => {
  it("answers a 100,000-key login body with a 4xx whose body is under 20 KB", async () => {
    const payload = manyKeys(100_000, { email: "x@example.org", password: "wrong-password" });
    expect(Buffer.byteLength(payload)).toBeLessThan(1024 * 1024);
    const response = await ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "203.0.113.40", headers: { "content-type": "application/json" }, payload });
    console.info(`100,000-key login body (${Buffer.byteLength(payload)} bytes): ${response.statusCode}, ${Buffer.byteLength(response.body)} bytes`);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(Buffer.byteLength(response.body)).toBeLessThan(20 * 1024);
    expect(response.json()).toEqual({ error: { code: "BODY_TOO_LARGE", message: expect.stringContaining("4 KB") } });
  });

  it("gives login a 4 KB body limit: a 5 KB body is refused before it is parsed", async () => {
    const payload = JSON.stringify({ email: "x@example.org", password: "p".repeat(5 * 1024) });
    const response = await ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "203.0.113.41", headers: { "content-type": "application/json" }, payload });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("BODY_TOO_LARGE");
  });

  it("refuses a JSON object with more keys than any form has, with 413 TOO_MANY_FIELDS, on every JSON route", async () => {
    const board = await login(ctx.app, DEMO.treasurer);
    // 2,000 keys in about 20 KB: under the default body limit, so the key cap is what refuses it.
    const payload = manyKeys(2_000);
    expect(Buffer.byteLength(payload)).toBeLessThan(32 * 1024);
    const response = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/goals", headers: { ...bearer(board), "content-type": "application/json" }, payload });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { code: "TOO_MANY_FIELDS", message: expect.stringMatching(/at most \d+ fields/) } });
    // Nested objects count too.
    const nested = await ctx.app.inject({
      method: "POST",
      url: "/api/branches/den-haag/goals",
      headers: { ...bearer(board), "content-type": "application/json" },
      payload: `{"title":"x","shape":${manyKeys(500)}}`,
    });
    expect(nested.statusCode).toBe(413);
    expect(nested.json().error.code).toBe("TOO_MANY_FIELDS");
  });

  it("gives other JSON routes a default limit well under 1 MB", async () => {
    const board = await login(ctx.app, DEMO.treasurer);
    const payload = JSON.stringify({ title: "x".repeat(200 * 1024) });
    const response = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/goals", headers: { ...bearer(board), "content-type": "application/json" }, payload });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { code: "BODY_TOO_LARGE", message: expect.stringContaining("64 KB") } });
  });

  it("stops validating at the first problem: fifty wrong fields give a one-problem message", async () => {
    const board = await login(ctx.app, DEMO.treasurer);
    const payload = JSON.stringify(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`wrong${i}`, 1])));
    const response = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/goals", headers: { ...bearer(board), "content-type": "application/json" }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("VALIDATION_FAILED");
    expect(response.json().error.message.split(";")).toHaveLength(1);
  });

  it("keeps every error body at most 4 KB, even when the message would echo a long address", async () => {
    const response = await ctx.app.inject({ method: "GET", url: `/api/${"a".repeat(90)}/${"b/".repeat(3_000)}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("ROUTE_NOT_FOUND");
    expect(Buffer.byteLength(response.body)).toBeLessThanOrEqual(ERROR_BODY_MAX);
  });

  it("applies the login limit before validation: once it is reached even a malformed body gets 429", async () => {
    const ip = "203.0.113.42";
    const attempt = (payload: unknown) => ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: ip, payload: payload as Record<string, unknown> });
    for (let i = 0; i < 5; i += 1) expect((await attempt({ email: DEMO.member, password: "wrong-password" })).statusCode).toBe(401);
    const malformed = await attempt({ email: DEMO.member, password: "wrong-password", extra: "field" });
    expect(malformed.statusCode).toBe(429);
    expect(Number(malformed.headers["retry-after"])).toBeGreaterThan(0);
  });
});
