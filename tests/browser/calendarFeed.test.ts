import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

// Issue 16 finding 4: only the feed token's hash is stored, so the link is shown once, when it is made.
describe.skipIf(!chromiumAvailable)("the personal calendar link, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function openSubscribePanel(page: Page) {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Agenda" }).click();
    await page.waitForURL(/\/a\/den-haag\/agenda/);
    await page.getByRole("button", { name: "Abonneren in je agenda-app" }).click();
  }
  const statusOf = async (url: string) => (await fetch(url)).status;

  it("shows a new link once, and a new one ends the old one after a confirmation", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, DEMO.member);
    await page.waitForURL(/\/a\/den-haag$/);
    await openSubscribePanel(page);
    await page.getByRole("button", { name: "Link maken", exact: true }).click();
    const first = await page.getByTestId("feed-url").inputValue();
    expect(first).toMatch(/\/api\/calendar\/[\w-]{20,}\.ics$/);
    expect(await page.getByText("Bewaar hem nu").count()).toBe(1);
    expect(await statusOf(first)).toBe(200);
    expect(await accessibilityProblems(page)).toEqual([]);

    // After a reload the link cannot be shown again: the server no longer knows it.
    await page.reload();
    await openSubscribePanel(page);
    await page.getByText("Je hebt al een agendalink").waitFor();
    expect(await page.getByTestId("feed-url").count()).toBe(0);
    expect(await page.content()).not.toContain(first);

    await page.getByRole("button", { name: "Nieuwe link maken" }).click();
    const dialog = page.getByRole("dialog", { name: "Nieuwe link maken?" });
    await dialog.getByRole("button", { name: "Oude link houden" }).click();
    expect(await statusOf(first)).toBe(200);
    await page.getByRole("button", { name: "Nieuwe link maken" }).click();
    await dialog.getByRole("button", { name: "Ja, nieuwe link maken" }).click();
    await expect.poll(() => page.getByTestId("feed-url").count()).toBe(1);
    const second = await page.getByTestId("feed-url").inputValue();
    expect(second).not.toBe(first);
    expect(await page.getByRole("status").textContent()).toMatch(/De oude werkt niet meer/);
    expect(await statusOf(first)).toBe(404);
    expect(await statusOf(second)).toBe(200);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
