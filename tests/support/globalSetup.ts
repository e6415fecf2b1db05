import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, withDatabase } from "../../server/src/db/embedded.ts";
import { applyMigrations } from "../../server/src/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * Starts one real PostgreSQL for the whole run (the embedded one, or the server named by
 * TEST_DATABASE_URL) and builds a migrated template database that each test file copies.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  let dataRoot: string | undefined;
  if (!adminUrl) {
    // An absolute folder under the system temp dir: as root, the postgres user must be able to reach it.
    dataRoot = await mkdtemp(path.join(os.tmpdir(), "afdelingsplanner-test-"));
    await chmod(dataRoot, 0o755); // mkdtemp makes it 0700; the postgres user must reach its data folder inside
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: await freePort() });
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  const templateDatabase = `ap_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${templateDatabase}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${templateDatabase}`);
  await applyMigrations(withDatabase(adminUrl, templateDatabase));

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`).catch(() => {});
    await stopServer();
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  };
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
