// npm run export -- --branch den-haag > den-haag.json   (or --output den-haag.json)
// Writes one branch's data as JSON to stdout; see server/src/backup/plan.ts for what is in it.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { log, runWithDatabase, usage } from "../server/src/backup/cli.ts";
import { exportBranch } from "../server/src/backup/exportBranch.ts";

const USAGE = "Usage: npm run --silent export -- --branch <slug> [--output <file.json>]   (without --output the JSON goes to stdout)";
let args;
try {
  args = parseArgs({ options: { branch: { type: "string" }, output: { type: "string" }, help: { type: "boolean" } } }).values;
} catch (error) {
  usage(error instanceof Error ? error.message : String(error), USAGE);
}
if (args.help) {
  log(USAGE);
  process.exit(0);
}
if (!args.branch) usage("Name the branch to export with --branch <slug>, e.g. --branch den-haag.", USAGE);
const { branch, output } = args;

await runWithDatabase({ migrate: false, create: false }, async (client) => {
  const data = await exportBranch(client, branch);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (output) await writeFile(output, text, { mode: 0o600 }); // holds password hashes: readable by its owner only
  else await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
  const counts = Object.entries(data.tables).map(([table, rows]) => `${table} ${rows.length}`);
  log(`Exported branch "${branch}" (schema ${data.schemaMigration})${output ? ` to ${output}` : ""}: ${counts.join(", ")}.`);
  log("The file holds members' personal data and password hashes: store it as securely as the database itself.");
});
