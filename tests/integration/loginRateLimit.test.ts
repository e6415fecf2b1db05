import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMO, useTestApp } from "../support/app.ts";

const ctx = useTestApp({ loginAttemptsPerMinute: 5 });

describe("login rate limit", () => {
  const attempt = (email: string, password = "wrong-password", ip = "203.0.113.7") =>
    ctx.app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: ip, payload: { email, password } });

  it("allows 5 attempts a minute per IP and email, then answers 429 with Retry-After", async () => {
    for (let i = 0; i < 5; i += 1) expect((await attempt(DEMO.secretary)).statusCode).toBe(401);
    const blocked = await attempt(DEMO.secretary, DEMO_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(blocked.json()).toEqual({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/Too many requests\. Try again in/) } });
  });

  it("counts another email, or the same email from another IP, separately", async () => {
    expect((await attempt(DEMO.treasurer, DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await attempt(DEMO.secretary, DEMO_PASSWORD, "198.51.100.4")).statusCode).toBe(200);
  });
});
