import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, InjectOptions } from "fastify";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDatabaseIfMissing } from "../../server/src/db/bootstrap.ts";
import { createDatabaseClient, type Database } from "../../server/src/db/client.ts";
import { startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from "../../server/src/db/embedded.ts";
import { applyMigrations } from "../../server/src/db/migrate.ts";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { buildTestApp, DEMO, bearer, login, type Session } from "../support/app.ts";
import { freePort } from "../support/globalSetup.ts";
import { testToday, TEST_NOW } from "../support/clock.ts";

/*
 * The database goes away under a running app and comes back. This file runs its own embedded
 * PostgreSQL (not the shared one of the test run), because it stops and starts it.
 */
let dataRoot = "";
let port = 0;
let server: EmbeddedDatabase | undefined;
let db: Database;
let app: FastifyInstance;
/** The same app with the read cache on, as in production (READ_CACHE_SECONDS defaults to 10): its onSend hook writes too. */
let cachedApp: FastifyInstance;
let url = "";
const OUTAGE_MESSAGE = "The database cannot be reached right now. Try again in a minute; nothing you entered has been saved.";
const today = () => testToday();

beforeAll(async () => {
  // Under the system temp dir and 0755: as root, the postgres user must reach its data folder inside.
  dataRoot = await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-outage-"));
  await chmod(dataRoot, 0o755);
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port });
  await createDatabaseIfMissing(server.adminUrl, "outage");
  url = withDatabase(server.adminUrl, "outage");
  await applyMigrations(url);
  db = createDatabaseClient(url);
  await seedDemoData(db, TEST_NOW);
  app = await buildTestApp(db, {}, true);
  await app.ready();
  cachedApp = await buildTestApp(db, { readCacheSeconds: 10 });
  await cachedApp.ready();
}, 120_000);

afterAll(async () => {
  await cachedApp?.close().catch(() => {});
  await app?.close().catch(() => {});
  await server?.stop().catch(() => {});
  if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
}, 60_000);

/** app.inject, but failing the test instead of hanging when the app does not answer within `ms`. */
async function timed(options: InjectOptions, ms = 8_000) {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const response = await Promise.race([
    app.inject(options),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${JSON.stringify(options)} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
  return { response, elapsed: Date.now() - started };
}

/** Repeats `attempt` until it returns true, or fails after `ms`. */
async function eventually(what: string, attempt: () => Promise<boolean>, ms = 20_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await attempt().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

describe("when the database goes down and comes back", { timeout: 120_000 }, () => {
  let tim: Session;
  let organizing = "";
  const occurrencesUrl = `/api/branches/den-haag/occurrences?from=2027-01-01&to=2027-01-31`;

  it("works normally first", async () => {
    tim = await login(app, DEMO.treasurer);
    expect((await app.inject({ method: "GET", url: occurrencesUrl, headers: bearer(tim) })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/health" })).json()).toEqual({ status: "ok", database: "up" });
    organizing = (await db.workingGroup.findFirstOrThrow({ where: { slug: "organizing" } })).id;
  });

  it("answers 503 with a clear message while it is down: health, reads, writes and login, each within seconds", async () => {
    await server?.stop();

    const health = await timed({ method: "GET", url: "/api/health" });
    expect(health.response.statusCode).toBe(503);
    expect(health.response.json()).toEqual({ status: "degraded", database: "down", code: "DATABASE_UNAVAILABLE", reason: "The database does not answer." });
    expect(health.elapsed).toBeLessThan(6_000);

    for (const read of [occurrencesUrl, "/api/branches/den-haag/roster"]) {
      const { response, elapsed } = await timed({ method: "GET", url: read, headers: bearer(tim) });
      expect(response.statusCode, read).toBe(503);
      expect(response.json()).toEqual({ error: { code: "DATABASE_UNAVAILABLE", message: OUTAGE_MESSAGE } });
      expect(response.headers["retry-after"]).toBeDefined();
      expect(elapsed).toBeLessThan(6_000);
    }

    const write = await timed({
      method: "POST",
      url: "/api/branches/den-haag/activities",
      headers: bearer(tim),
      payload: { type: "demonstration", date: today(), workingGroupId: organizing, note: "tijdens de storing" },
    });
    expect(write.response.statusCode).toBe(503);
    expect(write.response.json().error.code).toBe("DATABASE_UNAVAILABLE");

    const signIn = await timed({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.treasurer, password: "welkom-in-den-haag" } });
    expect(signIn.response.statusCode).toBe(503);
    expect(signIn.response.json().error.code).toBe("DATABASE_UNAVAILABLE");
  });

  it("answers every method with the standard 503 body and no internals, with the read cache on too (issue 16 G)", async () => {
    const writes: InjectOptions[] = [
      { method: "POST", url: "/api/branches/den-haag/activities", headers: bearer(tim), payload: { type: "demonstration", date: today(), workingGroupId: organizing, note: "tijdens de storing" } },
      { method: "PUT", url: "/api/branches/den-haag/roster/policy", headers: bearer(tim), payload: { termLengthMonths: 24, maxConsecutiveTerms: 3, endingSoonWindowMonths: 3, version: 1 } },
      { method: "PATCH", url: `/api/branches/den-haag/goals/00000000-0000-4000-8000-000000000000`, headers: bearer(tim), payload: { title: "x", version: 1 } },
      { method: "DELETE", url: `/api/branches/den-haag/series/00000000-0000-4000-8000-000000000000`, headers: bearer(tim) },
      { method: "POST", url: "/api/auth/login", payload: { email: DEMO.treasurer, password: "welkom-in-den-haag" } },
      { method: "POST", url: "/api/auth/logout", headers: bearer(tim) },
      { method: "GET", url: occurrencesUrl, headers: bearer(tim) },
    ];
    const leaks: string[] = [];
    for (const [name, instance] of [["without read cache", app], ["with read cache", cachedApp]] as const) {
      for (const request of writes) {
        const response = await instance.inject(request);
        const where = `${name}: ${request.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
        // Logout ends nothing it cannot reach and still answers 204; everything else is the outage.
        if (request.url === "/api/auth/logout" && response.statusCode === 204) continue;
        if (response.statusCode !== 503) leaks.push(where);
        else if (JSON.stringify(response.json()) !== JSON.stringify({ error: { code: "DATABASE_UNAVAILABLE", message: OUTAGE_MESSAGE } })) leaks.push(where);
        if (/P\d{4}|127\.0\.0\.1|localhost|:\d{4,5}\b|prisma/i.test(response.body)) leaks.push(`internals in ${where}`);
      }
    }
    expect(leaks, leaks.join("\n")).toEqual([]);
  });

  it("recovers by itself once the database is back, without rebuilding the app, and the failed write is not there", async () => {
    server = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port });

    const waited = await eventually("health 200", async () => (await timed({ method: "GET", url: "/api/health" })).response.statusCode === 200);
    expect(waited).toBeLessThan(10_000);
    expect((await app.inject({ method: "GET", url: occurrencesUrl, headers: bearer(tim) })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/branches/den-haag/roster", headers: bearer(tim) })).statusCode).toBe(200);
    const again = await login(app, DEMO.treasurer);
    expect(again.accessToken).toBeTruthy();

    expect(await db.activity.count({ where: { note: "tijdens de storing" } })).toBe(0);
    const write = await app.inject({
      method: "POST",
      url: "/api/branches/den-haag/activities",
      headers: bearer(again),
      payload: { type: "demonstration", date: today(), workingGroupId: organizing, note: "na de storing" },
    });
    expect(write.statusCode).toBe(201);
    expect(await db.activity.count({ where: { note: "na de storing" } })).toBe(1);
  });
});
