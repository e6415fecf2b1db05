// npm run bench:profile (builds first): where the time of each main read goes when the read cache is off (issue 17, part 1).
//
// For each read, the compiled server (server/dist/server.js, as `npm start` runs it) starts in its own process
// with --cpu-prof, READ_CACHE_SECONDS=0 and JOBS=off, autocannon loads that one read, and the server stops, which
// writes its V8 CPU profile. The script then prints per request:
//   - the server's CPU (from /proc, user + system) and PostgreSQL's CPU (every backend of the cluster, from /proc),
//     which is the "SQL" part;
//   - the server's CPU split by where the profile's samples fall: the Prisma client and its query compiler
//     (Wasm), the pg driver, Fastify and its JSON serialisation, ical-generator, this project's own code (route,
//     mapping, rrule expansion in shared/), garbage collection, and the rest.
// The profiles stay in BENCH_PROFILE_DIR (default /tmp/afdelingsplanner-profiles) for Chrome DevTools or speedscope.
//
// Environment: BENCH_DATA_DIR (the seeded PostgreSQL of `npm run bench`; seeded here when empty), BENCH_SECONDS
// (load per read, default 5), BENCH_CONNECTIONS (default 8), BENCH_PROFILE_ONLY (a substring of the read's name).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { REPO_ROOT } from "../server/src/config.ts";
import { createDatabaseClient } from "../server/src/db/client.ts";
import { createDatabaseIfMissing } from "../server/src/db/bootstrap.ts";
import { startEmbeddedPostgres, withDatabase } from "../server/src/db/embedded.ts";
import { applyMigrations } from "../server/src/db/migrate.ts";
import { DEMO_PASSWORD } from "../server/src/demo/seed.ts";
import { freePort } from "../tests/support/globalSetup.ts";
import { LARGE, seedLarge } from "./seedLarge.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const PROFILE_DIR = path.resolve(process.env.BENCH_PROFILE_DIR ?? path.join(os.tmpdir(), "afdelingsplanner-profiles"));
// The flags `npm start` uses (server/package.json); BENCH_NODE_OPTIONS compares others, e.g. a larger young generation.
const NODE_FLAGS = (process.env.BENCH_NODE_OPTIONS ?? "--max-semi-space-size=1 --optimize-for-size").split(" ").filter(Boolean);
const JWT_SECRET = "bench-secret-bench-secret-bench-secret!";
const TICKS_PER_MS = 100 / 1000; // /proc's clock ticks (USER_HZ = 100)

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a profile sample falls, by the script or package of its function. */
function categoryOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return "idle";
  if (functionName === "(program)") return "V8 and native (program)";
  if (url.startsWith("wasm://") || /query_compiler|query_engine|\.wasm/.test(url)) return "Prisma query compiler (Wasm)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    if (pkg.startsWith("@prisma/") || pkg === "prisma") return "Prisma client";
    if (pkg.startsWith("pg") || pkg === "postgres-array" || pkg === "postgres-date") return "pg driver";
    if (pkg === "fastify" || pkg.startsWith("@fastify/") || pkg === "fast-json-stringify" || pkg === "find-my-way" || pkg === "light-my-request" || pkg === "avvio") return "Fastify (routing, validation, serialisation)";
    if (pkg === "ical-generator") return "ical-generator";
    if (pkg === "rrule") return "rrule expansion";
    if (pkg === "pino" || pkg.startsWith("pino-")) return "logging";
    return `other packages (${pkg})`;
  }
  if (url.includes("server/dist/server.js") || url.includes("/server/src/") || url.includes("/shared/src/")) return "own code (routes, mapping, shared/)";
  if (url.startsWith("node:") || url === "") return "Node internals (sockets, buffers, JSON)";
  return "other";
}

/** Only the samples of the load run: the profile also holds the server's start (module loading) and its warm-up. */
function summarise(profile: CpuProfile, loadMs: number): { totalMs: number; byCategory: Map<string, number>; ownTop: [string, number][] } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // The server stops right after the load run, so the run is the profile's last loadMs (less the stop itself).
  const from = profile.endTime - (loadMs - 100) * 1000;
  let at = profile.startTime;
  const byCategory = new Map<string, number>();
  const own = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    at += profile.timeDeltas[index] ?? 0;
    if (!node || at < from) return;
    const category = categoryOf(node.callFrame);
    if (category === "idle") return;
    totalMs += ms;
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
    if (category.startsWith("own code")) {
      const name = `${node.callFrame.functionName || "(anonymous)"}`;
      own.set(name, (own.get(name) ?? 0) + ms);
    }
  });
  return { totalMs, byCategory, ownTop: [...own.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6) };
}

/** user + system CPU of a process in ms, and of its children that have exited. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    // After "(comm) ": state is 0, so utime (field 14) is index 11, stime 12, cutime 13, cstime 14.
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_MS;
  } catch {
    return 0; // it exited meanwhile; its parent's cutime holds it
  }
}

/** The CPU of a PostgreSQL cluster: the postmaster and every process it started. */
function postgresCpuMs(postmasterPid: number): number {
  let total = cpuMsOf(postmasterPid);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]);
      if (ppid === postmasterPid) total += cpuMsOf(Number(entry));
    } catch {
      // gone
    }
  }
  return total;
}

async function main() {
  const keepDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null;
  const dataRoot = keepDir ?? (await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-profile-")));
  await mkdir(dataRoot, { recursive: true });
  await chmod(dataRoot, 0o755);
  await mkdir(PROFILE_DIR, { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: await freePort() });
  try {
    await createDatabaseIfMissing(pg.adminUrl, "bench");
    const url = withDatabase(pg.adminUrl, "bench");
    await applyMigrations(url);
    const db = createDatabaseClient(url);
    if ((await db.branch.count()) < LARGE.branches) {
      console.log(`Seeding ${LARGE.branches} branches (as npm run bench does) …`);
      await seedLarge(db, (line) => console.log(line));
    }
    const [meeting] = await db.$queryRaw<{ seriesId: string; date: Date }[]>`
      SELECT r."seriesId", r.date FROM "MeetingRecord" r JOIN "MeetingSeries" s ON s.id = r."seriesId" JOIN "Branch" b ON b.id = s."branchId"
      WHERE b.slug = 'den-haag' AND s.kind = 'board' ORDER BY r.date DESC LIMIT 1`;
    const [postmaster] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const backendPid = Number(postmaster?.pid);
    const postmasterPid = Number(readFileSync(`/proc/${backendPid}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]);
    await db.$disconnect();
    if (!meeting) throw new Error("No board meeting record in Den Haag");

    const start = async (extraFlags: string[]) => {
      const port = await freePort();
      const server = spawn(process.execPath, [...NODE_FLAGS, ...extraFlags, path.join(REPO_ROOT, "server", "dist", "server.js")], {
        cwd: REPO_ROOT,
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, HOST: "127.0.0.1", PORT: String(port), JWT_SECRET, LOG_LEVEL: "warn", SEED_DEMO: "0", COOKIE_SECURE: "0", LOGIN_ATTEMPTS_PER_MINUTE: "10000", RATE_LIMIT_PER_MINUTE: "1000000", READ_CACHE_SECONDS: "0", JOBS: "off" },
      });
      const base = `http://127.0.0.1:${port}`;
      for (let tries = 0; ; tries += 1) {
        try {
          if ((await fetch(`${base}/api/health`)).ok) break;
        } catch {
          if (tries > 300) throw new Error("the server did not start");
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const stop = async () => {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      };
      return { base, pid: server.pid ?? 0, stop };
    };

    // Tokens are signed with the same secret by every server started here, so one login serves them all.
    const setup = await start([]);
    const tokenOf = async (email: string) => {
      const response = await fetch(`${setup.base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
      return { authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
    };
    const member = await tokenOf("lid@bij1-denhaag.example");
    const board = await tokenOf("nadine@bij1-denhaag.example");
    const feed = (await (await fetch(`${setup.base}/api/me/calendar-feed`, { method: "POST", headers: member })).json()) as { url: string };
    const feedPath = new URL(feed.url).pathname;
    await setup.stop();

    const date = meeting.date.toISOString().slice(0, 10);
    const reads = [
      { name: "occurrences, 1 month", path: "/api/branches/den-haag/occurrences?from=2026-12-01&to=2026-12-31", headers: member },
      { name: "roster", path: "/api/branches/den-haag/roster", headers: board },
      { name: "people list", path: "/api/branches/den-haag/people", headers: board },
      { name: "agenda of a meeting", path: `/api/branches/den-haag/meetings/${meeting.seriesId}/${date}/agenda`, headers: board },
      { name: "action list", path: "/api/branches/den-haag/actions", headers: member },
      { name: "goals", path: "/api/branches/den-haag/goals", headers: member },
      { name: "working-group overview", path: "/api/branches/den-haag/working-groups/overview", headers: member },
      { name: "personal ICS feed", path: feedPath, headers: {} },
    ].filter((read) => !process.env.BENCH_PROFILE_ONLY || read.name.includes(process.env.BENCH_PROFILE_ONLY));

    const rows: string[][] = [["read", "req/s", "server CPU ms/req", "PostgreSQL CPU ms/req", "where the server's CPU goes (share of its samples)"]];
    const details: string[] = [];
    for (const read of reads) {
      const dir = path.join(PROFILE_DIR, read.name.replace(/[^a-z0-9]+/gi, "-"));
      await rm(dir, { recursive: true, force: true });
      const server = await start(["--cpu-prof", `--cpu-prof-dir=${dir}`]);
      const check = await fetch(server.base + read.path, { headers: read.headers });
      if (!check.ok) throw new Error(`${read.name}: ${check.status} ${(await check.text()).slice(0, 300)}`);
      await autocannon({ url: server.base + read.path, headers: read.headers, connections: CONNECTIONS, duration: 1 });
      const [serverBefore, pgBefore] = [cpuMsOf(server.pid), postgresCpuMs(postmasterPid)];
      const result = await autocannon({ url: server.base + read.path, headers: read.headers, connections: CONNECTIONS, duration: SECONDS });
      const [serverCpu, pgCpu] = [cpuMsOf(server.pid) - serverBefore, postgresCpuMs(postmasterPid) - pgBefore];
      await server.stop();
      const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
      if (!file) throw new Error(`no profile in ${dir}`);
      const { totalMs, byCategory, ownTop } = summarise(JSON.parse(await readFile(path.join(dir, file), "utf8")) as CpuProfile, SECONDS * 1000);
      const requests = result.requests.total;
      const shares = [...byCategory.entries()].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms / totalMs >= 0.02);
      rows.push([
        read.name,
        (requests / result.duration).toFixed(0),
        (serverCpu / requests).toFixed(2),
        (pgCpu / requests).toFixed(2),
        shares.map(([category, ms]) => `${category} ${((ms / totalMs) * 100).toFixed(0)} %`).join(", "),
      ]);
      details.push(`${read.name}: own code's heaviest functions: ${ownTop.map(([name, ms]) => `${name} ${((ms / totalMs) * 100).toFixed(1)} %`).join(", ")} (profile: ${path.join(dir, file)})`);
    }
    console.log(`\nCold reads (READ_CACHE_SECONDS=0, JOBS=off, node ${NODE_FLAGS.join(" ")}), ${CONNECTIONS} connections × ${SECONDS} s each, ${os.cpus().length} cores, Node ${process.version}\n`);
    const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
    for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(column === row.length - 1 ? 0 : (widths[column] ?? 0))).join("  ").trimEnd());
    console.log("");
    for (const line of details) console.log(line);
  } finally {
    await pg.stop();
    if (!keepDir) await rm(dataRoot, { recursive: true, force: true });
  }
}


main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
