import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // The same unit tests again on a host far from Amsterdam: results must not depend on the server's TZ.
        test: {
          name: "unit-tz",
          include: ["shared/src/**/*.test.ts"],
          environment: "node",
          env: { TZ: "America/New_York" },
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          // One embedded PostgreSQL for the run; each test file gets its own database from a migrated template.
          globalSetup: ["tests/support/globalSetup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll gives up after 1 s by default: too short for a page that logs in and loads its data on a
          // busy 2-core CI machine (the audit-log error test failed there at 1.07 s). 10 s matches the pages' own
          // action timeout; a poll that is meant to fail still fails, only later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
