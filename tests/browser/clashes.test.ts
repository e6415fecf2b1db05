// Clash warnings while scheduling (issue 18), in Chromium: a board member plans an extra branch meeting on
// Eerste Kerstdag, sees the warnings in Dutch before anything is saved, takes the suggested date with the
// keyboard, and saves anyway (kerstvakantie still applies there).
import { describe, expect, it } from "vitest";
import { accessibilityProblems, chromiumAvailable, openAs, useBrowser } from "../support/browser.ts";
import { DEMO } from "../support/app.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("clash warnings, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("warns that 25 December is a holiday, offers the nearest date without it, and saves only when told to", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.treasurer, "/a/den-haag/agenda/nieuw");
    const form = page.getByTestId("series-form");
    await form.waitFor();
    await form.getByLabel("Soort").selectOption("branch_meeting");
    await form.getByLabel("Titel").fill("Extra afdelingsbijeenkomst");
    await form.getByRole("radio", { name: "Eén keer" }).check();
    await form.getByLabel("Datum", { exact: true }).fill("2026-12-25");
    await form.getByRole("button", { name: "Reeks aanmaken" }).click();

    const warnings = form.getByTestId("clash-warnings");
    await warnings.waitFor();
    const holiday = warnings.locator('[data-testid="clash"][data-kind="public_holiday"]');
    expect(await holiday.textContent()).toContain("vrijdag 25 december 2026 is een feestdag: Eerste Kerstdag.");
    // Thursday the 24th: Organizing meets then, but this evening is shared already (with the demo's own branch meeting).
    expect(await holiday.textContent()).toContain("Voorgestelde datum: donderdag 24 december 2026.");
    expect(await warnings.locator('[data-testid="clash"][data-kind="school_holiday"]').textContent()).toContain("Kerstvakantie");
    expect(await ctx.db.meetingSeries.count({ where: { title: "Extra afdelingsbijeenkomst" } })).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The suggestion by keyboard: it fills in the date, and the next save checks again.
    await holiday.getByRole("button", { name: "Gebruik do 24 dec" }).focus();
    await page.keyboard.press("Enter");
    expect(await form.getByLabel("Datum", { exact: true }).inputValue()).toBe("2026-12-24");
    expect(await form.getByTestId("clash-warnings").count()).toBe(0);
    await form.getByRole("button", { name: "Reeks aanmaken" }).click();
    await warnings.waitFor();
    expect(await warnings.locator('[data-testid="clash"]').evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")))).not.toContain("public_holiday");

    await warnings.getByRole("button", { name: "Toch opslaan" }).click();
    await page.waitForURL(/\/agenda\?datum=2026-12-24$/);
    const saved = await ctx.db.meetingSeries.findFirstOrThrow({ where: { title: "Extra afdelingsbijeenkomst" } });
    expect(saved.singleDate?.toISOString().slice(0, 10)).toBe("2026-12-24");
    await page.close();
  });
});
