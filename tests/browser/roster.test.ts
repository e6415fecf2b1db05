import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("the board and its retirement roster, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function openAs(email: string, path: string): Promise<Page> {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, email);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("navigation").getByRole("link", { name: path === "rooster" ? "Rooster" : "Bestuur" }).click();
    await page.waitForURL(new RegExp(`/a/den-haag/${path}$`));
    return page;
  }

  it("shows the secretary five expired terms and the same-day warning; a reappointment turns the row active, reappointed once", async () => {
    const page = await openAs(DEMO.secretary, "rooster");
    const rows = page.getByTestId("roster-row");
    await expect.poll(() => rows.count()).toBe(5);
    await expect.poll(() => page.locator('[data-testid="roster-row"][data-status="expired"]').count()).toBe(5);
    expect(await rows.first().textContent()).toMatch(/Latifa Salmi.*duo-voorzitter.*21 augustus 2022.*21 augustus 2024.*0 keer herbenoemd.*Verlopen/);
    expect(await page.locator('[data-code="same_end_date"]').textContent()).toContain("Alle vijf termijnen eindigden op dezelfde dag, 21 augustus 2024");
    expect(await accessibilityProblems(page)).toEqual([]);

    const latifa = rows.filter({ hasText: "Latifa Salmi" });
    await latifa.getByRole("button", { name: "Herbenoemen Latifa Salmi" }).click();
    const dialog = page.getByRole("dialog", { name: "Latifa Salmi herbenoemen" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain("Daarna is Latifa Salmi 1 keer herbenoemd");
    await dialog.getByRole("button", { name: "Herbenoemen", exact: true }).click();

    await expect.poll(() => latifa.getAttribute("data-status")).toBe("active");
    await expect.poll(() => latifa.textContent()).toMatch(/1 keer herbenoemd.*Actief/);
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="roster-row"][data-status="expired"]').count()).toBe(4);
    await expect.poll(() => page.locator(".history li").first().textContent()).toMatch(/Latifa Salmi herbenoemd als duo-voorzitter.*door Nadine Avéres/);
    await page.close();
  });

  it("shows the roster as of mid-2024 as ending soon, and prints without the navigation and buttons", async () => {
    const page = await openAs(DEMO.secretary, "rooster");
    await page.getByLabel("Peildatum").fill("2024-06-15");
    await page.waitForURL(/peildatum=2024-06-15/);
    await expect.poll(() => page.locator('[data-testid="roster-row"][data-status="ending_soon"]').count()).toBe(5);
    expect(await page.getByRole("button", { name: /Herbenoemen/ }).count()).toBe(0);

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation").first().isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Afdrukken" }).isVisible()).toBe(false);
    expect(await page.getByRole("table").first().isVisible()).toBe(true);
    await page.close();
  });

  it("lets a member read the roster without any action, and shows the board as an organogram with person cards", async () => {
    const page = await openAs(DEMO.member, "rooster");
    await expect.poll(() => page.getByTestId("roster-row").count()).toBe(5);
    expect(await page.getByRole("button", { name: /Herbenoemen|Vertrek vastleggen|Beleid wijzigen/ }).count()).toBe(0);

    await page.getByRole("navigation").getByRole("link", { name: "Bestuur" }).click();
    await expect.poll(() => page.getByTestId("organogram-seat").count()).toBe(5);
    const nadine = page.getByTestId("organogram-seat").filter({ hasText: "Nadine Avéres" });
    expect(await nadine.textContent()).toMatch(/secretaris.*Politieke agenda.*trekker/);
    const cards = page.getByTestId("board-member");
    expect(await cards.count()).toBe(5);
    expect(await cards.filter({ hasText: "Tim Kies" }).textContent()).toMatch(/penningmeester.*Werkgroep organizing.*afdelingsbudget/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
