import { systemClock } from "../lib/clock.ts";
import type pg from "pg";
import { BackupError, latestMigration, planBackup, quoteIdent, readCatalog, type BackupPlan, type PlannedTable } from "./plan.ts";

export const EXPORT_FORMAT = "afdelingsplanner-branch-export";
export const EXPORT_VERSION = 1;

export type BackupRow = Record<string, unknown>;

export interface BranchExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The latest migration applied to the database it came from; an import needs a database that has it. */
  schemaMigration: string;
  branch: string;
  /** Rows per table (named as the Prisma model), tables in insert order, rows by primary key. */
  tables: Record<string, BackupRow[]>;
}

/**
 * Everything that belongs to one branch, read in one snapshot (REPEATABLE READ), so rows written while the
 * export runs cannot leave it half-consistent.
 */
export async function exportBranch(client: pg.ClientBase, slug: string): Promise<BranchExport> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const result = await exportInTransaction(client, slug);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** The export itself, inside a transaction the caller runs (the import reuses it to check its own work). */
export async function exportInTransaction(client: pg.ClientBase, slug: string): Promise<BranchExport> {
  const schemaMigration = await latestMigration(client);
  if (!schemaMigration) throw new BackupError("This database has no applied migrations: it is empty or not an Afdelingsplanner database.");
  // ISO output for timestamptz no matter how the server is configured.
  await client.query("SET LOCAL TimeZone = 'UTC'");
  const plan = planBackup(await readCatalog(client));
  const branch = await client.query(`SELECT 1 FROM "Branch" WHERE slug = $1`, [slug]);
  if (branch.rowCount === 0) throw new BackupError(`There is no branch with slug "${slug}" in this database.`);
  const tables: Record<string, BackupRow[]> = {};
  for (const table of plan.tables) tables[table.name] = await readRows(client, plan, table, slug);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: systemClock.now().toISOString(), schemaMigration, branch: slug, tables };
}

async function readRows(client: pg.ClientBase, plan: BackupPlan, table: PlannedTable, slug: string): Promise<BackupRow[]> {
  const select = table.exportColumns.map((column) => {
    const name = quoteIdent(column.name);
    // JSON numbers become JS doubles: bigint and numeric travel as text so no digit is lost.
    if (["int8", "numeric", "money"].includes(column.type)) return `t.${name}::text AS ${name}`;
    if (["_int8", "_numeric", "_money"].includes(column.type)) return `t.${name}::text[] AS ${name}`;
    return `t.${name}`;
  });
  const order = table.primaryKey.length > 0 ? table.primaryKey.map((column) => `t.${quoteIdent(column)}`).join(", ") : "t::text";
  const result = await client.query<{ row: BackupRow }>(
    `SELECT to_json(x) AS row FROM (SELECT ${select.join(", ")} FROM ${quoteIdent(table.name)} AS t WHERE ${plan.rowsOf(table.name, "t")} ORDER BY ${order}) AS x`,
    [slug],
  );
  const timestampColumns = table.exportColumns.filter((column) => column.type === "timestamp" || column.type === "timestamptz").map((column) => column.name);
  return result.rows.map(({ row }) => {
    for (const column of timestampColumns) row[column] = isoInstant(row[column]);
    return row;
  });
}

/**
 * Postgres writes timestamps as "2026-11-22T07:05:13.5" (Prisma's DateTime: UTC without zone) or with
 * "+00:00"; the file holds them as JavaScript writes them ("…13.500Z"). Values with more than millisecond
 * precision keep Postgres' text so nothing is rounded; the import reads both.
 */
function isoInstant(value: unknown): unknown {
  if (typeof value !== "string" || !/^\d/.test(value)) return value; // null, 'infinity'
  const zoned = /(Z|[+-]\d\d(:\d\d)?)$/.test(value) ? value : `${value}Z`;
  const fraction = /\.(\d+)/.exec(value)?.[1] ?? "";
  const parsed = new Date(zoned);
  return fraction.length <= 3 && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : zoned;
}
