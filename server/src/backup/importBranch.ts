import type pg from "pg";
import { EXPORT_FORMAT, EXPORT_VERSION, exportInTransaction, type BackupRow, type BranchExport } from "./exportBranch.ts";
import { BackupError, EXCLUDED_TABLES, planBackup, quoteIdent, readCatalog, type PlannedTable } from "./plan.ts";

export interface ImportOptions {
  /** Delete the branch's current rows first (same transaction) when it already exists. */
  replace?: boolean;
}

export interface ImportSummary {
  branch: string;
  /** True when an existing branch was deleted first (--replace). */
  replaced: boolean;
  /** Rows deleted per table before the restore (only with replace). */
  deleted: Record<string, number>;
  /** Rows inserted per table. */
  inserted: Record<string, number>;
  /** Rows of shared tables (accounts) that already existed and were reused as they are. */
  reused: Record<string, number>;
}

/**
 * Parses and checks the outer shape of a backup file. `npm run export > file.json` also writes npm's own
 * "> afdelingsplanner@… export" banner to stdout, so lines starting with "> " before the JSON are skipped.
 */
export function parseBackupFile(text: string, source = "the file"): BranchExport {
  const start = text.indexOf("{");
  if (start > 0 && text.slice(0, start).split("\n").every((line) => line.trim() === "" || line.startsWith("> "))) text = text.slice(start);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${source} is not valid JSON (${error instanceof Error ? error.message : String(error)}); is it a branch export?`);
  }
  return validateBackup(data, source);
}

export function validateBackup(data: unknown, source = "the file"): BranchExport {
  const notExport = `${source} is not an Afdelingsplanner branch export`;
  if (!isObject(data)) throw new BackupError(`${notExport}: it holds no JSON object.`);
  if (data.format !== EXPORT_FORMAT) throw new BackupError(`${notExport}: its "format" is ${JSON.stringify(data.format)}, expected "${EXPORT_FORMAT}".`);
  if (data.version !== EXPORT_VERSION) {
    throw new BackupError(`${source} is a branch export of version ${JSON.stringify(data.version)}; this version of Afdelingsplanner reads version ${EXPORT_VERSION} only.`);
  }
  for (const field of ["exportedAt", "schemaMigration", "branch"] as const) {
    if (typeof data[field] !== "string" || data[field] === "") throw new BackupError(`${source} is damaged: "${field}" must be a non-empty string.`);
  }
  if (!isObject(data.tables)) throw new BackupError(`${source} is damaged: "tables" must be an object of table name to rows.`);
  for (const [table, rows] of Object.entries(data.tables)) {
    if (!Array.isArray(rows) || !rows.every(isObject)) throw new BackupError(`${source} is damaged: tables.${table} must be a list of row objects.`);
  }
  return data as unknown as BranchExport;
}

/** Restores a branch export in one transaction: either everything is in, or nothing changed. */
export async function importBranch(client: pg.ClientBase, file: BranchExport, options: ImportOptions = {}): Promise<ImportSummary> {
  const data = validateBackup(file);
  await client.query("BEGIN");
  try {
    const summary = await importInTransaction(client, data, options);
    await client.query("COMMIT");
    // Running app instances cache reads per "generation" (server/src/lib/readCache.ts): move it on so none of
    // them serves what it computed before the restore. Not inside the transaction: a sequence never rolls back.
    // The scope '' is the one every branch's reads depend on (plugins/readCache.ts, bumpGeneration).
    await client.query(`INSERT INTO "ReadCacheScope" (scope, generation) VALUES ('', 1) ON CONFLICT (scope) DO UPDATE SET generation = "ReadCacheScope".generation + 1`);
    await client.query(`SELECT nextval('"ReadCacheGeneration"')`);
    return summary;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function importInTransaction(client: pg.ClientBase, file: BranchExport, options: ImportOptions): Promise<ImportSummary> {
  const slug = file.branch;
  await requireMigration(client, file.schemaMigration);
  const plan = planBackup(await readCatalog(client));

  for (const [name, rows] of Object.entries(file.tables)) {
    const table = plan.byName.get(name);
    if (!table) {
      const why = name in EXCLUDED_TABLES ? `it is never part of a branch backup (${EXCLUDED_TABLES[name]})` : "this database has no such table";
      throw new BackupError(`The file has rows for table "${name}", but ${why}.`);
    }
    const known = new Set(table.columns.map((column) => column.name));
    for (const row of rows) {
      const unknown = Object.keys(row).find((column) => !known.has(column));
      if (unknown) throw new BackupError(`The file has a column "${unknown}" in table "${name}" that this database does not have.`);
    }
  }
  const branchRows = file.tables.Branch ?? [];
  if (branchRows.length !== 1 || branchRows[0]!.slug !== slug) {
    throw new BackupError(`The file is damaged: it must hold exactly one Branch row, with slug "${slug}".`);
  }

  const summary: ImportSummary = { branch: slug, replaced: false, deleted: {}, inserted: {}, reused: {} };
  const existing = await client.query(`SELECT 1 FROM "Branch" WHERE slug = $1`, [slug]);
  if (existing.rowCount) {
    if (!options.replace) {
      throw new BackupError(
        `Branch "${slug}" already exists in this database; nothing was changed. Import with --replace to delete its current data and restore the file in its place.`,
      );
    }
    // The audit log is append-only; its trigger lets a transaction delete only after this deliberate switch
    // (prisma/migrations/20261122100000_audit_log). SET LOCAL ends with the transaction.
    await client.query(`SET LOCAL afdelingsplanner.allow_audit_delete = 'on'`);
    // Children first, so every table's rows can still be found through the parents they point at.
    for (const table of [...plan.tables].reverse()) {
      if (table.role === "shared") continue;
      const result = await client.query(`DELETE FROM ${quoteIdent(table.name)} AS t WHERE ${plan.rowsOf(table.name, "t")}`, [slug]);
      summary.deleted[table.name] = result.rowCount ?? 0;
    }
    summary.replaced = true;
  }

  // Shared rows (accounts) first: reuse what exists, and point the branch's rows at the reused ids.
  const remaps = new Map<string, Map<string, unknown[]>>();
  for (const table of plan.tables.filter((candidate) => candidate.role === "shared")) {
    const rows = file.tables[table.name] ?? [];
    const fresh: BackupRow[] = [];
    const remap = new Map<string, unknown[]>();
    for (const row of rows) {
      const match = await findExisting(client, table, row);
      if (!match) fresh.push(row);
      else if (JSON.stringify(match) !== tupleKey(row, table.primaryKey)) remap.set(tupleKey(row, table.primaryKey), match);
    }
    await insertRows(client, table, fresh);
    summary.inserted[table.name] = fresh.length;
    summary.reused[table.name] = rows.length - fresh.length;
    remaps.set(table.name, remap);
  }

  for (const table of plan.tables.filter((candidate) => candidate.role !== "shared")) {
    let rows = file.tables[table.name] ?? [];
    for (const key of table.foreignKeys) {
      const remap = remaps.get(key.refTable);
      if (!remap || remap.size === 0) continue;
      rows = rows.map((row) => {
        const target = remap.get(tupleKey(row, key.columns));
        if (!target) return row;
        const moved = { ...row };
        key.columns.forEach((column, index) => (moved[column] = target[index]));
        return moved;
      });
    }
    await insertRows(client, table, rows);
    summary.inserted[table.name] = rows.length;
  }

  // A table with serial or identity ids: move its sequence past the restored ids, or the next insert collides.
  for (const table of plan.tables) {
    if (!summary.inserted[table.name]) continue;
    for (const column of table.columns.filter((candidate) => candidate.sequence)) {
      await client.query(
        `SELECT setval('${column.sequence!.replaceAll("'", "''")}', m) FROM (SELECT MAX(${quoteIdent(column.name)}) AS m FROM ${quoteIdent(table.name)}) AS x
         WHERE m IS NOT NULL AND m >= (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM ${column.sequence})`,
      );
    }
  }

  // Every row the file holds must now be found as this branch's: a row pointing at another branch (a
  // hand-edited or mixed-up file) would otherwise slip into that branch.
  const check = await exportInTransaction(client, slug);
  for (const table of plan.tables.filter((candidate) => candidate.role !== "shared")) {
    const expected = file.tables[table.name]?.length ?? 0;
    const found = check.tables[table.name]?.length ?? 0;
    if (found !== expected) {
      throw new BackupError(
        `The file has ${expected} rows for table "${table.name}", but after restoring only ${found} belong to branch "${slug}": some point at another branch. Nothing was changed.`,
      );
    }
  }
  return summary;
}

async function requireMigration(client: pg.ClientBase, migration: string): Promise<void> {
  const hasTable = await client.query<{ exists: boolean }>(`SELECT to_regclass(format('%I.%I', current_schema(), '_prisma_migrations')) IS NOT NULL AS exists`);
  if (!hasTable.rows[0]?.exists) throw new BackupError("This database has no migrations table: start Afdelingsplanner against it once (or run its migrations) before importing.");
  const found = await client.query(
    `SELECT 1 FROM _prisma_migrations WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    [migration],
  );
  if (found.rowCount === 0) {
    throw new BackupError(
      `The file was exported at database migration "${migration}", which this database does not have. Update Afdelingsplanner to a version with that migration (it applies it on start), then import again.`,
    );
  }
}

/** The primary key of an existing row with the same primary key or the same value in a unique column set. */
async function findExisting(client: pg.ClientBase, table: PlannedTable, row: BackupRow): Promise<unknown[] | null> {
  for (const columns of [table.primaryKey, ...table.uniques]) {
    if (columns.length === 0 || columns.some((column) => row[column] === undefined || row[column] === null)) continue;
    const result = await client.query<{ key: unknown[] }>({
      text: `SELECT json_build_array(${table.primaryKey.map((column) => quoteIdent(column)).join(", ")}) AS key FROM ${quoteIdent(table.name)}
             WHERE ${columns.map((column, index) => `${quoteIdent(column)} = $${index + 1}`).join(" AND ")} LIMIT 1`,
      values: columns.map((column) => row[column]),
    });
    if (result.rows[0]) return result.rows[0].key;
  }
  return null;
}

const tupleKey = (row: BackupRow, columns: string[]) => JSON.stringify(columns.map((column) => row[column] ?? null));

async function insertRows(client: pg.ClientBase, table: PlannedTable, rows: BackupRow[]): Promise<void> {
  if (rows.length === 0) return;
  const present = new Set(rows.flatMap((row) => Object.keys(row)));
  const columns = table.columns.filter((column) => present.has(column.name)).map((column) => quoteIdent(column.name));
  const overriding = table.columns.some((column) => column.identity === "a") ? "OVERRIDING SYSTEM VALUE" : "";
  // One statement per table: Postgres checks non-deferrable foreign keys after each statement, not each row
  // (docs, SET CONSTRAINTS), so rows pointing at rows of the same table (an agenda item's previous item)
  // need no particular order. json_populate_recordset converts each JSON value with the column's own type
  // (dates, enums, arrays, jsonb, numeric from text).
  try {
    await client.query(
      `INSERT INTO ${quoteIdent(table.name)} (${columns.join(", ")}) ${overriding}
       SELECT ${columns.join(", ")} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
      [JSON.stringify(rows)],
    );
  } catch (error) {
    const { message, detail } = error as { message: string; detail?: string };
    throw new BackupError(`Could not restore the rows of table "${table.name}": ${message}${detail ? ` (${detail})` : ""}. Nothing was changed.`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
