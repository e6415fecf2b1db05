import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const TIM = "tim@bij1-denhaag.example"; // penningmeester, trekker of Organizing

describe.skipIf(!chromiumAvailable)("working groups, goals, network and plan, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, ctx.baseUrl, TIM);
    await page.waitForURL(/\/a\/den-haag$/);
  });

  async function openSection(name: string, path: string): Promise<void> {
    await page.getByRole("navigation").getByRole("link", { name, exact: true }).click();
    await page.waitForURL(new RegExp(`/a/den-haag/${path}$`));
  }

  it("shows a card per working group with roles, the independence marker and goal bars", async () => {
    await openSection("Werkgroepen", "werkgroepen");
    const cards = page.getByTestId("working-group");
    await expect.poll(() => cards.count()).toBe(3);
    const organizing = cards.filter({ hasText: "Organizing" });
    await expect.poll(() => organizing.getByTestId("goal").count()).toBeGreaterThan(0);
    expect(await organizing.textContent()).toMatch(/trekker.*Tim Kies/);
    expect(await organizing.locator("[data-chair]").textContent()).toMatch(/Trekker: (bestuur|onafhankelijk)/);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("logs a demonstration with the quick form, and the goal goes from 1/5 to 2/5; undo takes it back", async () => {
    await page.getByRole("link", { name: "Organizing", exact: true }).click();
    await page.waitForURL(/\/a\/den-haag\/werkgroepen\/organizing$/);
    const goal = page.getByTestId("goal").filter({ hasText: "Aanwezig bij minstens 5 demonstraties" });
    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("1 van 5");
    await expect.poll(() => page.getByTestId("activity-list").count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    const timsDemonstrations = await page.getByTestId("activity-list").locator("li").filter({ hasText: /Demonstratie.*Tim Kies/ }).count();
    // Three taps: the type, (the date is today), save.
    await page.getByRole("button", { name: "Demonstratie", exact: true }).click();
    expect(await page.getByLabel("Datum").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByLabel("Met welke organisatie?").count()).toBe(0);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();

    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("2 van 5");
    const undo = page.getByRole("button", { name: "Ongedaan maken" });
    expect(await undo.isVisible()).toBe(true);
    // Newest first, but a planned training session's activity (dated later) may stand above it.
    await expect.poll(() => page.getByTestId("activity-list").locator("li").filter({ hasText: /Demonstratie.*Tim Kies/ }).count()).toBe(timsDemonstrations + 1);

    await undo.click();
    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("1 van 5");
    expect(await page.getByRole("status").filter({ hasText: "Ongedaan gemaakt" }).count()).toBe(1);

    // Logged again, for good: the Werkgroepen card shows it too.
    await page.getByRole("button", { name: "Demonstratie", exact: true }).click();
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("2 van 5");
    await openSection("Werkgroepen", "werkgroepen");
    const cardGoal = page.getByTestId("working-group").filter({ hasText: "Organizing" }).getByTestId("goal").filter({ hasText: "demonstraties" });
    await expect.poll(() => cardGoal.getByTestId("goal-count").textContent()).toBe("2 van 5");
  });

  it("shows a network conversation's organisation picker only for netwerkgesprek, and the chart in words", async () => {
    await page.getByRole("link", { name: "Organizing", exact: true }).click();
    await page.waitForURL(/\/werkgroepen\/organizing$/);
    await page.getByRole("button", { name: "Netwerkgesprek", exact: true }).click();
    await expect.poll(() => page.getByLabel("Met welke organisatie?").count()).toBe(1);
    expect(await page.getByLabel("Aantal berichten").count()).toBe(0);
    expect(await page.locator('svg[role="img"]').first().getAttribute("aria-labelledby")).toBeTruthy();
    expect(await page.locator("figcaption").first().textContent()).toMatch(/activiteiten in de laatste 12 weken/);
  });

  it("shows who is on duty this week, and swaps two weeks after confirming", async () => {
    await openSection("Werkgroepen", "werkgroepen");
    await page.getByRole("link", { name: "Communicatie", exact: true }).click();
    await page.waitForURL(/\/werkgroepen\/communicatie$/);
    const rota = page.getByTestId("rota");
    await expect.poll(() => rota.locator("li").count()).toBe(8);
    expect(await rota.locator("li").first().textContent()).toMatch(/deze week/);
    const nameIn = (index: number) => rota.locator("li").nth(index).locator("strong").textContent();
    const [before1, before2] = [await nameIn(1), await nameIn(2)];
    expect(before1).not.toBe(before2);

    await page.getByLabel("Ruil week").selectOption({ index: 2 }); // the second week after this one (option 0 is "Kies een week")
    await page.getByLabel("met week").selectOption({ index: 2 });
    await page.getByRole("button", { name: "Ruilen…" }).click();
    const dialog = page.getByRole("dialog", { name: "Weken ruilen?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Ruilen", exact: true }).click();

    await expect.poll(() => page.getByRole("status").filter({ hasText: "De weken zijn geruild" }).count()).toBe(1);
    await expect.poll(() => nameIn(1)).toBe(before2);
    expect(await nameIn(2)).toBe(before1);
  });

  it("passes axe on Netwerk and opens an organisation's history", async () => {
    await openSection("Netwerk", "netwerk");
    const organisations = page.getByTestId("organisation");
    await expect.poll(() => organisations.count()).toBeGreaterThan(5);
    const acv = organisations.filter({ hasText: "Afrikaans VluchtelingenCollectief" });
    expect(await acv.textContent()).toMatch(/2 gesprekken/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await acv.getByRole("button", { name: /Geschiedenis tonen/ }).click();
    await expect.poll(() => acv.locator("li").count()).toBe(2);
  });

  it("passes axe on Plan, with today marked and the current phase", async () => {
    await openSection("Plan", "plan");
    await expect.poll(() => page.getByTestId("phase").count()).toBeGreaterThan(2);
    expect(await page.getByTestId("today").textContent()).toMatch(/^\s*Vandaag: \d+ \w+ \d{4}/);
    expect(await page.locator('[data-testid="phase"][data-state="current"]').count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
