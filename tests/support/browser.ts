import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { TEST_NOW } from "./clock.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** On CI a missing browser is a failure; on a laptop without Chromium the browser tests are skipped. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH) || process.env.CI === "true";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without the networking flags Chromium keeps trying to reach Google's hosts, which this network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface TestBrowser {
  /** A new page whose clock stands at TEST_NOW, the same day as the app's pinned clock. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * One Chromium for the test file: started before its tests, closed after them. Pages read the date
 * from the test clock, not the machine's, so "today" in the page and in the API agree on any day.
 */
export function useBrowser(): TestBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async (options) => {
      if (!browser) throw new Error("useBrowser(): the browser starts in beforeAll; open pages inside tests or hooks");
      const page = await browser.newPage(options);
      await page.clock.setFixedTime(TEST_NOW);
      return page;
    },
  };
}

/** Logs in through the real login form, starting from the app's front page, without waiting: callers wait for where they expect to land. */
export async function logIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/login/);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('[data-testid="login-form"] button[type="submit"]').click();
}

/**
 * A new page, logged in as `email` through the login form (landing on Den Haag, where the demo accounts
 * start), then opened at `path`. Steps wait at most 10 s, so a test fails at the step that waits.
 */
export async function openAs(browser: TestBrowser, baseUrl: string, email: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await logIn(page, baseUrl, email);
  await page.waitForURL(/\/a\/den-haag$/);
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Serious and critical axe-core violations on the page as it is now, as "rule: target" lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through DevTools rather than added as a <script> tag: the app's CSP (script-src 'self') blocks inline scripts.
  // Once per document: a page that moves within the app keeps axe (half a megabyte to parse each time).
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // Runs in the page, where the script tag above defined axe on the global object.
    const { axe } = globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
    const result = await axe.run();
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}
