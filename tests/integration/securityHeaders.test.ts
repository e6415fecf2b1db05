import { describe, expect, it } from "vitest";
import { loadConfig, parseTrustProxy } from "../../server/src/config.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";

// The app as it runs behind TLS in production: Secure cookies, HSTS, a small global limit.
const GLOBAL_LIMIT = 30;
const ctx = useTestApp({ cookieSecure: true, rateLimitPerMinute: GLOBAL_LIMIT, trustProxy: "127.0.0.1" });

function cspDirectives(header: string | string[] | number | undefined): Map<string, string> {
  return new Map(
    String(header)
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", ...values] = part.split(/\s+/);
        return [name, values.join(" ")] as const;
      }),
  );
}

describe("security headers", () => {
  it("sends a CSP that allows only the app's own origin for scripts, styles and requests, and forbids framing", async () => {
    for (const url of ["/", "/api/health", "/a/den-haag/agenda"]) {
      const response = await ctx.app.inject({ method: "GET", url, remoteAddress: "192.0.2.10" });
      const csp = cspDirectives(response.headers["content-security-policy"]);
      expect(csp.get("default-src"), url).toBe("'self'");
      expect(csp.get("script-src"), url).toBe("'self'");
      expect(csp.get("style-src"), url).toBe("'self'");
      expect(csp.get("connect-src"), url).toBe("'self'");
      expect(csp.get("object-src"), url).toBe("'none'");
      expect(csp.get("frame-ancestors"), url).toBe("'none'");
      expect(csp.has("upgrade-insecure-requests"), url).toBe(true);
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["x-frame-options"], url).toBe("SAMEORIGIN");
      expect(response.headers["strict-transport-security"], url).toMatch(/max-age=31536000/);
      expect(response.headers["referrer-policy"], url).toBe("same-origin");
      expect(response.headers["x-powered-by"], url).toBeUndefined();
    }
  });

  it("gives the API docs page swagger-ui's own CSP, still without inline scripts from anywhere", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/docs/", remoteAddress: "192.0.2.11" });
    expect(response.statusCode).toBe(200);
    const csp = cspDirectives(response.headers["content-security-policy"]);
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("does not answer cross-origin requests with CORS headers (CORS is off)", async () => {
    const preflight = await ctx.app.inject({
      method: "OPTIONS",
      url: "/api/branches/den-haag/series",
      remoteAddress: "192.0.2.12",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    });
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    expect(preflight.statusCode).toBeLessThan(500);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.headers["access-control-allow-credentials"]).toBeUndefined();

    const simple = await ctx.app.inject({ method: "GET", url: "/api/health", remoteAddress: "192.0.2.12", headers: { origin: "https://evil.example" } });
    expect(simple.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("the refresh cookie", () => {
  it("is Secure, HttpOnly, SameSite=Strict and scoped to /api/auth", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "192.0.2.20",
      payload: { email: DEMO.secretary, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((entry) => entry.name === "ap_refresh");
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "Strict", path: "/api/auth" });
    // The access token travels in the body only, never in a cookie a script could be tricked into sending.
    expect(response.cookies.map((entry) => entry.name)).toEqual(["ap_refresh"]);
  });
});

describe("the global rate limit", () => {
  it(`allows ${GLOBAL_LIMIT} requests a minute per IP on routes without their own limit, then 429 with Retry-After and a message`, async () => {
    const session = await login(ctx.app, DEMO.member);
    const read = (remoteAddress: string) =>
      ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/series", remoteAddress, headers: bearer(session) });
    for (let i = 0; i < GLOBAL_LIMIT; i += 1) expect((await read("198.51.100.30")).statusCode).toBe(200);
    const blocked = await read("198.51.100.30");
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(blocked.json()).toEqual({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/Too many requests\. Try again in \d+ seconds?\./) } });
    // Another address is counted on its own.
    expect((await read("198.51.100.31")).statusCode).toBe(200);
  });

  it("keys on the client's address from X-Forwarded-For only when the request comes through a trusted proxy", async () => {
    const viaProxy = (clientIp: string) =>
      ctx.app.inject({ method: "GET", url: "/api/health", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": clientIp } });
    for (let i = 0; i < GLOBAL_LIMIT; i += 1) expect((await viaProxy("203.0.113.50")).statusCode).toBe(200);
    expect((await viaProxy("203.0.113.50")).statusCode).toBe(429);
    // Another client behind the same proxy is not punished for the first one.
    expect((await viaProxy("203.0.113.51")).statusCode).toBe(200);

    // A client that talks to the app directly cannot pick its own key by sending the header.
    const direct = (forged: string) =>
      ctx.app.inject({ method: "GET", url: "/api/health", remoteAddress: "192.0.2.99", headers: { "x-forwarded-for": forged } });
    for (let i = 0; i < GLOBAL_LIMIT; i += 1) expect((await direct(`203.0.113.${100 + i}`)).statusCode).toBe(200);
    expect((await direct("203.0.113.250")).statusCode).toBe(429);
  });
});

describe("configuration of limits and proxies", () => {
  it("reads the global limit, Redis and proxy settings from the environment with a sane default", () => {
    const defaults = loadConfig({});
    expect(defaults.rateLimitPerMinute).toBe(600);
    expect(defaults.redisUrl).toBeUndefined();
    expect(defaults.trustProxy).toBe(false);
    const set = loadConfig({ RATE_LIMIT_PER_MINUTE: "120", REDIS_URL: "redis://cache:6379/0", TRUST_PROXY: "10.0.0.0/8,127.0.0.1" });
    expect(set).toMatchObject({ rateLimitPerMinute: 120, redisUrl: "redis://cache:6379/0", trustProxy: "10.0.0.0/8,127.0.0.1" });
  });

  it("refuses values that would silently do something else", () => {
    expect(() => loadConfig({ REDIS_URL: "cache:6379" })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => parseTrustProxy("2")).toThrow(/TRUST_PROXY: name the proxies' addresses/);
    expect(parseTrustProxy("true")).toBe(true);
    expect(parseTrustProxy("false")).toBe(false);
  });
});
