// npm run import -- den-haag.json [--replace]
// Restores a branch export in one transaction. Without --replace it refuses a branch that already exists.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatSummary, log, runWithDatabase, usage } from "../server/src/backup/cli.ts";
import { importBranch, parseBackupFile } from "../server/src/backup/importBranch.ts";
import { BackupError } from "../server/src/backup/plan.ts";

const USAGE = "Usage: npm run import -- <file.json | -> [--replace]   (- reads the export from standard input)";
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean" }, help: { type: "boolean" } } });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error), USAGE);
}
if (parsed.values.help) {
  log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length !== 1) usage("Name exactly one export file to import.", USAGE);
const fileName = parsed.positionals[0]!;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// Read and check the file before starting or touching any database.
let data;
try {
  const text = fileName === "-" ? await readStdin() : await readFile(fileName, "utf8");
  data = parseBackupFile(text, fileName === "-" ? "standard input" : fileName);
} catch (error) {
  const message = error instanceof BackupError ? error.message : `Cannot read ${fileName}: ${error instanceof Error ? error.message : String(error)}`;
  usage(message, USAGE);
}
const file = data;

await runWithDatabase({ migrate: true, create: true }, async (client) => {
  const summary = await importBranch(client, file, { replace: parsed.values.replace ?? false });
  log(formatSummary(summary));
});
