import { describe, expect, it } from "vitest";
import { isoWeekAt } from "@afdelingsplanner/shared";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { TEST_NOW } from "../support/clock.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("logging in, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("shows the secretary the home page of BIJ1 Den Haag with this week's ISO number and parity", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, DEMO.secretary);
    await page.waitForURL(/\/a\/den-haag$/);

    await expect.poll(() => page.getByTestId("branch-name").textContent()).toContain("BIJ1 Den Haag");
    const week = isoWeekAt(TEST_NOW, "Europe/Amsterdam");
    const expected = `Week ${week.isoWeek} · ${week.parity === "odd" ? "oneven" : "even"}`;
    await expect.poll(() => page.getByTestId("current-week").textContent()).toContain(expected);
    await expect.poll(() => page.getByTestId("working-group").count()).toBe(3);
    const groups = await page.getByTestId("working-group").allTextContents();
    expect(groups.join(" ")).toContain("Nadine Avéres");
    expect(await page.getByRole("navigation").first().textContent()).toMatch(/Agenda.*Bestuur.*Werkgroepen.*Rooster/s);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it("keeps the session across a reload through the refresh cookie, and ends it on logout", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, DEMO.member);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.reload();
    await expect.poll(() => page.getByTestId("branch-name").textContent()).toContain("BIJ1 Den Haag");
    expect(page.url()).toMatch(/\/a\/den-haag$/);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${ctx.baseUrl}/a/den-haag`);
    await page.waitForURL(/\/login/);
    await page.close();
  });

  it("says in Dutch that the email address or password is wrong, and keeps what was typed", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, DEMO.secretary, "verkeerd-wachtwoord");
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/E-mailadres of wachtwoord klopt niet/);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.locator('input[name="email"]').inputValue()).toBe(DEMO.secretary);
    expect(page.url()).toMatch(/\/login/);
    await page.close();
  });

  it("switches the interface to English", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, DEMO.secretary);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("button", { name: /^EN$/ }).click();
    await expect.poll(() => page.getByRole("navigation").first().textContent()).toMatch(/Board.*Working groups/s);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await page.close();
  });
});
