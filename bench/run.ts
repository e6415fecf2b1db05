// npm run bench: measures what the issues set targets for, on this machine, and prints the
// figures with their targets. Numbers, not assertions: the tests assert behaviour.
import { mkdtemp, chmod, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { occurrencesInWindow } from "@afdelingsplanner/shared";
import { buildApp } from "../server/src/app.ts";
import { REPO_ROOT } from "../server/src/config.ts";
import { createDatabaseClient } from "../server/src/db/client.ts";
import { createDatabaseIfMissing } from "../server/src/db/bootstrap.ts";
import { startEmbeddedPostgres, withDatabase } from "../server/src/db/embedded.ts";
import { applyMigrations } from "../server/src/db/migrate.ts";
import { loadSeriesForWindow } from "../server/src/modules/meetings/service.ts";
import { DEMO_PASSWORD, seedDemoData } from "../prisma/seed.ts";
import { median, runLoad } from "./load.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

async function main() {
  const dataRoot = await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-bench-"));
  await chmod(dataRoot, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: 55000 + Math.floor(Math.random() * 4000) });
  try {
    await createDatabaseIfMissing(server.adminUrl, "bench");
    const url = withDatabase(server.adminUrl, "bench");
    await applyMigrations(url);
    const db = createDatabaseClient(url);
    await seedDemoData(db);
    const branch = await db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });

    // 1. Expanding every series of the branch over ten years (pure logic, data already loaded).
    const tenYears = { from: "2026-01-01", to: "2035-12-31" };
    const series = await loadSeriesForWindow(db, branch.id, tenYears);
    const timings: number[] = [];
    let count = 0;
    for (let run = 0; run < 30; run += 1) {
      const begin = performance.now();
      count = occurrencesInWindow(series, tenYears, branch.timeZone).length;
      timings.push(performance.now() - begin);
    }
    const expansionMs = median(timings.slice(5)); // the first runs warm up the JIT

    // 2. The occurrences endpoint for one month against /api/health, in the same run.
    const app = await buildApp({
      config: { jwtSecret: "bench-secret-bench-secret-bench-secret!", cookieSecure: false, logLevel: "warn", webDistDir: path.join(REPO_ROOT, "web", "dist"), loginAttemptsPerMinute: 1000 },
      db,
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "lid@bij1-denhaag.example", password: DEMO_PASSWORD }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const auth = { authorization: `Bearer ${accessToken}` };

    const month = `${base}/api/branches/den-haag/occurrences?from=2026-12-01&to=2026-12-31`;
    await runLoad(month, { headers: auth, connections: CONNECTIONS, seconds: 1 }); // warm-up
    const occurrences = await runLoad(month, { headers: auth, connections: CONNECTIONS, seconds: SECONDS });
    const health = await runLoad(`${base}/api/health`, { connections: CONNECTIONS, seconds: SECONDS });
    await app.close();

    const fixed = (value: number, digits = 1) => value.toFixed(digits);
    const rows = [
      ["expand 6 series × 10 years", `${fixed(expansionMs, 2)} ms (${count} occurrences)`, "≤ 10 ms", expansionMs <= 10],
      ["occurrences, 1 month: req/s", fixed(occurrences.requestsPerSecond, 0), "", true],
      ["occurrences, 1 month: p50 / p95 / p99", `${fixed(occurrences.p50)} / ${fixed(occurrences.p95)} / ${fixed(occurrences.p99)} ms`, "p95 ≤ 20 ms", occurrences.p95 <= 20],
      ["health: req/s", fixed(health.requestsPerSecond, 0), "", true],
      ["health: p50 / p95 / p99", `${fixed(health.p50)} / ${fixed(health.p95)} / ${fixed(health.p99)} ms`, "", true],
      ["occurrences / health throughput", `${fixed((occurrences.requestsPerSecond / health.requestsPerSecond) * 100)} %`, "≥ 25 %", occurrences.requestsPerSecond / health.requestsPerSecond >= 0.25],
      ["errors (non-2xx)", `${occurrences.errors + health.errors}`, "0", occurrences.errors + health.errors === 0],
      ["RSS after the run", `${fixed(process.memoryUsage().rss / 1024 / 1024, 0)} MB`, "≤ 300 MB", process.memoryUsage().rss <= 300 * 1024 * 1024],
    ] as const;
    console.log(`\nAfdelingsplanner benchmark · ${os.cpus().length} cores · ${CONNECTIONS} connections × ${SECONDS} s per endpoint\n`);
    const width = Math.max(...rows.map(([name]) => name.length));
    for (const [name, value, target, met] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(34)} ${target ? `${target.padEnd(12)} ${met ? "met" : "MISSED"}` : ""}`);
    await db.$disconnect();
  } finally {
    await server.stop();
    await rm(dataRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
