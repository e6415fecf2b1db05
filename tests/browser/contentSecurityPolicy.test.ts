import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "../support/app.ts";
import { chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

/** Collects what Chromium reports as blocked by the page's Content-Security-Policy. */
function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

describe.skipIf(!chromiumAvailable)("the Content-Security-Policy in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("lets every main page of the SPA load and work without a single CSP violation", async () => {
    const page = await browser.newPage();
    const violations = recordCspViolations(page);
    const failedRequests: string[] = [];
    page.on("requestfailed", (request) => {
      // Leaving a page cancels its pending fetches (ERR_ABORTED); a blocked request fails with ERR_BLOCKED_BY_CSP.
      const reason = request.failure()?.errorText ?? "";
      if (reason !== "net::ERR_ABORTED") failedRequests.push(`${request.url()} ${reason}`);
    });

    await logIn(page, ctx.baseUrl, DEMO.secretary);
    await page.waitForURL(/\/a\/den-haag$/);
    // The header is really there on the document the browser runs.
    const documentResponse = await page.goto(`${ctx.baseUrl}/a/den-haag/agenda`);
    expect(documentResponse?.headers()["content-security-policy"]).toContain("script-src 'self'");

    for (const [path, landmark] of [
      ["/a/den-haag/agenda", "main"],
      ["/a/den-haag/bestuur", "main"],
      ["/a/den-haag/rooster", "main"],
      ["/a/den-haag/werkgroepen", "main"],
      ["/a/den-haag/werkgroepen/organizing", "main"],
      ["/a/den-haag/netwerk", "main"],
      ["/a/den-haag/plan", "main"],
      ["/a/den-haag/actielijst", "main"],
      ["/a/den-haag/agenda/belasting", "main"],
      ["/bezoek/den-haag", "main"],
    ] as const) {
      await page.goto(`${ctx.baseUrl}${path}`);
      await page.locator(landmark).first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.locator("h1").count(), `${path} rendered a heading`).toBeGreaterThan(0);
    }
    expect(violations).toEqual([]);
    expect(failedRequests).toEqual([]);
    await page.close();
  });

  it("blocks a script injected inline, so an XSS payload could not run", async () => {
    const page = await browser.newPage();
    const violations = recordCspViolations(page);
    await page.goto(`${ctx.baseUrl}/login`);
    await page.locator('input[name="email"]').waitFor();
    // What an XSS payload would do: add an inline <script> to the document (a string, run in the page).
    const ran = await page.evaluate(`(async () => {
      const script = document.createElement("script");
      script.textContent = "globalThis.injected = true";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return globalThis.injected === true;
    })()`);
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
