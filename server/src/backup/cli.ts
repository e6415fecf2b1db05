// Shared by scripts/exportBranch.ts and scripts/importBranch.ts: stdout carries only the export's JSON (so
// `> file.json` works); everything for people goes to stderr.
import pg from "pg";
import { openBackupDatabase, type OpenOptions } from "./database.ts";
import { BackupError } from "./plan.ts";
import type { ImportSummary } from "./importBranch.ts";

export const log = (message: string) => process.stderr.write(`[afdelingsplanner] ${message}\n`);

/** Runs `work` with a connected client; a BackupError becomes its message and exit code 1, not a stack trace. */
export async function runWithDatabase(options: OpenOptions, work: (client: pg.Client) => Promise<void>): Promise<void> {
  try {
    const database = await openBackupDatabase(log, options);
    try {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await work(client);
      } finally {
        await client.end();
      }
    } finally {
      await database.stop();
    }
  } catch (error) {
    log(error instanceof BackupError ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

/** Usage mistakes: message and exit code 1 before touching any database. */
export function usage(message: string, text: string): never {
  log(`${message}\n${text}`);
  process.exit(1);
}

export function formatSummary(summary: ImportSummary): string {
  const names = [...new Set([...Object.keys(summary.deleted), ...Object.keys(summary.inserted)])];
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => {
    const parts = [`${String(summary.inserted[name] ?? 0).padStart(5)} restored`];
    if (summary.reused[name]) parts.push(`${summary.reused[name]} already existed and were kept as they are (passwords not overwritten)`);
    if (summary.replaced) parts.push(`${summary.deleted[name] ?? 0} deleted first`);
    return `  ${name.padEnd(width)} ${parts.join(", ")}`;
  });
  const head = summary.replaced
    ? `Branch "${summary.branch}" replaced by the file (its previous rows were deleted in the same transaction):`
    : `Branch "${summary.branch}" imported:`;
  return [head, ...lines].join("\n");
}
