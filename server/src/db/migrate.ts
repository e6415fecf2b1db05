import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../config.ts";

const run = promisify(execFile);

/** Applies prisma/migrations with `prisma migrate deploy` (never `migrate dev`: it cannot run offline). */
export async function applyMigrations(databaseUrl: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(REPO_ROOT, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`Applying database migrations failed:\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
  });
  return stdout;
}
