import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { calendarDays } from "@afdelingsplanner/shared";
import { type RosterResponse } from "@afdelingsplanner/shared/schemas";
import { DEMO, bearer, login } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";
import { testToday } from "../support/clock.ts";

describe.skipIf(!chromiumAvailable)("the audit log (logboek), in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function openHome(email: string): Promise<Page> {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, email);
    await page.waitForURL(/\/a\/den-haag$/);
    return page;
  }

  /** Tim cancels the next board meeting and reappoints Latifa, through the API as the pages would. */
  async function timMakesTwoChanges(): Promise<string> {
    const tim = await login(ctx.app, DEMO.treasurer);
    const today = testToday();
    const occurrences = (await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${today}&to=${calendarDays.addDays(today, 60)}&kind=board`, headers: bearer(tim) })).json()
      .occurrences as { seriesId: string; date: string; exceptionVersion: number | null }[];
    const next = occurrences[1];
    if (!next) throw new Error("No board meeting in the next two months");
    const cancelled = await ctx.app.inject({ method: "PUT", url: `/api/branches/den-haag/series/${next.seriesId}/occurrences/${next.date}`, headers: bearer(tim), payload: { status: "cancelled", reason: "Te weinig bestuursleden", expectedVersion: next.exceptionVersion } });
    expect(cancelled.statusCode).toBe(200);
    // The log lists newest first; on the pinned clock the two changes would share one instant.
    ctx.clock.advance(60_000);
    const roster = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster", headers: bearer(tim) })).json<RosterResponse>();
    const latifa = roster.entries.find((entry) => entry.name === "Latifa Salmi");
    const reappointed = await ctx.app.inject({ method: "POST", url: `/api/branches/den-haag/roster/seats/${latifa?.seatId}/reappointment`, headers: bearer(tim), payload: {} });
    expect(reappointed.statusCode).toBe(201);
    return next.date;
  }

  it("shows a board member who changed what, filters by kind of change in the URL, and passes axe", async () => {
    const page = await openHome(DEMO.treasurer);
    // Before anything changed: a clear empty state.
    await page.getByRole("navigation").getByRole("link", { name: "Logboek" }).click();
    await page.waitForURL(/\/a\/den-haag\/logboek$/);
    await expect.poll(() => page.locator(".empty-state").textContent()).toContain("Er is nog niets veranderd");
    expect(await accessibilityProblems(page)).toEqual([]);

    const date = await timMakesTwoChanges();
    await page.reload();
    const rows = page.getByTestId("audit-row");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Tim Kies.*Rooster van aftreden.*Latifa Salmi herbenoemd als duo-voorzitter/);
    expect(await rows.nth(1).textContent()).toMatch(new RegExp(`Tim Kies.*Losse vergadering.*Bestuursvergadering op ${date} geannuleerd`));

    // The changed fields open per entry.
    await rows.nth(1).getByText("Toon 2 gewijzigde velden").click();
    await expect.poll(() => rows.nth(1).locator(".audit-changes").textContent()).toMatch(/change.*cancelled.*reason.*Te weinig bestuursleden/);
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel("Soort wijziging").selectOption({ label: "Losse vergadering" });
    await page.waitForURL(/type=occurrence_exception/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("geannuleerd");

    // The filter lives in the URL: a fresh load of the link shows the same.
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByLabel("Soort wijziging").inputValue()).toBe("occurrence_exception");

    await page.getByLabel("Door wie").selectOption({ label: "Tim Kies" });
    await page.getByLabel("Vanaf").fill("2020-01-01");
    await page.getByLabel("Tot en met").fill("2020-12-31");
    await page.waitForURL(/tot=2020-12-31/);
    await expect.poll(() => page.locator(".empty-state").textContent()).toContain("Geen wijzigingen die bij deze filters passen");
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it("is not in the navigation of a plain member", async () => {
    const page = await openHome("priya@bij1-denhaag.example");
    const nav = page.getByRole("navigation");
    await expect.poll(() => nav.getByRole("link", { name: "Agenda" }).count()).toBe(1);
    expect(await nav.getByRole("link", { name: "Logboek" }).count()).toBe(0);
    await page.close();
  });
});
