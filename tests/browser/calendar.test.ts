import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { isoWeekAt } from "@afdelingsplanner/shared";
import { DEMO, bearer, login } from "../support/app.ts";
import { chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { TEST_NOW } from "../support/clock.ts";
import { useRunningServer } from "../support/server.ts";

const TIME_ZONE = "Europe/Amsterdam";

describe.skipIf(!chromiumAvailable)("the agenda, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function openAgenda(email: string, search = ""): Promise<Page> {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, email);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Agenda" }).click();
    await page.waitForURL(/\/a\/den-haag\/agenda/);
    if (search) await page.goto(`${ctx.baseUrl}/a/den-haag/agenda${search}`);
    return page;
  }

  /** The list view's section for ISO week `week`, and the titles of its meetings. */
  async function titlesInWeek(page: Page, week: number): Promise<string[]> {
    const section = page.locator(`[data-testid="agenda-week"][data-week="${week}"]`);
    await section.waitFor();
    return section.locator('[data-testid="occurrence"] h3').allTextContents();
  }

  it("lets a board member create an even-week series with a live preview, and shows it in the agenda across the 53-week turn", async () => {
    const page = await openAgenda(DEMO.treasurer);
    await page.getByTestId("new-series").click();
    await page.waitForURL(/\/agenda\/nieuw$/);

    const form = page.getByTestId("series-form");
    await form.getByLabel("Soort").selectOption("working_group");
    await form.getByLabel("Titel").fill("Werkgroep Scholing");
    await form.getByLabel("Werkgroep", { exact: true }).selectOption({ label: "Organizing" });
    await form.getByRole("radio", { name: "Even weken", exact: true }).check();
    await form.getByLabel("Dag", { exact: true }).selectOption("4"); // Thursday
    await form.getByLabel("Begintijd", { exact: true }).fill("20:00");
    await form.getByLabel("Duur (minuten)").fill("90");
    await form.getByLabel("Geldig vanaf").fill("2026-12-01");
    await form.getByLabel(/Geldig tot en met/).fill("2027-03-31");
    await form.getByLabel("Locatie", { exact: true }).fill("Bibliotheek Schilderswijk");

    // The preview is computed in the browser: eight Thursdays, each labelled with an even ISO week.
    const preview = page.getByTestId("preview-occurrence");
    await expect.poll(() => preview.count()).toBe(8);
    for (const text of await preview.allTextContents()) expect(text).toMatch(/do .*20:00–21:30.*Week \d+ · even/);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(TEST_NOW);
    if (today < "2026-12-25") {
      expect(await preview.first().textContent()).toContain("Week 50 · even"); // Thursday 2026-12-10
      await expect
        .poll(() => page.getByTestId("schedule-preview").getByTestId("week53-note").textContent())
        .toBe("Let op: 2026 heeft 53 weken — week 53 en week 1 zijn allebei oneven.");
    }

    await form.getByRole("button", { name: "Reeks aanmaken" }).click();
    // Organizing itself meets on even Thursdays: the clash is shown before saving (issue 18), and saving stays possible.
    await form.getByTestId("clash-warnings").waitFor();
    await form.getByRole("button", { name: "Toch opslaan" }).click();
    await page.waitForURL(/\/agenda\?datum=\d{4}-\d{2}-\d{2}$/);
    await expect.poll(() => page.getByTestId("agenda-flash").textContent()).toContain("Werkgroep Scholing");
    await expect.poll(() => page.getByTestId("occurrence").filter({ hasText: "Werkgroep Scholing" }).count()).toBeGreaterThan(0);

    // Across the turn of 2026: even weeks 52 and 2 have the meeting; week 53 and week 1 (both odd) don't.
    await page.goto(`${ctx.baseUrl}/a/den-haag/agenda?datum=2026-12-21`);
    expect(await titlesInWeek(page, 52)).toContain("Werkgroep Scholing");
    expect(await titlesInWeek(page, 53)).not.toContain("Werkgroep Scholing");
    expect(await titlesInWeek(page, 1)).not.toContain("Werkgroep Scholing");
    expect(await titlesInWeek(page, 2)).toContain("Werkgroep Scholing");
    // The board meets in odd weeks: in week 53 and again in week 1.
    expect(await titlesInWeek(page, 53)).toContain("Bestuursvergadering");
    expect(await titlesInWeek(page, 1)).toContain("Bestuursvergadering");
    expect(await page.locator('[data-testid="agenda-week"][data-week="53"] h2').textContent()).toContain("Week 53 · oneven");
    expect(await page.locator('[data-testid="agenda-week"][data-week="1"] h2').textContent()).toContain("Week 1 · oneven");
    expect(await page.getByTestId("week53-note").textContent()).toContain("2026 heeft 53 weken");
    await page.close();
  });

  it("lets a board member cancel one meeting after a confirmation, shows it struck through with the reason, and undo it", async () => {
    const page = await openAgenda(DEMO.treasurer, "?datum=2026-12-21&soort=board");
    const meeting = page.locator('[data-testid="occurrence"][data-date="2026-12-29"]');
    await meeting.getByRole("button", { name: "Deze keer wijzigen" }).click();
    await meeting.getByRole("radio", { name: "Afgelasten" }).check();
    await meeting.getByLabel("Reden").fill("Tussen kerst en oud en nieuw");
    await meeting.getByRole("button", { name: "Afgelasten…" }).click();

    const dialog = page.getByRole("dialog", { name: "Vergadering afgelasten?" });
    await dialog.waitFor();
    // The board members get a METHOD:CANCEL by mail (issue 15): the dialog says so.
    expect(await dialog.textContent()).toContain("De bestuursleden krijgen een afzegging in hun agenda.");
    await dialog.getByRole("button", { name: "Ja, afgelasten" }).click();

    await expect.poll(() => meeting.getAttribute("data-status")).toBe("cancelled");
    expect(await meeting.locator("s").count()).toBeGreaterThan(0);
    expect(await meeting.textContent()).toContain("Afgelast: Tussen kerst en oud en nieuw");

    await meeting.getByRole("button", { name: "Wijziging ongedaan maken" }).click();
    await expect.poll(() => meeting.getAttribute("data-status")).toBe("scheduled");
    await page.close();
  });

  it("tells a board member whose cancellation comes after someone else's change to reload, and shows that change after the reload", async () => {
    const page = await openAgenda(DEMO.treasurer, "?datum=2026-12-14&soort=board");
    const meeting = page.locator('[data-testid="occurrence"][data-date="2026-12-15"]');
    await meeting.getByRole("button", { name: "Deze keer wijzigen" }).click();
    await meeting.getByRole("radio", { name: "Afgelasten" }).check();
    await meeting.getByLabel("Reden").fill("Te weinig bestuursleden");
    await meeting.getByRole("button", { name: "Afgelasten…" }).click();

    // Meanwhile the secretary cancels the same meeting, with another reason.
    const secretary = await login(ctx.app, DEMO.secretary);
    const board = (await ctx.db.meetingSeries.findFirstOrThrow({ where: { title: "Bestuursvergadering", branch: { slug: "den-haag" } } })).id;
    const theirs = await ctx.app.inject({
      method: "PUT",
      url: `/api/branches/den-haag/series/${board}/occurrences/2026-12-15`,
      headers: bearer(secretary),
      payload: { status: "cancelled", reason: "Zaal niet beschikbaar", expectedVersion: null },
    });
    expect(theirs.statusCode).toBe(200);

    await page.getByRole("dialog", { name: "Vergadering afgelasten?" }).getByRole("button", { name: "Ja, afgelasten" }).click();
    const alert = meeting.getByRole("alert").filter({ hasText: "Iemand anders heeft dit intussen gewijzigd" });
    await alert.waitFor();
    await alert.getByRole("button", { name: "Pagina opnieuw laden" }).click();

    const reloaded = page.locator('[data-testid="occurrence"][data-date="2026-12-15"]');
    await expect.poll(() => reloaded.getAttribute("data-status")).toBe("cancelled");
    expect(await reloaded.textContent()).toContain("Afgelast: Zaal niet beschikbaar");
    // The undo sends the version it saw (the secretary's), so it works.
    await reloaded.getByRole("button", { name: "Wijziging ongedaan maken" }).click();
    await expect.poll(() => reloaded.getAttribute("data-status")).toBe("scheduled");
    await page.close();
  });

  it("shows a member this week with its ISO number and parity, and no planning buttons", async () => {
    const page = await openAgenda(DEMO.member);
    const week = isoWeekAt(TEST_NOW, TIME_ZONE);
    const label = `Week ${week.isoWeek} · ${week.parity === "odd" ? "oneven" : "even"}`;
    await expect.poll(() => page.locator(`[data-testid="agenda-week"][data-week="${week.isoWeek}"] h2`).textContent()).toContain(label);
    await expect.poll(() => page.getByTestId("occurrence").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("new-series").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Deze keer wijzigen" }).count()).toBe(0);

    await page.goto(`${ctx.baseUrl}/a/den-haag/agenda/nieuw`);
    await expect.poll(() => page.getByText("Alleen bestuursleden kunnen vergaderingen plannen.").count()).toBe(1);
    expect(await page.getByTestId("series-form").count()).toBe(0);
    await page.close();
  });
});
