// The database the backup CLI works on: the one the app uses. DATABASE_URL when set; otherwise the embedded
// PostgreSQL in EMBEDDED_PG_DIR, attached to when the app (or anyone) already runs it on EMBEDDED_PG_PORT,
// started for the duration of the command when not.
import { existsSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../config.ts";
import { createDatabaseIfMissing, EMBEDDED_DATABASE_NAME, type DatabaseHandle } from "../db/bootstrap.ts";
import { embeddedAdminUrl, isPortFree, startEmbeddedPostgres, withDatabase } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate.ts";
import { BackupError } from "./plan.ts";

export interface OpenOptions {
  /** Apply pending migrations (import: a fresh database gets its tables first, as the app would on start). */
  migrate: boolean;
  /** Create the embedded cluster and database when missing (import into a new installation). */
  create: boolean;
}

export async function openBackupDatabase(log: (message: string) => void, options: OpenOptions, env: NodeJS.ProcessEnv = process.env): Promise<DatabaseHandle> {
  // The CLI signs no tokens, so a production environment without JWT_SECRET must not stop it.
  const config = loadConfig({ ...env, JWT_SECRET: env.JWT_SECRET || "backup-cli-signs-no-tokens-0123456789abcdef" });
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = { url: config.databaseUrl, embedded: false, stop: async () => {} };
  } else {
    const { dataDir, port } = config.embeddedPostgres;
    if (!options.create && !existsSync(path.join(dataDir, "PG_VERSION"))) {
      throw new BackupError(`There is no database: DATABASE_URL is not set and there is no embedded PostgreSQL in ${dataDir} (EMBEDDED_PG_DIR).`);
    }
    if (!(await isPortFree(port))) {
      handle = await attachToRunning(dataDir, port, log);
    } else {
      log(`Starting embedded PostgreSQL (data in ${dataDir}) for this command …`);
      const server = await startEmbeddedPostgres({ dataDir, port });
      handle = { url: withDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME), embedded: true, stop: server.stop };
    }
  }
  try {
    if (handle.embedded && options.create) await createDatabaseIfMissing(embeddedAdminUrl(config.embeddedPostgres.port), EMBEDDED_DATABASE_NAME);
    if (options.migrate) await applyMigrations(handle.url);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

/**
 * The port is taken: normally the running app's embedded PostgreSQL. Starting a second server on the same
 * data folder is impossible, so connect to that one, after checking it really serves EMBEDDED_PG_DIR.
 */
async function attachToRunning(dataDir: string, port: number, log: (message: string) => void): Promise<DatabaseHandle> {
  const adminUrl = embeddedAdminUrl(port);
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    const served = await realpath(rows[0]!.data_directory).catch(() => rows[0]!.data_directory);
    if (served !== (await realpath(dataDir).catch(() => dataDir))) {
      throw new BackupError(`Port ${port} serves the PostgreSQL of ${served}, not ${dataDir}; set EMBEDDED_PG_PORT / EMBEDDED_PG_DIR to the app's.`);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `Port ${port} (EMBEDDED_PG_PORT) is in use, but not by Afdelingsplanner's embedded PostgreSQL (${error instanceof Error ? error.message : String(error)}).`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  log(`Using the embedded PostgreSQL that is already running on port ${port}.`);
  return { url: withDatabase(adminUrl, EMBEDDED_DATABASE_NAME), embedded: true, stop: async () => {} };
}
