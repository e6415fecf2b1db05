import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { REPO_ROOT } from "../../server/src/config.ts";
import { EMBEDDED_DATABASE_NAME } from "../../server/src/db/bootstrap.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMO, TEST_JWT_SECRET } from "../support/app.ts";
import { freePort } from "../support/globalSetup.ts";

/*
 * The real server, as `npm start` runs it (embedded PostgreSQL in a data folder), stopped with
 * SIGTERM and started again on the same folder: everything written is still there, and the demo
 * data is not added a second time.
 */
let dataRoot = "";
let pgDir = "";
let pgPort = 0;
let httpPort = 0;
let child: ChildProcess | undefined;
let output = "";

/** Starts the compiled server as `npm start` does (`node server/dist/server.js`, built by `npm test`) and waits until /api/health answers 200. */
async function startServer(): Promise<void> {
  output = "";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: String(httpPort),
    EMBEDDED_PG_DIR: pgDir,
    EMBEDDED_PG_PORT: String(pgPort),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL; // the embedded database, whatever the test runner's shell says
  delete env.SEED_DEMO;
  const started = spawn(process.execPath, [path.join("server", "dist", "server.js")], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child = started;
  started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`the server exited with ${started.exitCode} while starting:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${httpPort}/api/health`).then((response) => response.status === 200, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the server did not become healthy within 100 s:\n${output}`);
}

/** Sends SIGTERM and waits for the process to end; answers its exit code and how long that took. */
async function stopServer(signal: NodeJS.Signals = "SIGTERM", ms = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; elapsed: number }> {
  const running = child;
  if (!running || running.exitCode !== null || running.signalCode !== null) return { code: running?.exitCode ?? null, signal: running?.signalCode ?? null, elapsed: 0 };
  const started = Date.now();
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => running.once("exit", (code, endSignal) => resolve({ code, signal: endSignal })));
  running.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([ended, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))]).finally(() => clearTimeout(timer));
  if (result === null) {
    running.kill("SIGKILL");
    throw new Error(`the server did not stop within ${ms} ms after ${signal}:\n${output}`);
  }
  return { ...result, elapsed: Date.now() - started };
}

/** The postmaster's PID while PostgreSQL runs on the data folder (it removes the file on a clean shutdown). */
function postmasterPid(): number | null {
  const file = path.join(pgDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  return Number(readFileSync(file, "utf8").split("\n")[0]);
}

beforeAll(async () => {
  // Under the system temp dir and 0755: as root, the postgres user must reach its data folder inside.
  dataRoot = await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-restart-"));
  await chmod(dataRoot, 0o755);
  pgDir = path.join(dataRoot, "pg");
  pgPort = await freePort();
  httpPort = await freePort();
}, 30_000);

afterAll(async () => {
  await stopServer("SIGTERM", 20_000).catch(() => stopServer("SIGKILL", 5_000).catch(() => {}));
  // If the server died without stopping its PostgreSQL, stop that one too (it is ours: it runs on our temp folder).
  const orphan = postmasterPid();
  if (orphan) {
    try {
      process.kill(orphan, "SIGINT");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
}, 60_000);

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function call(token: string | null, method: string, url: string, body?: object): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body) headers["content-type"] = "application/json";
  const response = await fetch(`http://127.0.0.1:${httpPort}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function logIn(email: string): Promise<string> {
  const response = await call(null, "POST", "/api/auth/login", { email, password: DEMO_PASSWORD });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken;
}

const COUNTED = ["Branch", "User", "Person", "WorkingGroup", "MeetingSeries", "Goal", "Activity", "AgendaItem", "BoardTerm", "Organisation"] as const;

/** Row counts of the main tables, read straight from the server's embedded database. */
async function counts(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: `postgresql://postgres:afdelingsplanner@127.0.0.1:${pgPort}/${EMBEDDED_DATABASE_NAME}` });
  await client.connect();
  try {
    const result: Record<string, number> = {};
    for (const table of COUNTED) result[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return result;
  } finally {
    await client.end();
  }
}

describe("stopping and starting the server", { timeout: 240_000 }, () => {
  const title = "Herstartvergadering";
  let before: Record<string, number> = {};
  let agendaUrl = "";

  it("starts on an empty folder with the demo data, and takes new data", async () => {
    await startServer();
    const tim = await logIn(DEMO.treasurer);

    const series = await call(tim, "POST", "/api/branches/den-haag/series", { kind: "other", title, recurrence: { kind: "single", date: "2027-03-10" }, startTime: "20:00", durationMinutes: 90, validFrom: "2027-03-10" });
    expect(series.status).toBe(201);
    const groups = (await call(tim, "GET", "/api/branches/den-haag/working-groups")).body.workingGroups as { id: string; slug: string }[];
    const organizing = groups.find((group) => group.slug === "organizing")?.id;
    const activity = await call(tim, "POST", "/api/branches/den-haag/activities", { type: "demonstration", date: "2026-11-20", workingGroupId: organizing, note: "voor de herstart" });
    expect(activity.status).toBe(201);
    agendaUrl = `/api/branches/den-haag/meetings/${series.body.series.id}/2027-03-10/agenda`;
    const item = await call(tim, "POST", agendaUrl, { title: "Wat na de herstart nog moet staan" });
    expect(item.status).toBe(201);

    before = await counts();
    expect(before.Branch).toBeGreaterThan(0);
  });

  it("shuts down cleanly on SIGTERM, PostgreSQL included, after finishing the requests it had accepted", async () => {
    const pid = postmasterPid();
    expect(pid).not.toBeNull();
    const tim = await logIn(DEMO.treasurer);
    // Requests in flight when the signal comes: none may lose its database half-way (DATABASE_UNAVAILABLE).
    // Those that come too late are refused (no connection, or Fastify's 503 while closing), which is fine.
    const inFlight = Array.from({ length: 30 }, () =>
      call(tim, "GET", "/api/branches/den-haag/occurrences?from=2026-01-01&to=2027-12-31").then(
        (answer) => (answer.status === 200 ? "ok" : `${answer.status} ${answer.body?.error?.code ?? ""}`),
        () => "refused",
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const stopped = await stopServer("SIGTERM");
    const outcomes = await Promise.all(inFlight);
    expect(outcomes.filter((outcome) => outcome.includes("DATABASE_UNAVAILABLE") || outcome.startsWith("500"))).toEqual([]);
    expect(outcomes).toContain("ok");
    expect(stopped.code, output).toBe(0);
    expect(stopped.elapsed).toBeLessThan(15_000);
    expect(output).toContain("SIGTERM received");
    // A clean PostgreSQL shutdown removes postmaster.pid; the process itself is gone.
    expect(postmasterPid()).toBeNull();
    expect(() => process.kill(pid as number, 0)).toThrow();
  });

  it("keeps everything after a restart on the same folder, without adding the demo data again", async () => {
    await startServer();
    expect(output).not.toContain("Demo data added");
    expect(await counts()).toEqual(before);

    const tim = await logIn(DEMO.treasurer);
    const series = (await call(tim, "GET", "/api/branches/den-haag/series")).body.series as { title: string }[];
    expect(series.filter((one) => one.title === title)).toHaveLength(1);
    const activities = (await call(tim, "GET", "/api/branches/den-haag/activities?workingGroup=organizing")).body.activities as { note: string }[];
    expect(activities.filter((one) => one.note === "voor de herstart")).toHaveLength(1);
    const agenda = await call(tim, "GET", agendaUrl);
    expect(agenda.body.items.map((one: { title: string }) => one.title)).toEqual(["Wat na de herstart nog moet staan"]);
  });

  it("heals after kill -9 of its PostgreSQL: health is 503 with the reason, then green again by itself, with every committed row (issue 16 finding 7)", async () => {
    const tim = await logIn(DEMO.treasurer);
    const committed = await call(tim, "POST", agendaUrl, { title: "Vastgelegd voor de kill -9" });
    expect(committed.status).toBe(201);
    const rows = await counts();
    const pid = postmasterPid();
    expect(pid).not.toBeNull();

    process.kill(pid as number, "SIGKILL");
    const killedAt = Date.now();
    const answers: Answer[] = [];
    while (Date.now() - killedAt < 30_000) {
      const answer = await call(null, "GET", "/api/health").catch((error: unknown) => ({ status: 0, body: String(error) }));
      answers.push(answer);
      if (answer.status === 200 && answers.some((one) => one.status === 503)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The first 503 may come from the failed query, a moment before the supervisor hears of the exit.
    const outages = answers.filter((one) => one.status === 503).map((one) => one.body);
    expect(outages.length, output).toBeGreaterThan(0);
    for (const body of outages) expect(body).toMatchObject({ status: "degraded", database: "down", code: "DATABASE_UNAVAILABLE" });
    expect(outages.map((body) => body.reason)).toContainEqual(expect.stringMatching(/embedded PostgreSQL stopped unexpectedly \(SIGKILL\)/));
    expect(answers.at(-1)?.status, output).toBe(200);
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    expect(answers.filter((one) => one.status !== 200 && one.status !== 503)).toEqual([]);
    // A new postmaster, recovered from the WAL: every committed row is there, and the app writes again.
    expect(postmasterPid()).not.toBe(pid);
    expect(await counts()).toEqual(rows);
    const agenda = await call(tim, "GET", agendaUrl);
    expect(agenda.body.items.map((one: { title: string }) => one.title)).toContain("Vastgelegd voor de kill -9");
    expect((await call(tim, "POST", agendaUrl, { title: "Na het herstel" })).status).toBe(201);

    const stopped = await stopServer("SIGTERM");
    expect(stopped.code, output).toBe(0);
    expect(postmasterPid()).toBeNull();
  });
});
