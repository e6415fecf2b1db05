import pg from "pg";
import type { AppConfig } from "../config.ts";
import { startEmbeddedPostgres, withDatabase } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";

export const EMBEDDED_DATABASE_NAME = "afdelingsplanner";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL; then applies pending migrations. */
export async function openDatabase(config: Pick<AppConfig, "databaseUrl" | "embeddedPostgres">, log: (message: string) => void): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = { url: config.databaseUrl, embedded: false, stop: async () => {} };
  } else {
    log(`Starting embedded PostgreSQL (data in ${config.embeddedPostgres.dataDir}) …`);
    const server = await startEmbeddedPostgres({ ...config.embeddedPostgres, onSupervision: log });
    await createDatabaseIfMissing(server.adminUrl, EMBEDDED_DATABASE_NAME);
    handle = { url: withDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME), embedded: true, stop: server.stop };
  }
  try {
    await applyMigrations(handle.url);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
      await client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`);
    }
  } finally {
    await client.end();
  }
}
