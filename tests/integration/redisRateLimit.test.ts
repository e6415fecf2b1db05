import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildTestApp, useTestApp } from "../support/app.ts";
import { freePort } from "../support/globalSetup.ts";

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";
// CI installs redis-server and sets REQUIRE_REDIS=1, so this suite cannot be skipped there by accident.
const redisAvailable = existsSync(REDIS_SERVER) || process.env.REQUIRE_REDIS === "1";
const LIMIT = 12;
const FAILED_LOGINS = 6;

describe.skipIf(!redisAvailable)("rate limits shared through Redis (REDIS_URL) by several instances", () => {
  // useTestApp gives the seeded database; two more instances share it and one Redis, as in production.
  let redisPort = 0;
  let redis: ChildProcess | undefined;
  const first = useTestApp();
  let instanceA: FastifyInstance;
  let instanceB: FastifyInstance;

  beforeAll(async () => {
    redisPort = await freePort();
    // Redis is a peer, not the app: it runs on the machine's own clock. Under CI's faketime runs it would
    // inherit libfaketime, which it cannot start with ("unexpected recursive calls to clock_gettime()").
    const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...realClock } = process.env;
    redis = spawn(REDIS_SERVER, ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore", env: realClock });
    await waitForPort(redisPort);
    const build = () =>
      buildTestApp(first.db, { rateLimitPerMinute: LIMIT, loginAttemptsPerMinute: 5, failedLoginsPerIp: FAILED_LOGINS, redisUrl: `redis://127.0.0.1:${redisPort}` });
    instanceA = await build();
    instanceB = await build();
  });

  afterAll(async () => {
    await instanceA?.close();
    await instanceB?.close();
    redis?.kill("SIGTERM");
  });

  it("counts one client's requests across both instances: the limit is not doubled by adding an instance", async () => {
    const from = (app: FastifyInstance) => app.inject({ method: "GET", url: "/api/health", remoteAddress: "198.51.100.60" });
    for (let i = 0; i < LIMIT; i += 1) expect((await from(i % 2 === 0 ? instanceA : instanceB)).statusCode).toBe(200);
    const blockedOnA = await from(instanceA);
    const blockedOnB = await from(instanceB);
    expect([blockedOnA.statusCode, blockedOnB.statusCode]).toEqual([429, 429]);
    expect(Number(blockedOnB.headers["retry-after"])).toBeGreaterThan(0);
    expect(blockedOnB.json().error.code).toBe("RATE_LIMITED");
  });

  it("shares the login limit per IP and email as well", async () => {
    const attempt = (app: FastifyInstance) =>
      app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "198.51.100.61", payload: { email: "nadine@bij1-denhaag.example", password: "wrong-password" } });
    for (let i = 0; i < 5; i += 1) expect((await attempt(i % 2 === 0 ? instanceA : instanceB)).statusCode).toBe(401);
    const blocked = await attempt(instanceB);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("shares the failed-login limit per IP over all accounts (issue 16 B): spraying across instances adds up", async () => {
    const attempt = (app: FastifyInstance, i: number) =>
      app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: "198.51.100.63", payload: { email: `sprayed-${i}@example.org`, password: "wrong-password" } });
    for (let i = 0; i < FAILED_LOGINS; i += 1) expect((await attempt(i % 2 === 0 ? instanceA : instanceB, i)).statusCode).toBe(401);
    const blocked = await attempt(instanceA, FAILED_LOGINS);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("keeps serving when Redis goes away (limits pause; the app does not fail with it)", async () => {
    redis?.kill("SIGTERM");
    await new Promise<void>((resolve) => redis?.once("exit", () => resolve()));
    const response = await instanceA.inject({ method: "GET", url: "/api/health", remoteAddress: "198.51.100.62" });
    expect(response.statusCode).toBe(200);
  });
});

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`redis-server did not listen on ${port} within ${timeoutMs} ms`);
}
