import { beforeAll } from "vitest";
import type { AddressInfo } from "node:net";
import { useTestApp, type TestApp, type TestAppOverrides } from "./app.ts";

/** Like useTestApp, but listening on a free loopback port so a real browser can use it. Overrides as for useTestApp (a test's SMTP server). */
export function useRunningServer(overrides: TestAppOverrides = {}): TestApp & { baseUrl: string } {
  const context = useTestApp(overrides) as TestApp & { baseUrl: string };
  beforeAll(async () => {
    if (!context.app.servesWebApp) throw new Error("web/dist is missing: run `npm run build` first (npm test does).");
    await context.app.listen({ host: "127.0.0.1", port: 0 });
    context.baseUrl = `http://127.0.0.1:${(context.app.server.address() as AddressInfo).port}`;
  });
  return context;
}
