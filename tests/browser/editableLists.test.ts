import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { toIsoDate } from "../../server/src/lib/dates.ts";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, openAs as openBrowserAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

// Issue 18, item 5: rotas (ended, not deleted), plan phases and focus topics (edited and deleted), agenda items and
// actions are editable in the interface.
const LATIFA = "latifa@bij1-denhaag.example"; // chair (trekker) of Communicatie

describe.skipIf(!chromiumAvailable)("every list editable in the interface, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();
  const openAs = (email: string, path: string) => openBrowserAs(browser, ctx.baseUrl, email, path);

  it("lets a group's chair create, edit and end a duty rota, ending only after confirming and keeping it to read", async () => {
    const page = await openAs(LATIFA, "/a/den-haag/werkgroepen/communicatie");
    await page.getByRole("button", { name: "Nieuw rooster" }).click();
    const form = page.getByTestId("rota-form");
    await form.getByLabel("Naam van de taak").fill("Nieuwsbrief");
    await form.getByLabel("Priya Ramdin").check();
    await form.getByLabel("Martijn Schackmann").check();
    expect(await form.getByTestId("rota-order").textContent()).toBe("Volgorde: Priya Ramdin, Martijn Schackmann");
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByRole("button", { name: "Rooster maken" }).click();

    const card = page.getByTestId("rota").filter({ has: page.getByRole("heading", { name: "Nieuwsbrief" }) });
    await card.waitFor();
    // Priya is on duty this week: the first ticked takes the first week.
    expect(await card.locator(".wg-rota__now").textContent()).toContain("Priya Ramdin");

    await card.getByRole("button", { name: labelled("Rooster bewerken", "Nieuwsbrief") }).click();
    const edit = card.getByTestId("rota-form");
    await edit.getByLabel("Naam van de taak").fill("Nieuwsbrief versturen");
    await edit.getByRole("button", { name: "Opslaan", exact: true }).click();
    const renamed = page.getByTestId("rota").filter({ has: page.getByRole("heading", { name: "Nieuwsbrief versturen" }) });
    await renamed.waitFor();

    // Ending asks first; "Niet beëindigen" keeps it, "Ja, beëindigen" ends it.
    await renamed.getByRole("button", { name: labelled("Rooster beëindigen", "Nieuwsbrief versturen") }).click();
    const dialog = page.getByRole("dialog", { name: "Rooster ‘Nieuwsbrief versturen’ beëindigen?" });
    await dialog.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Niet beëindigen" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await renamed.count()).toBe(1);
    await renamed.getByRole("button", { name: labelled("Rooster beëindigen", "Nieuwsbrief versturen") }).click();
    await dialog.getByRole("button", { name: "Ja, beëindigen" }).click();
    await dialog.waitFor({ state: "hidden" });
    // Ended, not deleted: it moves to the ended rotas, where it can still be read, and nobody is on duty any more.
    const ended = page.getByTestId("ended-rotas");
    await ended.waitFor();
    expect(await page.locator('[data-testid="rota"]:not([data-ended="true"])').filter({ hasText: "Nieuwsbrief versturen" }).count()).toBe(0);
    await ended.getByText("1 beëindigd rooster").click();
    const endedCard = ended.getByTestId("rota").filter({ has: page.getByRole("heading", { name: "Nieuwsbrief versturen" }) });
    await endedCard.waitFor();
    expect(await endedCard.getAttribute("data-ended")).toBe("true");
    expect(await endedCard.getByTestId("rota-end").textContent()).toBe("Beëindigd Laatste week: week 46 van 2026.");
    // Its last weeks still name who was on duty; nothing can be changed any more.
    expect(await endedCard.locator(".wg-rota__weeks li").last().textContent()).toContain("Week 46");
    expect(await endedCard.getByRole("button").count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    const row = await ctx.db.dutyRota.findFirstOrThrow({ where: { name: "Nieuwsbrief versturen" } });
    expect(row.lastWeek).toBe("2026-W46");
    await page.close();
  }, 60_000);

  it("lets a board member edit a phase and a focus topic of the plan", async () => {
    const page = await openAs(DEMO.treasurer, "/a/den-haag/plan");
    const phase = page.getByTestId("phase").filter({ hasText: "Fase 4" });
    await phase.getByRole("button", { name: /^Bewerken\s*:\s*Fase 4/ }).click();
    const phaseForm = phase.getByTestId("phase-form");
    expect(await phaseForm.getByLabel("Begint op").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await phaseForm.getByLabel("Naam", { exact: true }).fill("Fase 4: Bouwen aan de raad");
    await phaseForm.getByLabel("Loopt tot en met").fill("2030-03-31");
    expect(await accessibilityProblems(page)).toEqual([]);
    await phaseForm.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("heading", { name: "Fase 4: Bouwen aan de raad" }).waitFor();
    expect(toIsoDate((await ctx.db.planPhase.findFirstOrThrow({ where: { name: "Fase 4: Bouwen aan de raad" } })).endDate)).toBe("2030-03-31");

    const topic = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Leefbaarheid" }) });
    await topic.getByRole("button", { name: labelled("Bewerken", "Leefbaarheid") }).click();
    const topicForm = topic.getByTestId("topic-form");
    await topicForm.getByLabel("Toelichting (niet verplicht)").fill("Schone straten en veilige pleinen in elke wijk.");
    await topicForm.getByRole("button", { name: "Opslaan" }).click();
    await topic.getByText("Schone straten en veilige pleinen in elke wijk.").waitFor();
    await expect.poll(() => topic.getByTestId("topic-form").count()).toBe(0);
    await page.close();
  }, 60_000);

  it("lets a board member delete a phase and a focus topic after confirming, and explains why a focus topic in use stays", async () => {
    const page = await openAs(DEMO.treasurer, "/a/den-haag/plan");
    const phaseName = "Fase 2: Stabilisatie";
    const phase = page.getByTestId("phase").filter({ has: page.getByRole("heading", { name: phaseName }) });
    const goalIds = (await ctx.db.goal.findMany({ where: { phase: { name: phaseName } }, select: { id: true } })).map((goal) => goal.id);

    // "Niet verwijderen" keeps it, and focus goes back to the button that opened the dialog.
    await phase.getByRole("button", { name: labelled("Verwijderen", phaseName) }).click();
    const dialog = page.getByRole("dialog", { name: `Fase ‘${phaseName}’ verwijderen?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("De doelen in deze fase blijven bestaan, zonder fase.");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Verwijderen: ${phaseName}`);
    await phase.getByRole("button", { name: labelled("Verwijderen", phaseName) }).click();
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await phase.waitFor({ state: "detached" });
    expect(await ctx.db.planPhase.count({ where: { name: phaseName } })).toBe(0);
    // Its goals stay, without a phase.
    expect(await ctx.db.goal.count({ where: { id: { in: goalIds }, phaseId: null } })).toBe(goalIds.length);

    // A focus topic the training topics build on stays, and the page says why.
    const armoede = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Armoede" }) });
    await armoede.getByRole("button", { name: labelled("Verwijderen", "Armoede") }).click();
    await page.getByRole("dialog", { name: "Speerpunt ‘Armoede’ verwijderen?" }).getByRole("button", { name: "Ja, verwijderen" }).click();
    await armoede.getByRole("alert").waitFor();
    expect(await armoede.getByRole("alert").textContent()).toContain("Scholingsonderwerpen horen bij dit speerpunt.");
    expect(await ctx.db.focusTopic.count({ where: { name: "Armoede" } })).toBe(1);

    // A new one, unused: gone after confirming.
    await page.getByRole("button", { name: "Speerpunt toevoegen" }).click();
    const topicForm = page.getByTestId("topic-form");
    await topicForm.getByLabel("Naam", { exact: true }).fill("Wonen");
    await topicForm.getByRole("button", { name: "Opslaan" }).click();
    const wonen = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Wonen" }) });
    await wonen.waitFor();
    await wonen.getByRole("button", { name: labelled("Verwijderen", "Wonen") }).click();
    await page.getByRole("dialog", { name: "Speerpunt ‘Wonen’ verwijderen?" }).getByRole("button", { name: "Ja, verwijderen" }).click();
    await wonen.waitFor({ state: "detached" });
    expect(await ctx.db.focusTopic.count({ where: { name: "Wonen" } })).toBe(0);
    await page.close();
  }, 60_000);

  it("lets the preparer edit, reorder with the keyboard and delete agenda items, each with its version", async () => {
    const demoItem = await ctx.db.agendaItem.findFirstOrThrow({ where: { title: "Begroting 2027" } });
    const page = await openAs(DEMO.treasurer, `/a/den-haag/vergadering/${demoItem.seriesId}/${toIsoDate(demoItem.date)}`);
    const items = page.getByTestId("agenda-item");
    await expect.poll(() => items.count()).toBe(4);

    await page.getByRole("button", { name: labelled("Bewerken", "Terugkoppeling landelijke partij") }).click();
    const form = page.getByTestId("edit-item-form");
    await form.getByLabel("Onderwerp").fill("Terugkoppeling landelijke partij en motie");
    await form.getByLabel("Geschatte tijd (minuten)").fill("20");
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => items.nth(2).textContent()).toContain("Terugkoppeling landelijke partij en motie");
    await expect.poll(() => page.getByTestId("agenda-timing").textContent()).toContain("115 van 120");

    // Up with the keyboard: the order is saved with each item's version, and the moved ones get a new one.
    await page.getByRole("button", { name: "Werving nieuwe bestuursleden omhoog" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => items.nth(2).textContent()).toContain("Werving nieuwe bestuursleden");
    await expect.poll(async () => (await ctx.db.agendaItem.findFirstOrThrow({ where: { title: "Werving nieuwe bestuursleden" } })).version).toBe(2);

    await page.getByRole("button", { name: labelled("Verwijderen", "Werving nieuwe bestuursleden") }).click();
    const dialog = page.getByRole("dialog", { name: "Agendapunt verwijderen?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("‘Werving nieuwe bestuursleden’ verdwijnt van de agenda");
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(await page.getByTestId("agenda-items").textContent()).not.toContain("Werving nieuwe bestuursleden");
    await page.close();
  }, 60_000);

  it("lets a board member change an action's owner, due date and status, and shows its history", async () => {
    const page = await openAs(DEMO.treasurer, "/a/den-haag/actielijst");
    const row = page.getByTestId("action-row").filter({ hasText: "Campagneplan delen met de werkgroepen" });
    await openEditor(page, "Campagneplan delen met de werkgroepen");
    const dialog = page.getByRole("dialog", { name: "Actie ‘Campagneplan delen met de werkgroepen’ bewerken" });
    await dialog.getByLabel("Wie").selectOption({ label: "Yuval Gal" });
    await dialog.getByLabel("Uiterlijk").fill("2026-12-20");
    // The demo's actions were made before the audit log: no changes known yet.
    await dialog.getByTestId("action-history").getByText("Nog geen wijzigingen bekend.").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await dialog.waitFor({ state: "hidden" });
    // Focus is back on the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Bewerken: Campagneplan delen met de werkgroepen");
    await expect.poll(() => row.textContent()).toContain("Yuval Gal");
    expect(await row.textContent()).toContain("20 dec 2026");

    // Opened again: the history names who changed what, in words.
    await openEditor(page, "Campagneplan delen met de werkgroepen");
    const history = dialog.getByTestId("action-history");
    await expect.poll(() => history.locator("li").count()).toBe(1);
    expect(await history.locator("li").first().textContent()).toMatch(/Tim Kies:.*wie van Latifa Salmi naar Yuval Gal.*uiterlijk van .* naar 20 dec 2026/);

    // Marked done from the same dialog: it leaves the open list.
    await dialog.getByLabel("Stand").selectOption("done");
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await row.waitFor({ state: "detached" });
    await page.close();
  }, 60_000);
});

async function openEditor(page: Page, title: string): Promise<void> {
  await page.getByTestId("action-row").filter({ hasText: title }).getByRole("button", { name: labelled("Bewerken", title) }).click();
}

/** A button's name from its visible label and the visually hidden ": <title>" after it (Chromium may put a space before the colon). */
function labelled(label: string, title: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(label)}\\s*:\\s*${escape(title)}$`);
}
