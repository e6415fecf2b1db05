// Issue 18, items 1 and 2 in the interface: a session is edited after it took place (attendance, evaluation,
// a speaker's kind), a topic and a lens are renamed, and an activity logged with a wijk shows on the Wijken page.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const TIM = "tim@bij1-denhaag.example"; // board member, chair of Organizing
const EVENING = "Gespreksavond straatintimidatie";
/** A button's name with the thing it acts on, which only screen readers hear ("Bewerken : Titel" in Chromium). */
const acting = (action: string, on: string) => new RegExp(`^${action}\\s*:\\s*${on}$`);

describe.skipIf(!chromiumAvailable)("editing training and logging in a wijk, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();
  let page: Page;

  const topic = (name: string) => page.getByTestId("training-topic").filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });
  async function openScholing() {
    await page.goto(`${ctx.baseUrl}/a/den-haag/scholing`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Scholing" }).isVisible()).toBe(true);
  }

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await logIn(page, ctx.baseUrl, TIM);
    await page.waitForURL(/\/a\/den-haag$/);
  });

  it("edits a held session's attendance, evaluation and a speaker's kind, and they are still there after a reload", async () => {
    await openScholing();
    const leefbaarheid = topic("Leefbaarheid");
    expect(await leefbaarheid.getByTestId("training-balance").textContent()).toBe("1 experts, 1 ervaringsdeskundigen · experts én ervaringsdeskundigen");
    await leefbaarheid.getByRole("button", { name: acting("Bewerken", EVENING) }).click();

    const form = page.getByRole("form", { name: `‘${EVENING}’ bewerken` });
    await expect.poll(() => form.isVisible()).toBe(true);
    // Prefilled with what the session has, and the focus is in the form.
    expect(await form.getByLabel("Titel").inputValue()).toBe(EVENING);
    expect(await form.getByLabel("Datum (niet verplicht)").inputValue()).toBe("2026-11-04");
    expect(await form.getByLabel("Wijk", { exact: true }).locator("option:checked").textContent()).toBe("Schilderswijk");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await form.getByLabel("Titel").getAttribute("id"));
    const kinds = [await form.getByLabel("Spreker 1 is").inputValue(), await form.getByLabel("Spreker 2 is").inputValue()].sort();
    expect(kinds).toEqual(["expert", "lived_experience"]);
    const expertNumber = (await form.getByLabel("Spreker 1 is").inputValue()) === "expert" ? 1 : 2;
    const expertName = await form.getByLabel(`Naam spreker ${expertNumber}`).inputValue();

    await form.getByLabel("Aantal aanwezigen").fill("23");
    await form.getByLabel("Korte evaluatie").fill("Veel vragen over handhaving; volgende keer een jurist erbij.");
    await form.getByLabel(`Spreker ${expertNumber} is`).selectOption("lived_experience");
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();

    await expect.poll(() => form.count()).toBe(0);
    // Back on the button that opened the form.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Bewerken: ${EVENING}`);
    await page.reload();
    const session = topic("Leefbaarheid").getByTestId("training-session").filter({ hasText: EVENING });
    await expect.poll(() => session.count()).toBe(1);
    const text = await session.textContent();
    expect(text).toContain("23 aanwezigen");
    expect(text).toContain("Evaluatie: Veel vragen over handhaving; volgende keer een jurist erbij.");
    expect(text).toContain(`${expertName} (ervaringsdeskundige)`);
    expect(await topic("Leefbaarheid").getByTestId("training-balance").textContent()).toBe("0 experts, 2 ervaringsdeskundigen · alleen ervaringsdeskundigen: nodig ook experts uit");
  });

  it("renames a topic and a lens of the branch's own, with the keyboard", async () => {
    await openScholing();
    await topic("Immigratie").getByRole("button", { name: acting("Naam wijzigen", "Immigratie") }).click();
    const topicName = page.getByLabel("Nieuwe naam voor Immigratie");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("id"))).toBe(await topicName.getAttribute("id"));
    await topicName.fill("Migratie en asiel");
    await topicName.press("Enter");
    await expect.poll(() => topic("Migratie en asiel").count()).toBe(1);
    expect(await topic("Immigratie").count()).toBe(0);

    // Escape closes a rename without saving.
    await topic("Armoede").getByRole("button", { name: acting("Naam wijzigen", "Armoede") }).click();
    await page.getByLabel("Nieuwe naam voor Armoede").fill("Iets anders");
    await page.getByLabel("Nieuwe naam voor Armoede").press("Escape");
    await expect.poll(() => page.getByLabel("Nieuwe naam voor Armoede").count()).toBe(0);
    expect(await topic("Armoede").count()).toBe(1);

    await page.getByLabel("Eigen lens toevoegen").fill("Leeftijd");
    await page.getByRole("button", { name: "Lens toevoegen" }).click();
    const lens = page.getByTestId("training-lens").filter({ hasText: "leeftijd" });
    await expect.poll(() => lens.count()).toBe(1);
    await lens.getByRole("button", { name: acting("Naam wijzigen", "leeftijd") }).click();
    await page.getByLabel("Nieuwe naam voor leeftijd").fill("generatie");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Naam opslaan" }).click();
    await expect.poll(() => page.getByTestId("training-lens").filter({ hasText: "generatie" }).count()).toBe(1);

    await page.reload();
    await expect.poll(() => topic("Migratie en asiel").count()).toBe(1);
    await expect.poll(() => page.getByTestId("training-lens").allTextContents()).toEqual([expect.stringContaining("generatie")]);
    expect(await page.getByTestId("training-lens").filter({ hasText: "leeftijd" }).count()).toBe(0);
  });

  it("deletes a session only after confirming in the dialog; Escape keeps it", async () => {
    await openScholing();
    const visit = page.getByTestId("training-session").filter({ hasText: "Bezoek aan BIJ1 Rotterdam" });
    await visit.getByRole("button", { name: acting("Verwijderen", "Bezoek aan BIJ1 Rotterdam") }).click();
    const dialog = page.getByRole("dialog", { name: "‘Bezoek aan BIJ1 Rotterdam’ verwijderen?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await visit.count()).toBe(1);
    await visit.getByRole("button", { name: acting("Verwijderen", "Bezoek aan BIJ1 Rotterdam") }).click();
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await expect.poll(() => visit.count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByTestId("training-session").count()).toBeGreaterThan(0);
    expect(await visit.count()).toBe(0);
  });

  it("logs an activity in a wijk from the quick form, and the Wijken page shows it as the last visit", async () => {
    await page.goto(`${ctx.baseUrl}/a/den-haag/wijken`);
    const laak = page.getByTestId("neighbourhood").filter({ has: page.getByRole("heading", { name: /^Laak/ }) });
    await expect.poll(() => laak.textContent()).toContain("Hier zijn we nog niet geweest.");

    await page.goto(`${ctx.baseUrl}/a/den-haag/werkgroepen/organizing`);
    await page.getByRole("button", { name: "Eigen actie", exact: true }).click();
    await page.getByLabel("Datum").fill("2026-11-21");
    await page.getByLabel("Wijk (niet verplicht)").selectOption({ label: "Laak" });
    await page.getByLabel("Notitie (niet verplicht)").fill("Flyeren bij het Hoefkadeplein");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect.poll(() => page.locator("#wg-log-status").textContent()).toContain("is gelogd");

    await page.getByRole("navigation").getByRole("link", { name: "Wijken", exact: true }).click();
    await page.waitForURL(/\/a\/den-haag\/wijken$/);
    await expect.poll(() => laak.textContent()).toContain("Laatst geweest: 21 november 2026 (Flyeren bij het Hoefkadeplein)");
    expect(await laak.textContent()).not.toContain("Al zes maanden niets");
  });
});
