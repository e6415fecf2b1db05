import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createDatabaseClient } from "./db/client.ts";
import { openDatabase } from "./db/bootstrap.ts";
import { seedDemoData } from "../../prisma/seed.ts";

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

  const isNewDatabase = (await db.branch.count()) === 0;
  const shouldSeed = config.seedDemo ?? (database.embedded && isNewDatabase);
  if (shouldSeed) {
    if (config.nodeEnv === "production") log("WARNING: SEED_DEMO=1 in production: adding the demo branches and demo accounts.");
    if (await seedDemoData(db)) log("Demo data added: log in as nadine@bij1-denhaag.example with password welkom-in-den-haag.");
  }

  const app = await buildApp({ config, db });
  const shutdown = async (signal: string) => {
    log(`${signal} received, shutting down …`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
  log(`Afdelingsplanner runs at http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`);
}

main().catch((error: unknown) => {
  console.error(`Afdelingsplanner could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
