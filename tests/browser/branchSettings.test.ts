// The branch's school-holiday region (issue 18, item 3): a board member changes it on the Bestuur page, and the
// clash warnings while scheduling follow the new region.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, openAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("the branch's settings, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  /** Plans a single branch meeting on `date` and answers the kinds of the clash warnings shown (nothing is saved). */
  async function warningsFor(page: Page, date: string) {
    await page.goto(`${ctx.baseUrl}/a/den-haag/agenda/nieuw`);
    const form = page.getByTestId("series-form");
    await form.waitFor();
    await form.getByLabel("Soort").selectOption("branch_meeting");
    await form.getByLabel("Titel").fill("Extra afdelingsbijeenkomst");
    await form.getByRole("radio", { name: "Eén keer" }).check();
    await form.getByLabel("Datum", { exact: true }).fill(date);
    await form.getByRole("button", { name: "Reeks aanmaken" }).click();
    const warnings = form.getByTestId("clash-warnings");
    await warnings.waitFor();
    return warnings.locator('[data-testid="clash"]').evaluateAll((items) => items.map((item) => [item.getAttribute("data-kind"), item.textContent ?? ""] as const));
  }

  it("lets a board member set the region, and the school-holiday warning follows it", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.treasurer, "/a/den-haag/bestuur");
    // Let the page finish restoring the session before leaving it: a navigation that aborts the refresh request
    // after the server rotated the refresh token makes the next page present the old one, which the server
    // treats as reuse and ends the session (refreshTokens.ts has no grace period; CI failed on this once).
    await page.getByTestId("branch-settings").waitFor();
    // Wednesday 24 February 2027: voorjaarsvakantie in midden (The Hague), not in zuid.
    const midden = await warningsFor(page, "2027-02-24");
    expect(midden.filter(([kind]) => kind === "school_holiday").map(([, text]) => text).join()).toContain("Voorjaarsvakantie");

    await page.goto(`${ctx.baseUrl}/a/den-haag/bestuur`);
    const settings = page.getByTestId("branch-settings");
    await settings.getByRole("heading", { name: "Afdeling" }).waitFor();
    const region = settings.getByLabel("Regio voor schoolvakanties");
    expect(await region.inputValue()).toBe("midden");
    expect(await accessibilityProblems(page)).toEqual([]);
    await region.selectOption({ label: "Zuid" });
    await settings.getByRole("button", { name: "Opslaan" }).click();
    await settings.getByText("Opgeslagen: de agenda waarschuwt nu voor de schoolvakanties van regio Zuid.").waitFor();
    expect((await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).schoolHolidayRegion).toBe("zuid");
    expect(await ctx.db.auditEntry.count({ where: { entityType: "branch", action: "settings_changed" } })).toBe(1);

    const zuid = await warningsFor(page, "2027-02-24");
    expect(zuid.map(([kind]) => kind)).not.toContain("school_holiday");
    expect(await ctx.db.meetingSeries.count({ where: { title: "Extra afdelingsbijeenkomst" } })).toBe(0);

    // After a reload the page shows the saved region.
    await page.goto(`${ctx.baseUrl}/a/den-haag/bestuur`);
    expect(await page.getByTestId("branch-settings").getByLabel("Regio voor schoolvakanties").inputValue()).toBe("zuid");
    await page.close();
  }, 60_000);

  it("shows no settings to a member who is not on the board", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.member, "/a/den-haag/bestuur");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByTestId("organogram").or(page.getByRole("heading", { level: 2 }).first()).first().waitFor();
    expect(await page.getByTestId("branch-settings").count()).toBe(0);
    await page.close();
  });
});
