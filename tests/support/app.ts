import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../../server/src/app.ts";
import { REPO_ROOT } from "../../server/src/config.ts";
import type { Database } from "../../server/src/db/client.ts";
import { DEMO_PASSWORD, seedDemoData } from "../../server/src/demo/seed.ts";
import { createTestDatabase } from "./database.ts";
import { pinnedClock, TEST_NOW, type TestClock } from "./clock.ts";
import path from "node:path";

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
export const TEST_MAIL_FROM = "BIJ1 Den Haag <secretariaat@bij1-denhaag.example>";
export const TEST_PUBLIC_URL = "http://afdelingsplanner.test";

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  url: string;
  /** The app's clock, pinned at TEST_NOW; a test may move it (it starts there again in the next file). */
  clock: TestClock;
}

export interface TestAppOverrides {
  loginAttemptsPerMinute?: number;
  /** Failed logins per IP in 10 minutes, over all accounts (issue 16 B); generous unless a test sets it. */
  failedLoginsPerIp?: number;
  guestRequestsPerHour?: number;
  rateLimitPerMinute?: number;
  redisUrl?: string;
  cookieSecure?: boolean;
  trustProxy?: boolean | string;
  readCacheSeconds?: number;
  /** Answers say x-read-cache: hit or miss (READ_CACHE_HEADER=1). */
  readCacheHeader?: boolean;
  /** The SMTP URL of the test's own smtp-server; unset: mail is off and stays in the outbox. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Where mail links point; defaults to http://afdelingsplanner.test. */
  publicUrl?: string;
  /** How often the outbox worker runs with mail on (default 2 s); 0: only when the test calls drainOutbox. */
  mailWorkerIntervalMs?: number;
  /** Defaults to a fresh clock pinned at TEST_NOW. */
  clock?: TestClock;
  /** Run the scheduled jobs (pg-boss) on this database URL; unset: no jobs, as in most tests. */
  jobsDatabaseUrl?: string;
  /** Defaults to "silent"; logRedaction.test.ts reads the log lines. */
  logLevel?: string;
  /** Where log lines go instead of standard output. */
  logStream?: { write(line: string): unknown };
}

/**
 * The app as tests build it: generous limits (the limits themselves are tested with small ones in
 * loginRateLimit, guestRequests and securityHeaders tests) and no read cache (some tests write to the
 * database directly between reads; readCache.test.ts turns it on). Not ready yet: callers may add hooks.
 */
export function buildTestApp(db: Database, overrides: TestAppOverrides = {}, ownsDatabase = false): Promise<FastifyInstance> {
  return buildApp({
    config: {
      jwtSecret: TEST_JWT_SECRET,
      cookieSecure: overrides.cookieSecure ?? false,
      logLevel: overrides.logLevel ?? "silent",
      webDistDir: path.join(REPO_ROOT, "web", "dist"),
      loginAttemptsPerMinute: overrides.loginAttemptsPerMinute ?? 10_000,
      failedLoginsPerIp: overrides.failedLoginsPerIp ?? 10_000,
      guestRequestsPerHour: overrides.guestRequestsPerHour ?? 10_000,
      rateLimitPerMinute: overrides.rateLimitPerMinute ?? 1_000_000,
      redisUrl: overrides.redisUrl,
      trustProxy: overrides.trustProxy,
      readCacheSeconds: overrides.readCacheSeconds ?? 0,
      readCacheHeader: overrides.readCacheHeader,
      smtpUrl: overrides.smtpUrl,
      mailFrom: overrides.mailFrom ?? TEST_MAIL_FROM,
      publicUrl: overrides.publicUrl ?? TEST_PUBLIC_URL,
    },
    db,
    ownsDatabase,
    clock: overrides.clock ?? pinnedClock(),
    mailWorkerIntervalMs: overrides.mailWorkerIntervalMs,
    logStream: overrides.logStream,
    jobsDatabaseUrl: overrides.jobsDatabaseUrl,
  });
}

/**
 * Registers beforeAll/afterAll hooks that give the test file its own database, seeded with the
 * demo branches, and an app built on it. Read the fields inside tests, not at import time.
 */
export function useTestApp(overrides: TestAppOverrides = {}): TestApp {
  const context = {} as TestApp;
  let drop = async () => {};
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    await seedDemoData(database.db, TEST_NOW);
    context.db = database.db;
    context.url = database.url;
    context.clock = overrides.clock ?? pinnedClock();
    context.app = await buildTestApp(database.db, { ...overrides, clock: context.clock });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await drop();
  });
  return context;
}

export interface Session {
  accessToken: string;
  refreshCookie: string;
  userId: string;
}

export function refreshCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((entry) => entry.name === "ap_refresh");
  if (!cookie?.value) throw new Error(`No refresh cookie in response ${response.statusCode}: ${response.body}`);
  return cookie.value;
}

export async function login(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`Login as ${email} failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ accessToken: string; user: { id: string } }>();
  return { accessToken: body.accessToken, refreshCookie: refreshCookieOf(response), userId: body.user.id };
}

export const bearer = (session: Pick<Session, "accessToken">) => ({ authorization: `Bearer ${session.accessToken}` });

export const DEMO = {
  secretary: "nadine@bij1-denhaag.example",
  treasurer: "tim@bij1-denhaag.example",
  member: "lid@bij1-denhaag.example",
  utrechtMember: "lid@bij1-utrecht.example",
  admin: "admin@bij1-denhaag.example",
} as const;
