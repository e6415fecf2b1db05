import { describe, expect, it } from "vitest";
import type { FastifyInstance, InjectOptions } from "fastify";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMO, useTestApp } from "../support/app.ts";

// Issue 16 (security round two), finding B: password spraying. The login limit counted per IP and email
// together, so one address could try one password against every account. Failed logins are now limited per
// IP across all accounts too (30 per 10 minutes by default), with 429 and Retry-After; behind a proxy
// (TRUST_PROXY) the count is per client address. Sharing through Redis: redisRateLimit.test.ts.

const FAILED_LOGINS_PER_IP = 30;
const ctx = useTestApp({ failedLoginsPerIp: FAILED_LOGINS_PER_IP });
const behindProxy = useTestApp({ failedLoginsPerIp: FAILED_LOGINS_PER_IP, trustProxy: "127.0.0.1" });

const spray = async (app: FastifyInstance, count: number, request: (i: number) => InjectOptions) => {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await app.inject(request(i));
    statuses.push(response.statusCode);
    if (response.statusCode === 429) {
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
      expect(response.json().error.code).toBe("RATE_LIMITED");
      break;
    }
  }
  return statuses;
};

describe("failed logins per IP across all accounts (issue 16 B)", () => {
  it("stops 650 different emails from one IP well before the end: 429 with Retry-After after 30 failures", async () => {
    const statuses = await spray(ctx.app, 650, (i) => ({
      method: "POST" as const,
      url: "/api/auth/login",
      remoteAddress: "203.0.113.60",
      payload: { email: `sprayed-${i}@example.org`, password: "Welkom2026!" },
    }));
    console.info(`spraying 650 emails from one IP: ${statuses.filter((status) => status === 401).length} × 401, then ${statuses.at(-1)} at attempt ${statuses.length}`);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBe(FAILED_LOGINS_PER_IP + 1);
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
  });

  it("refuses even the right password from that IP until the window ends, and lets other IPs log in", async () => {
    const blocked = await ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "203.0.113.60", payload: { email: DEMO.member, password: DEMO_PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "203.0.113.61", payload: { email: DEMO.member, password: DEMO_PASSWORD } });
    expect(elsewhere.statusCode).toBe(200);
  });

  it("does not count successful logins: a meeting's worth of members behind one NAT address can log in", async () => {
    for (let i = 0; i < FAILED_LOGINS_PER_IP + 5; i += 1) {
      const response = await ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "203.0.113.62", payload: { email: DEMO.secretary, password: DEMO_PASSWORD } });
      expect(response.statusCode).toBe(200);
    }
  });

  it("behind a trusted proxy, counts per client address from X-Forwarded-For, not per proxy", async () => {
    const viaProxy = (client: string, i: number) => ({
      method: "POST" as const,
      url: "/api/auth/login",
      remoteAddress: "127.0.0.1",
      headers: { "x-forwarded-for": client },
      payload: { email: `proxied-${i}@example.org`, password: "Welkom2026!" },
    });
    const statuses = await spray(behindProxy.app, 650, (i) => viaProxy("198.51.100.70", i));
    expect(statuses.length).toBe(FAILED_LOGINS_PER_IP + 1);
    expect(statuses.at(-1)).toBe(429);
    // Another client behind the same proxy is not affected.
    const other = await behindProxy.app.inject({ ...viaProxy("198.51.100.71", 0), payload: { email: DEMO.member, password: DEMO_PASSWORD } });
    expect(other.statusCode).toBe(200);
  });
});
