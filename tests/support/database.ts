import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabaseClient, type Database } from "../../server/src/db/client.ts";
import { withDatabase } from "../../server/src/db/embedded.ts";
import { adminQuery } from "./globalSetup.ts";

export interface TestDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: a copy of the template made in globalSetup. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `ap_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
  const url = withDatabase(adminUrl, name);
  const db = createDatabaseClient(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
