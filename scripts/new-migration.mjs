#!/usr/bin/env node
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as
// committed (git HEAD) to prisma/schema.prisma as it is now. `prisma migrate dev` cannot run on
// these offline machines (its Wasm engine cannot introspect Postgres), so we diff the two schemas.
// Prisma still opens a connection, so DATABASE_URL must name a running Postgres (npm start's will do).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run migration:new -- <name_in_snake_case>");
  process.exit(1);
}
process.env.DATABASE_URL ??= "postgresql://postgres:afdelingsplanner@127.0.0.1:54329/afdelingsplanner";

let from = ["--from-empty"];
try {
  const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
  writeFileSync(file, previous);
  from = ["--from-schema-datamodel", file];
} catch {
  // No committed schema yet: diff from an empty database.
}

const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  encoding: "utf8",
});
if (result.status !== 0) {
  console.error(result.stderr || result.stdout);
  process.exit(result.status ?? 1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), result.stdout);
console.log(`Wrote ${dir}/migration.sql; review it, then commit it with the schema change.`);
