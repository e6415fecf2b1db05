// The scale point of issue 17: does a request cost the same when the database holds ten times as many branches?
//
//   measureScale({ databaseUrl, small = 50, large = 500, membersPerBranch = 300, … }): Promise<ScaleResult>
//
// takes a migrated database of its own (empty, or holding scale branches from an earlier run, at most `small`),
// seeds `small` branches with bench/seedScale.ts, measures the main reads, grows the same database to `large`
// branches and measures again. The reads are the same requests on the same branches at both points (branches
// spread over 1…small, so they exist at both), made one at a time with app.inject on an app built in this
// process with the read cache off: every request is computed afresh, as after a write (the cold case). What
// is printed (printScale) is each read's p50 and p95 at both points and their ratios. The target, a
// per-request cost within 1.5× of the 50-branch one, is judged on the p50 ratio: the median is the cost of a
// request, while the p95 of a few hundred sequential requests on a shared 2-core machine mostly shows what
// else ran at that moment (printed beside it, not judged).
//
// Alone: `npm run bench:scale` (or `npx tsx bench/scale.ts`) starts an embedded PostgreSQL in a temp folder,
// measures, prints and removes the folder. Environment: SCALE_SMALL, SCALE_LARGE, SCALE_MEMBERS,
// SCALE_REQUESTS (requests per read and branch, default 30), SCALE_SAMPLE_BRANCHES (default 5).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/src/app.ts";
import { REPO_ROOT } from "../server/src/config.ts";
import { createDatabaseClient, type Database } from "../server/src/db/client.ts";
import { createDatabaseIfMissing } from "../server/src/db/bootstrap.ts";
import { startEmbeddedPostgres, withDatabase } from "../server/src/db/embedded.ts";
import { applyMigrations } from "../server/src/db/migrate.ts";
import { systemClock, type Clock } from "../server/src/lib/clock.ts";
import { freePort } from "../tests/support/globalSetup.ts";
import { scaleAccounts, scaleBranchSlug, scaleId, seedScale } from "./seedScale.ts";

export interface ScaleOptions {
  /** A migrated database for the scale point alone; it ends up holding `large` scale branches. */
  databaseUrl: string;
  /** Branches at the first point (default 50) and the second (default 500). */
  small?: number;
  large?: number;
  membersPerBranch?: number;
  /** How many branches the reads are made on (default 5, spread over 1…small). */
  sampleBranches?: number;
  /** Requests per read and branch at each point (default 30), after one unmeasured round. */
  requestsPerRead?: number;
  /** The day the seed sits around and the app's clock (default: now). */
  now?: Date;
  log?: (line: string) => void;
}

export interface ReadTiming {
  name: string;
  p50: number;
  p95: number;
  samples: number;
}

export interface ScalePoint {
  branches: number;
  /** Seconds the seed took to reach this point (from the point before). */
  seedSeconds: number;
  reads: ReadTiming[];
}

export interface ScaleResult {
  small: ScalePoint;
  large: ScalePoint;
  /** Per read: p50 and p95 at `large` divided by those at `small`; the target (SCALE_RATIO_TARGET) is on p50. */
  ratios: { name: string; p50: number; p95: number }[];
}

/** One main read of a scale branch, made as a member or a board member (the secretary). */
export interface HotRead {
  name: string;
  url: string;
  as: "member" | "boardMember" | "none";
}

export interface ScaleSessions {
  member: Record<string, string>;
  boardMember: Record<string, string>;
  /** The path of the member's personal ICS feed. */
  feedPath: string;
}

/** Logs in as the branch's member and secretary (with app.inject) and makes the member's feed link. */
export async function openScaleSessions(app: FastifyInstance, branch: number): Promise<ScaleSessions> {
  const accounts = scaleAccounts(branch);
  const bearerOf = async (email: string) => {
    const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password: accounts.password } });
    if (response.statusCode !== 200) throw new Error(`Login as ${email}: ${response.statusCode} ${response.body}`);
    return { authorization: `Bearer ${response.json<{ accessToken: string }>().accessToken}` };
  };
  const member = await bearerOf(accounts.member);
  const boardMember = await bearerOf(accounts.secretary);
  const feed = await app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: member });
  if (feed.statusCode !== 200) throw new Error(`Feed link: ${feed.statusCode} ${feed.body}`);
  return { member, boardMember, feedPath: new URL(feed.json<{ url: string }>().url).pathname };
}

/**
 * The reads issue 17 times, on scale branch `branch` around `today` (YYYY-MM-DD): the month's occurrences,
 * the roster, the people list, the last board meeting's agenda, the action list, goals, the working-group
 * overview and the member's personal ICS feed.
 */
export async function hotReads(db: Database, branch: number, today: string, sessions: Pick<ScaleSessions, "feedPath">): Promise<HotRead[]> {
  const base = `/api/branches/${scaleBranchSlug(branch)}`;
  const boardSeries = scaleId("series", branch, 1);
  const lastBoardMeeting = await db.meetingRecord.findFirst({ where: { seriesId: boardSeries, date: { lt: new Date(`${today}T00:00:00Z`) } }, orderBy: { date: "desc" }, select: { date: true } });
  if (!lastBoardMeeting) throw new Error(`Scale branch ${branch} has no closed board meeting before ${today}`);
  const month = today.slice(0, 7);
  const lastDay = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return [
    { name: "occurrences, 1 month", url: `${base}/occurrences?from=${month}-01&to=${lastDay}`, as: "member" },
    { name: "roster", url: `${base}/roster`, as: "boardMember" },
    { name: "people list", url: `${base}/people`, as: "boardMember" },
    { name: "agenda of a meeting", url: `${base}/meetings/${boardSeries}/${lastBoardMeeting.date.toISOString().slice(0, 10)}/agenda`, as: "member" },
    { name: "action list", url: `${base}/actions`, as: "member" },
    { name: "goals", url: `${base}/goals`, as: "member" },
    { name: "working-group overview", url: `${base}/working-groups/overview`, as: "member" },
    { name: "personal ICS feed", url: sessions.feedPath, as: "none" },
  ];
}

export const headersFor = (read: HotRead, sessions: ScaleSessions) => (read.as === "none" ? {} : sessions[read.as]);

/** The app as the bench builds it: limits out of the way, no read cache, the given clock. */
export function buildScaleApp(db: Database, clock: Clock): Promise<FastifyInstance> {
  return buildApp({
    config: {
      jwtSecret: "scale-bench-secret-scale-bench-secret-0123456789",
      cookieSecure: false,
      logLevel: "warn",
      webDistDir: path.join(REPO_ROOT, "web", "dist"),
      loginAttemptsPerMinute: 1_000_000,
      failedLoginsPerIp: 1_000_000,
      rateLimitPerMinute: 1_000_000,
      readCacheSeconds: 0,
    },
    db,
    ownsDatabase: false,
    clock,
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Seeds to `small`, measures, grows to `large`, measures again. See the top of this file. */
export async function measureScale(options: ScaleOptions): Promise<ScaleResult> {
  const small = options.small ?? 50;
  const large = options.large ?? 500;
  const members = options.membersPerBranch ?? 300;
  const sampleCount = Math.min(options.sampleBranches ?? 5, small);
  const requests = options.requestsPerRead ?? 30;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now);
  // A pinned day when asked for, else the system clock (tokens then expire as they would in production).
  const clock: Clock = options.now ? { now: () => new Date(now.getTime()) } : systemClock;
  // Spread over 1…small: the first, the last and evenly between.
  const sample = Array.from({ length: sampleCount }, (_, n) => (sampleCount === 1 ? 1 : 1 + Math.round((n * (small - 1)) / (sampleCount - 1))));

  const db = createDatabaseClient(options.databaseUrl);
  const app = await buildScaleApp(db, clock);
  try {
    const existing = await db.branch.count({ where: { slug: { startsWith: "schaal-" } } });
    if (existing > small) throw new Error(`The database holds ${existing} scale branches already, more than the first point's ${small}: give measureScale a fresh one.`);
    await app.ready();
    const point = async (branches: number): Promise<ScalePoint> => {
      log(`Seeding to ${branches} branches × ${members} members …`);
      const seeded = await seedScale(options.databaseUrl, { branches, membersPerBranch: members, today });
      log(`  ${seeded.added} branches added in ${seeded.seconds.toFixed(1)} s`);
      const timings = new Map<string, number[]>();
      const calls: { read: HotRead; headers: Record<string, string> }[] = [];
      for (const branch of sample) {
        const sessions = await openScaleSessions(app, branch);
        for (const read of await hotReads(db, branch, today, sessions)) calls.push({ read, headers: headersFor(read, sessions) });
      }
      // One unmeasured round warms the JIT and the connection pool; then every round asks each read once, so
      // a burst of other load on the machine lands on all reads alike rather than on one.
      for (let round = 0; round <= requests; round += 1) {
        for (const { read, headers } of calls) {
          const began = performance.now();
          const response = await app.inject({ method: "GET", url: read.url, headers });
          const took = performance.now() - began;
          if (response.statusCode !== 200) throw new Error(`${read.name} (${read.url}): ${response.statusCode} ${response.body.slice(0, 300)}`);
          if (round === 0) continue;
          const times = timings.get(read.name) ?? [];
          timings.set(read.name, times);
          times.push(took);
        }
      }
      const reads = [...timings].map(([name, times]) => {
        const sorted = [...times].sort((a, b) => a - b);
        return { name, p50: percentile(sorted, 50), p95: percentile(sorted, 95), samples: sorted.length };
      });
      return { branches, seedSeconds: seeded.seconds, reads };
    };
    const first = await point(small);
    const second = await point(large);
    const ratios = first.reads.map((read) => {
      const later = second.reads.find((other) => other.name === read.name);
      return { name: read.name, p50: (later?.p50 ?? Number.NaN) / read.p50, p95: (later?.p95 ?? Number.NaN) / read.p95 };
    });
    return { small: first, large: second, ratios };
  } finally {
    await app.close();
    await db.$disconnect();
  }
}

export const SCALE_RATIO_TARGET = 1.5;

/** The figures as a table, with the seed times and the target. */
export function printScale(result: ScaleResult, print: (line: string) => void = console.log): void {
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  print(`Scale point: ${result.small.branches} → ${result.large.branches} branches (seeded in ${fixed(result.small.seedSeconds)} s, then ${fixed(result.large.seedSeconds)} s more); read cache off, one request at a time (app.inject)`);
  const rows = [["read", `p50 @${result.small.branches}`, `p95 @${result.small.branches}`, `p50 @${result.large.branches}`, `p95 @${result.large.branches}`, "× p50", "× p95", `target: × p50 ≤ ${SCALE_RATIO_TARGET}`]];
  for (const read of result.small.reads) {
    const later = result.large.reads.find((other) => other.name === read.name);
    const ratio = result.ratios.find((other) => other.name === read.name);
    if (!later || !ratio) continue;
    rows.push([read.name, fixed(read.p50), fixed(read.p95), fixed(later.p50), fixed(later.p95), fixed(ratio.p50, 2), fixed(ratio.p95, 2), ratio.p50 <= SCALE_RATIO_TARGET ? "met" : "MISSED ✗"]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows) print(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ").trimEnd());
  print("(ms; p50/p95 over every request of every sampled branch)");
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-scale-"));
  await chmod(root, 0o755); // the embedded server runs as the postgres user when we are root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await freePort() });
  try {
    await createDatabaseIfMissing(pg.adminUrl, "scale");
    const databaseUrl = withDatabase(pg.adminUrl, "scale");
    await applyMigrations(databaseUrl);
    const number = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
    const result = await measureScale({
      databaseUrl,
      small: number("SCALE_SMALL"),
      large: number("SCALE_LARGE"),
      membersPerBranch: number("SCALE_MEMBERS"),
      requestsPerRead: number("SCALE_REQUESTS"),
      sampleBranches: number("SCALE_SAMPLE_BRANCHES"),
      log: console.log,
    });
    console.log("");
    printScale(result);
  } finally {
    await pg.stop();
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
