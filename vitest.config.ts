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
        },
      },
    ],
  },
});
