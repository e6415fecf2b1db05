// Which tables a branch backup holds, and how to find a branch's rows in each. Read from the database's own
// catalog (pg_catalog) rather than from a hand-kept list: the generated "prisma-client" only carries a
// runtime data model without foreign keys, while the catalog has exactly the constraints an import must
// satisfy. A table whose foreign keys lead to Branch is part of the backup automatically, so a model added
// later is exported without touching this file; a table that does not lead to Branch must be listed in
// SHARED_TABLES or EXCLUDED_TABLES, or the backup refuses to run (and tests/integration/backup.test.ts fails).
import type pg from "pg";

/** Raised for anything the person running the CLI can fix; the CLI prints the message and exits with 1. */
export class BackupError extends Error {
  override name = "BackupError";
}

export const BRANCH_TABLE = "Branch";
const BRANCH_KEY_COLUMN = "slug";

/**
 * Tables that several branches share. A backup holds the rows its branch's rows point at (through a foreign
 * key), minus the columns named here; an import reuses a row that already exists with the same primary key
 * or unique value and never overwrites it.
 */
export const SHARED_TABLES: Record<string, { omitColumns: Record<string, string> }> = {
  User: {
    omitColumns: {
      // The hash of a bearer credential: no link in itself, but nothing a backup needs either. A branch
      // restore into the same database reuses the existing account and keeps it, so subscriptions keep
      // working; only after a restore into a new database does a member make a feed link once more.
      calendarFeedTokenHash: "calendar-feed secret (its hash); made again by the member after a restore into a new database",
    },
  },
};

/** Tables a branch backup leaves out on purpose, with the reason. */
export const EXCLUDED_TABLES: Record<string, string> = {
  RefreshToken: "login sessions: secrets that end within days; after a restore everyone logs in again",
  RevokedAccessToken: "ids of access tokens ended by a logout: each would expire within 15 minutes anyway",
  PasswordReset: "reset links: secrets valid for an hour; whoever needs one asks again",
  EmailChange: "pending email changes: secrets valid for a day; the member asks again",
  OutboxMail: "the mail queue: mail on its way, with single-use links; not part of what a branch is",
  ReadCacheScope: "the read cache's generation per branch: moved on at every write, meaningless in another database",
  _prisma_migrations: "schema history, not data; the file records the latest migration as schemaMigration",
};

export interface ColumnInfo {
  name: string;
  /** pg_type.typname, e.g. uuid, text, int8, timestamptz, _text (array of text). */
  type: string;
  notNull: boolean;
  /** The sequence behind a serial or identity column, which an import must move past the restored ids. */
  sequence: string | null;
  /** 'a' for GENERATED ALWAYS AS IDENTITY, which needs OVERRIDING SYSTEM VALUE to take a restored id. */
  identity: string;
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Column sets of unique indexes and constraints (without expressions or WHERE), primary key excluded. */
  uniques: string[][];
  foreignKeys: ForeignKey[];
}

export interface PlannedTable extends TableInfo {
  role: "branch" | "owned" | "shared";
  /** Columns in the backup, in table order (shared tables leave some out). */
  exportColumns: ColumnInfo[];
}

export interface BackupPlan {
  /** Insert order: every table after the tables it points at. */
  tables: PlannedTable[];
  byName: Map<string, PlannedTable>;
  /** Tables left out, with the reason (EXCLUDED_TABLES that exist in this database). */
  excluded: { table: string; reason: string }[];
  /**
   * SQL (with `alias` standing for the table) that is true for the rows of the branch whose slug is $1.
   * For shared tables: the rows the branch's rows point at.
   */
  rowsOf(table: string, alias: string): string;
}

export const quoteIdent = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export async function readCatalog(client: pg.ClientBase): Promise<Map<string, TableInfo>> {
  const columns = await client.query<{ table: string; column: string; type: string; not_null: boolean; sequence: string | null; identity: string }>(`
    SELECT c.relname AS table, a.attname AS column, t.typname AS type, a.attnotnull AS not_null, a.attidentity::text AS identity,
           pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, TableInfo>();
  for (const row of columns.rows) {
    let table = tables.get(row.table);
    if (!table) tables.set(row.table, (table = { name: row.table, columns: [], primaryKey: [], uniques: [], foreignKeys: [] }));
    table.columns.push({ name: row.column, type: row.type, notNull: row.not_null, sequence: row.sequence, identity: row.identity });
  }

  const indexes = await client.query<{ table: string; primary: boolean; columns: string[] }>(`
    SELECT c.relname AS table, i.indisprimary AS primary,
           ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                 WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)::text[] AS columns
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND i.indisunique AND i.indexprs IS NULL AND i.indpred IS NULL
    ORDER BY c.relname, i.indisprimary DESC, i.indexrelid::regclass::text`);
  for (const row of indexes.rows) {
    const table = tables.get(row.table);
    if (!table) continue;
    if (row.primary) table.primaryKey = row.columns;
    else table.uniques.push(row.columns);
  }

  const keys = await client.query<{ name: string; table: string; columns: string[]; ref_table: string; ref_columns: string[] }>(`
    SELECT con.conname AS name, rel.relname AS table, ref.relname AS ref_table,
           ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
           ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns
    FROM pg_constraint con
    JOIN pg_class rel ON rel.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = rel.relnamespace
    JOIN pg_class ref ON ref.oid = con.confrelid
    WHERE n.nspname = current_schema() AND con.contype = 'f'
    ORDER BY rel.relname, con.conname`);
  for (const row of keys.rows) {
    tables.get(row.table)?.foreignKeys.push({ name: row.name, columns: row.columns, refTable: row.ref_table, refColumns: row.ref_columns });
  }
  return tables;
}

/**
 * Classifies every table: Branch itself, owned (a foreign-key path leads to Branch), shared, or excluded.
 * Throws a BackupError naming any table that is none of these, so a forgotten model cannot be silently
 * left out of backups.
 */
export function planBackup(catalog: Map<string, TableInfo>): BackupPlan {
  if (!catalog.has(BRANCH_TABLE)) {
    throw new BackupError(`This database has no "${BRANCH_TABLE}" table: it is empty or not an Afdelingsplanner database.`);
  }
  // Depth = length of the shortest foreign-key path to Branch. A table's rows are found through its keys to
  // tables one step closer, which keeps the nested filters finite even when owned tables point at each other.
  const depth = new Map<string, number>([[BRANCH_TABLE, 0]]);
  for (let level = 1, grew = true; grew; level++) {
    grew = false;
    for (const table of catalog.values()) {
      if (depth.has(table.name) || table.name in EXCLUDED_TABLES || table.name in SHARED_TABLES) continue;
      if (table.foreignKeys.some((key) => depth.get(key.refTable) === level - 1)) {
        depth.set(table.name, level);
        grew = true;
      }
    }
  }
  const ownerKeys = (table: TableInfo) => table.foreignKeys.filter((key) => (depth.get(key.refTable) ?? Infinity) < depth.get(table.name)!);

  const problems: string[] = [];
  for (const table of catalog.values()) {
    if (!depth.has(table.name) && !(table.name in SHARED_TABLES) && !(table.name in EXCLUDED_TABLES)) {
      problems.push(`table "${table.name}" has no foreign key that leads to ${BRANCH_TABLE}, and is not listed in SHARED_TABLES or EXCLUDED_TABLES`);
    }
    if (!depth.has(table.name)) continue;
    for (const key of table.foreignKeys) {
      if (key.refTable in EXCLUDED_TABLES) problems.push(`"${table.name}" points at the excluded table "${key.refTable}" (${key.name}): a restore could not satisfy that key`);
    }
  }
  if (problems.length > 0) {
    throw new BackupError(
      `The branch backup does not know how to treat some tables (decide in server/src/backup/plan.ts):\n  - ${problems.join("\n  - ")}`,
    );
  }

  const included = [...catalog.values()].filter((table) => depth.has(table.name) || (table.name in SHARED_TABLES && catalog.has(table.name)));
  const ordered = topologicalOrder(included);
  const tables: PlannedTable[] = ordered.map((table) => {
    const omit = SHARED_TABLES[table.name]?.omitColumns ?? {};
    return {
      ...table,
      role: table.name === BRANCH_TABLE ? "branch" : depth.has(table.name) ? "owned" : "shared",
      exportColumns: table.columns.filter((column) => !(column.name in omit)),
    };
  });
  const byName = new Map(tables.map((table) => [table.name, table]));

  let aliasCounter = 0;
  const rowsOf = (tableName: string, alias: string): string => {
    const table = catalog.get(tableName)!;
    if (tableName === BRANCH_TABLE) return `${alias}.${quoteIdent(BRANCH_KEY_COLUMN)} = $1`;
    const viaKey = (key: ForeignKey, from: string) => {
      const inner = `b${++aliasCounter}`;
      const ref = catalog.get(key.refTable)!;
      return `(${key.columns.map((column) => `${from}.${quoteIdent(column)}`).join(", ")}) IN (SELECT ${key.refColumns
        .map((column) => `${inner}.${quoteIdent(column)}`)
        .join(", ")} FROM ${quoteIdent(ref.name)} AS ${inner} WHERE ${rowsOf(ref.name, inner)})`;
    };
    if (depth.has(tableName)) return ownerKeys(table).map((key) => viaKey(key, alias)).join(" OR ");
    // A shared table: the rows that some owned row points at.
    const pointers: string[] = [];
    for (const owner of tables) {
      if (owner.role === "shared") continue;
      for (const key of owner.foreignKeys.filter((candidate) => candidate.refTable === tableName)) {
        const inner = `s${++aliasCounter}`;
        pointers.push(
          `(${key.refColumns.map((column) => `${alias}.${quoteIdent(column)}`).join(", ")}) IN (SELECT ${key.columns
            .map((column) => `${inner}.${quoteIdent(column)}`)
            .join(", ")} FROM ${quoteIdent(owner.name)} AS ${inner} WHERE ${rowsOf(owner.name, inner)})`,
        );
      }
    }
    return pointers.length > 0 ? pointers.join(" OR ") : "false";
  };

  const excluded = Object.entries(EXCLUDED_TABLES)
    .filter(([table]) => catalog.has(table))
    .map(([table, reason]) => ({ table, reason }));
  return { tables, byName, excluded, rowsOf };
}

/** Parents before children (self-references aside), ties by name so the file's table order is stable. */
function topologicalOrder(tables: TableInfo[]): TableInfo[] {
  const names = new Set(tables.map((table) => table.name));
  const waitingFor = new Map(
    tables.map((table) => [table.name, new Set(table.foreignKeys.map((key) => key.refTable).filter((ref) => ref !== table.name && names.has(ref)))]),
  );
  const result: TableInfo[] = [];
  const remaining = [...tables].sort((a, b) => (a.name === BRANCH_TABLE ? -1 : b.name === BRANCH_TABLE ? 1 : a.name.localeCompare(b.name)));
  while (remaining.length > 0) {
    const index = remaining.findIndex((table) => waitingFor.get(table.name)!.size === 0);
    if (index === -1) {
      throw new BackupError(
        `Foreign keys form a cycle between ${remaining.map((table) => `"${table.name}"`).join(", ")}; the branch backup cannot order these inserts yet.`,
      );
    }
    const [next] = remaining.splice(index, 1);
    result.push(next!);
    for (const waiting of waitingFor.values()) waiting.delete(next!.name);
  }
  return result;
}

/** The latest migration that finished and was not rolled back; null when the database has no migrations table. */
export async function latestMigration(client: pg.ClientBase): Promise<string | null> {
  const table = await client.query<{ exists: boolean }>(`SELECT to_regclass(format('%I.%I', current_schema(), '_prisma_migrations')) IS NOT NULL AS exists`);
  if (!table.rows[0]?.exists) return null;
  const latest = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return latest.rows[0]?.migration_name ?? null;
}
