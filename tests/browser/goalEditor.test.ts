import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const LATIFA = "latifa@bij1-denhaag.example"; // duo-voorzitter, trekker of Communicatie

describe.skipIf(!chromiumAvailable)("a chair sets up her group's goals, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, ctx.baseUrl, LATIFA);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("navigation").getByRole("link", { name: "Werkgroepen", exact: true }).click();
    await page.getByRole("link", { name: "Communicatie", exact: true }).click();
    await page.waitForURL(/\/werkgroepen\/communicatie$/);
  });

  it("adds a count goal with only the fields a count goal uses, and shows it at 0 of 2", async () => {
    await page.getByRole("button", { name: "Doel toevoegen" }).click();
    const form = page.getByRole("form", { name: "Nieuw doel" });
    await expect.poll(() => form.isVisible()).toBe(true);
    // A count goal: no cadence unit; a milestone: a deadline and no target.
    expect(await form.getByLabel("Per", { exact: true }).count()).toBe(0);
    await form.getByLabel("Soort doel").selectOption("milestone");
    expect(await form.getByLabel("Uiterlijk op").count()).toBe(1);
    expect(await form.getByLabel("Hoeveel activiteiten?").count()).toBe(0);
    await form.getByLabel("Soort doel").selectOption("count");
    expect(await form.getByLabel("Van", { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByLabel("Titel").fill("Twee interviews in de lokale pers");
    await form.getByLabel("Hoeveel activiteiten?").fill("2");
    await form.getByLabel("Soort activiteit").selectOption("article");
    await form.getByRole("button", { name: "Opslaan" }).click();

    const goal = page.getByTestId("goal").filter({ hasText: "Twee interviews in de lokale pers" });
    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("0 van 2");
    expect(await page.getByRole("status").filter({ hasText: "Doel ‘Twee interviews in de lokale pers’ is toegevoegd." }).count()).toBe(1);
    expect(await form.count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("edits the goal in place, keeping what was typed after a stale save, and deletes it after confirming", async () => {
    const goal = page.getByTestId("goal").filter({ hasText: "Twee interviews in de lokale pers" });
    await goal.getByRole("button", { name: "Bewerken Twee interviews in de lokale pers" }).click();
    const form = page.getByRole("form", { name: "Doel bewerken" });
    expect(await form.getByLabel("Titel").inputValue()).toBe("Twee interviews in de lokale pers");
    expect(await form.getByLabel("Soort activiteit").inputValue()).toBe("article");
    expect(await accessibilityProblems(page)).toEqual([]);

    // Someone else changes the goal meanwhile: the save is refused and the form keeps the new title.
    const { id: goalId } = await ctx.db.goal.findFirstOrThrow({ where: { title: "Twee interviews in de lokale pers" }, select: { id: true } });
    await ctx.db.goal.update({ where: { id: goalId }, data: { version: { increment: 1 } } });
    await form.getByLabel("Titel").fill("Drie interviews in de lokale pers");
    await form.getByLabel("Hoeveel activiteiten?").fill("3");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toMatch(/Iemand anders heeft dit intussen gewijzigd/);
    expect(await form.getByLabel("Titel").inputValue()).toBe("Drie interviews in de lokale pers");
    await form.getByRole("button", { name: "Annuleren" }).click();

    await page.reload();
    const fresh = page.getByTestId("goal").filter({ hasText: "Twee interviews in de lokale pers" });
    await fresh.getByRole("button", { name: /^Bewerken/ }).click();
    const again = page.getByRole("form", { name: "Doel bewerken" });
    await again.getByLabel("Titel").fill("Drie interviews in de lokale pers");
    await again.getByLabel("Hoeveel activiteiten?").fill("3");
    await again.getByRole("button", { name: "Opslaan" }).click();
    const edited = page.getByTestId("goal").filter({ hasText: "Drie interviews in de lokale pers" });
    await expect.poll(() => edited.getByTestId("goal-count").textContent()).toBe("0 van 3");

    await edited.getByRole("button", { name: /^Verwijderen/ }).click();
    const dialog = page.getByRole("dialog", { name: "Doel verwijderen?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Verwijderen", exact: true }).click();
    await expect.poll(() => edited.count()).toBe(0);
    expect(await page.getByRole("status").filter({ hasText: "is verwijderd" }).count()).toBe(1);
  });

  it("records a follower count on the followers goal and shows the new value", async () => {
    const goal = page.getByTestId("goal").filter({ hasText: "2500 volgers op sociale media" });
    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("2.035 van 2.500");
    await goal.getByRole("button", { name: /Meting toevoegen/ }).click();
    const form = page.getByRole("form", { name: "Meting toevoegen: 2500 volgers op sociale media" });
    expect(await form.getByLabel("Datum").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByLabel("Waarde").fill("2100");
    await form.getByLabel("Notitie (niet verplicht)").fill("Na de campagne over armoede");
    await form.getByRole("button", { name: "Meting opslaan" }).click();

    await expect.poll(() => goal.getByTestId("goal-count").textContent()).toBe("2.100 van 2.500");
    expect(await page.getByRole("status").filter({ hasText: /Meting van .* opgeslagen: 2\.100\./ }).count()).toBe(1);
  });

  it("lets a board member edit an organisation, explains why one with conversations cannot go, and deletes an unused one", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Netwerk", exact: true }).click();
    await page.waitForURL(/\/netwerk$/);
    const acv = page.getByTestId("organisation").filter({ hasText: "Afrikaans VluchtelingenCollectief" });
    await acv.getByRole("button", { name: /^Bewerken/ }).click();
    const form = page.getByRole("form", { name: "Afrikaans VluchtelingenCollectief bewerken" });
    await form.getByLabel("Contactnotities").fill("Gespreksavond over immigratie staat op 12 december.");
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Afrikaans VluchtelingenCollectief is bijgewerkt." }).count()).toBe(1);
    expect(await form.count()).toBe(0);
    await expect.poll(() => acv.locator("p").filter({ hasText: "Gespreksavond over immigratie staat op 12 december." }).count()).toBe(1);

    await acv.getByRole("button", { name: /^Verwijderen/ }).click();
    await page.getByRole("dialog", { name: "Organisatie verwijderen?" }).getByRole("button", { name: "Verwijderen", exact: true }).click();
    await expect.poll(() => acv.getByRole("alert").textContent()).toMatch(/kun je niet verwijderen: er zijn al gesprekken/);

    await page.getByText("Organisatie toevoegen").click();
    await page.locator("#org-name").fill("Buurthuis De Mussen");
    await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
    const mussen = page.getByTestId("organisation").filter({ hasText: "Buurthuis De Mussen" });
    await expect.poll(() => mussen.count()).toBe(1);
    await mussen.getByRole("button", { name: /^Verwijderen/ }).click();
    await page.getByRole("dialog", { name: "Organisatie verwijderen?" }).getByRole("button", { name: "Verwijderen", exact: true }).click();
    await expect.poll(() => mussen.count()).toBe(0);
    expect(await page.getByRole("status").filter({ hasText: "Buurthuis De Mussen is uit het netwerk verwijderd." }).count()).toBe(1);
  });
});
