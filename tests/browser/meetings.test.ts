import { afterEach, describe, expect, it } from "vitest";
import { addDaysLocal } from "@afdelingsplanner/shared";
import { DEMO, bearer, login } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, openAs as openBrowserAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";
import { TEST_NOW, testToday } from "../support/clock.ts";


describe.skipIf(!chromiumAvailable)("the meeting itself, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  /** The planned dates of the board's next meetings after today, from the occurrences API. */
  async function nextBoardMeetings(): Promise<{ seriesId: string; dates: string[] }> {
    const session = await login(ctx.app, DEMO.treasurer);
    const from = addDaysLocal(testToday(), 1);
    const response = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${from}&to=${addDaysLocal(from, 60)}&kind=board`, headers: bearer(session) });
    const occurrences = response.json<{ occurrences: { seriesId: string; date: string; status: string }[] }>().occurrences.filter((each) => each.status !== "cancelled");
    const [first] = occurrences;
    if (!first) throw new Error(`No board meetings ahead: ${response.body}`);
    return { seriesId: first.seriesId, dates: occurrences.map((each) => each.date).sort() };
  }

  const openAs = (email: string, path: string) => openBrowserAs(browser, ctx.baseUrl, email, path);
  // A test that closes a meeting moves the app's clock to its evening (issue 18); the next starts at TEST_NOW again.
  afterEach(() => ctx.clock.set(TEST_NOW));

  it("lets a visitor without an account ask to attend a board meeting, and the secretary approve it", async () => {
    const visitor = await browser.newPage();
    visitor.setDefaultTimeout(10_000);
    await visitor.goto(`${ctx.baseUrl}/bezoek/den-haag`);
    const form = visitor.getByTestId("attend-form");
    await form.waitFor();
    expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toContain("Een bestuursvergadering van BIJ1 Den Haag bijwonen");
    expect(await visitor.getByTestId("public-meetings").locator("li").count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(visitor)).toEqual([]);

    await form.getByLabel("Je naam").fill("Sanne de Vries");
    await form.getByLabel("Je e-mailadres").fill("sanne@example.org");
    await form.getByLabel("Welke vergadering?").selectOption({ index: 0 });
    await form.getByLabel(/Wil je een onderwerp inbrengen/).fill("Speeltuin Transvaal");
    // The honeypot is not reachable by keyboard or screen reader.
    expect(await visitor.locator('input[name="website"]').getAttribute("tabindex")).toBe("-1");
    await form.getByRole("button", { name: "Aanvraag versturen" }).click();

    const success = visitor.getByTestId("attend-success");
    await success.waitFor();
    expect(await success.textContent()).toContain("Je aanvraag is verstuurd");
    await visitor.getByTestId("status-link").click();
    await visitor.waitForURL(/\/bezoek\/status\/[A-Za-z0-9_-]+$/);
    await visitor.locator('[data-testid="guest-status"][data-status="pending"]').waitFor();
    expect(await visitor.getByTestId("guest-status").textContent()).toContain("Nog in behandeling");

    const nadine = await openAs(DEMO.secretary, "/a/den-haag");
    await nadine.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanvragen" }).click();
    await nadine.waitForURL(/\/a\/den-haag\/aanvragen$/);
    const request = nadine.getByTestId("guest-request").filter({ hasText: "Sanne de Vries" });
    await request.waitFor();
    expect(await request.textContent()).toContain("Onderwerp: Speeltuin Transvaal");
    await request.getByRole("button", { name: /^Goedkeuren\s*:\s*Sanne de Vries$/ }).click();
    const dialog = nadine.getByRole("dialog", { name: "Aanvraag goedkeuren?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ja, goedkeuren" }).click();
    await nadine.locator('[data-testid="guest-request"][data-status="approved"]').filter({ hasText: "Sanne de Vries" }).waitFor();

    await visitor.reload();
    await visitor.locator('[data-testid="guest-status"][data-status="approved"]').waitFor();
    expect(await visitor.getByTestId("guest-status").textContent()).toContain("Goedgekeurd");
    await nadine.close();
    await visitor.close();
  });

  it("carries an item left unhandled to the next board meeting, shown as 1× doorgeschoven", async () => {
    const { seriesId, dates } = await nextBoardMeetings();
    const [next, after] = dates;
    if (!next || !after) throw new Error("Need two board meetings ahead");

    // Tim opens the next board meeting from the agenda.
    let page = await openAs(DEMO.treasurer, `/a/den-haag/agenda?datum=${next}&soort=board`);
    await page.locator(`[data-testid="occurrence"][data-date="${next}"] [data-testid="open-meeting"]`).click();
    await page.waitForURL(new RegExp(`/a/den-haag/vergadering/[0-9a-f-]+/${next}$`));
    const items = page.getByTestId("agenda-item");
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    expect(await items.filter({ hasText: "Huisstijl nieuwsbrief" }).getByTestId("postponed-badge").textContent()).toContain("1× doorgeschoven");
    expect(await page.getByTestId("meeting-page").textContent()).toContain("Tim Kies bereidt de agenda voor.");
    // The demo's guest proposal reads as a guest's, never as a member's.
    const guestProposal = page.getByTestId("proposal").filter({ hasText: "Meldpunt straatintimidatie" });
    expect(await guestProposal.getByTestId("guest-badge").textContent()).toBe("Gast");
    expect(await guestProposal.textContent()).toContain("Voorgesteld door Amina Bouzid (gast, geen lid)");

    // He adds an item; it goes to the end of the agenda, and he moves it up with the keyboard.
    const form = page.getByTestId("add-item-form");
    await form.getByLabel("Onderwerp").fill("Fietsenstalling buurthuis");
    await form.getByLabel("Geschatte tijd (minuten)").fill("20");
    await form.getByRole("button", { name: "Toevoegen" }).click();
    const added = items.filter({ hasText: "Fietsenstalling buurthuis" });
    await added.waitFor();
    const count = await items.count();
    expect(await items.nth(count - 1).textContent()).toContain("Fietsenstalling buurthuis");
    await added.getByRole("button", { name: "Fietsenstalling buurthuis omhoog" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => items.nth(count - 2).textContent()).toContain("Fietsenstalling buurthuis");
    expect(await page.getByTestId("overrun-warning").count()).toBe(1); // 25 + 40 + 15 + 30 + 20 > 120
    expect(await accessibilityProblems(page)).toEqual([]);

    // During the meeting one item is handled; the new one is left open.
    await page.getByRole("navigation", { name: "Weergave" }).getByRole("link", { name: "Vergadering" }).click();
    const budget = page.getByTestId("meeting-item").filter({ hasText: "Begroting 2027" });
    await budget.getByRole("radio", { name: "Behandeld" }).click(); // checked once the server has saved it
    await page.locator('[data-testid="meeting-item"][data-status="handled"]').filter({ hasText: "Begroting 2027" }).waitFor();

    // Tim answers for himself whether he comes.
    await page.getByLabel("Kom je?").selectOption("maybe");
    await page.getByText(/misschien: 1/).waitFor();

    // Not before the meeting's day (issue 18): the button waits, and says why.
    expect(await page.getByTestId("close-meeting").isDisabled()).toBe(true);
    expect(await page.getByTestId("close-not-yet").textContent()).toContain("Afsluiten kan vanaf die dag");
    // On the evening itself (logged in again: the app's clock moved on), closing moves the unhandled items on, and says where to.
    ctx.clock.set(`${next}T20:30:00Z`);
    await page.close();
    page = await openAs(DEMO.treasurer, `/a/den-haag/vergadering/${seriesId}/${next}`);
    await page.getByTestId("close-meeting").click();
    const dialog = page.getByRole("dialog", { name: "Vergadering afsluiten?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ja, afsluiten" }).click();
    const result = page.getByTestId("close-result");
    await result.waitFor();
    expect(await result.textContent()).toMatch(/De vergadering is afgesloten\..*doorgeschoven naar de vergadering van/);

    await page.getByTestId("next-meeting-link").click();
    await page.waitForURL(new RegExp(`/vergadering/[0-9a-f-]+/${after}$`));
    const carried = page.getByTestId("agenda-item").filter({ hasText: "Fietsenstalling buurthuis" });
    await carried.waitFor();
    expect(await carried.getByTestId("postponed-badge").textContent()).toBe("1× doorgeschoven");
    // Postponed twice: flagged.
    expect(await page.getByTestId("agenda-item").filter({ hasText: "Huisstijl nieuwsbrief" }).getByTestId("postponed-badge").textContent()).toContain("2× doorgeschoven");
    expect(await page.getByTestId("flagged-warning").count()).toBe(1);
    expect(await page.getByTestId("agenda-item").filter({ hasText: "Begroting 2027" }).count()).toBe(0);
    await page.close();
  }, 60_000); // two logins and two page loads: longer than the default 30 s on a busy CI machine

  it("lets a member only propose items, and shows the action list with overdue actions marked", async () => {
    const { seriesId, dates } = await nextBoardMeetings();
    const page = await openAs(DEMO.member, `/a/den-haag/vergadering/${seriesId}/${dates[1]}`);
    await page.getByTestId("propose-item-form").waitFor();
    expect(await page.getByTestId("add-item-form").count()).toBe(0);
    expect(await page.getByTestId("close-meeting").count()).toBe(0);

    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Actielijst" }).click();
    await page.waitForURL(/\/a\/den-haag\/actielijst$/);
    const rows = page.getByTestId("action-row");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const overdue = page.locator('[data-testid="action-row"][data-overdue="true"]');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().textContent()).toContain("Verlopen");
    await page.close();
  });

  it("lets the chair of a working group refer an item to the board, where it shows as referred", async () => {
    const session = await login(ctx.app, DEMO.secretary);
    const from = addDaysLocal(testToday(), 1);
    const response = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${from}&to=${addDaysLocal(from, 60)}&kind=working_group`, headers: bearer(session) });
    const group = response
      .json<{ occurrences: { seriesId: string; title: string; date: string; status: string }[] }>()
      .occurrences.filter((each) => each.title === "Werkgroep Politieke agenda" && each.status !== "cancelled")
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!group) throw new Error(`No Politieke agenda meeting ahead: ${response.body}`);
    const board = await nextBoardMeetings();
    const boardDate = board.dates[1]; // the first may be closed by the test above
    if (!boardDate) throw new Error("Need two board meetings ahead");

    // Nadine chairs Politieke agenda: she adds an item and refers it to the board.
    const page = await openAs(DEMO.secretary, `/a/den-haag/vergadering/${group.seriesId}/${group.date}`);
    const form = page.getByTestId("add-item-form");
    await form.getByLabel("Onderwerp").fill("Motie betaalbare huur");
    await form.getByRole("button", { name: "Toevoegen" }).click();
    const added = page.getByTestId("agenda-item").filter({ hasText: "Motie betaalbare huur" });
    await added.waitFor();
    await added.getByRole("button", { name: "Motie betaalbare huur doorverwijzen" }).click();
    const referForm = added.getByTestId("refer-form");
    await referForm.waitFor();
    await referForm.getByLabel("Naar").selectOption(board.seriesId);
    await referForm.getByLabel("Datum van de vergadering (niet verplicht)").fill(boardDate);
    await referForm.getByLabel("Toelichting (niet verplicht)").fill("Graag een standpunt van het bestuur");
    await referForm.getByRole("button", { name: "Doorverwijzen" }).click();
    const result = page.getByTestId("refer-result");
    await result.waitFor();
    expect(await result.textContent()).toMatch(/^Doorverwezen naar .+ op /);
    expect(await result.getAttribute("data-date")).toBe(boardDate);
    expect(await result.getAttribute("data-series-id")).toBe(board.seriesId);
    await page.locator('[data-testid="agenda-item"][data-status="referred"]').filter({ hasText: "Motie betaalbare huur" }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // On the board meeting it went to, the item is marked as referred, with the note.
    await page.goto(`${ctx.baseUrl}/a/den-haag/vergadering/${board.seriesId}/${boardDate}`);
    const referred = page.getByTestId("agenda-item").filter({ hasText: "Motie betaalbare huur" });
    await referred.waitFor();
    expect(await referred.textContent()).toContain("Doorverwezen");
    expect(await referred.getByTestId("referral-note").textContent()).toContain("Graag een standpunt van het bestuur");
    await page.close();
  });

  it("marks a guest's item as a guest's in the minutes too (issue 16 finding 8)", async () => {
    // The demo's guest proposal, taken onto the agenda, wherever the other tests left it.
    const item = await ctx.db.agendaItem.findFirstOrThrow({ where: { origin: "guest", title: { startsWith: "Meldpunt straatintimidatie" } } });
    await ctx.db.agendaItem.update({ where: { id: item.id }, data: { status: "open" } });
    const page = await openAs(DEMO.member, `/a/den-haag/vergadering/${item.seriesId}/${item.date.toISOString().slice(0, 10)}?weergave=notulen`);
    const entry = page.getByTestId("minutes").locator("li").filter({ hasText: "Meldpunt straatintimidatie" });
    await entry.waitFor();
    expect(await entry.getByTestId("guest-badge").textContent()).toBe("Gast");
    expect(await entry.textContent()).toContain("Voorgesteld door Amina Bouzid (gast, geen lid)");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
