import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const TIM = "tim@bij1-denhaag.example"; // penningmeester, trekker of Organizing

describe.skipIf(!chromiumAvailable)("training (scholing) and wijken, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, ctx.baseUrl, TIM);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("navigation").getByRole("link", { name: "Scholing", exact: true }).click();
    await page.waitForURL(/\/a\/den-haag\/scholing$/);
  });

  it("shows the plan's topics with their learning questions and the street-harassment evening's balance", async () => {
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Scholing" }).isVisible()).toBe(true);
    const armoede = page.getByTestId("training-topic").filter({ has: page.getByRole("heading", { name: "Armoede", exact: true }) });
    expect(await armoede.getByText("Op welke manieren uit armoede zich in hun levens?").count()).toBe(1);
    const leefbaarheid = page.getByTestId("training-topic").filter({ has: page.getByRole("heading", { name: "Leefbaarheid", exact: true }) });
    expect(await leefbaarheid.getByTestId("training-session").filter({ hasText: "Gespreksavond straatintimidatie" }).textContent()).toContain("georganiseerd door Organizing");
    expect(await leefbaarheid.getByTestId("training-balance").textContent()).toBe("1 experts, 1 ervaringsdeskundigen · experts én ervaringsdeskundigen");
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("creates a conversation evening with an expert and an ervaringsdeskundige, and the topic's overview follows", async () => {
    const immigratie = page.getByTestId("training-topic").filter({ has: page.getByRole("heading", { name: "Immigratie", exact: true }) });
    expect(await immigratie.getByTestId("training-balance").textContent()).toBe("0 experts, 1 ervaringsdeskundigen · alleen ervaringsdeskundigen: nodig ook experts uit");

    await page.getByRole("button", { name: "Nieuwe scholingsactiviteit" }).click();
    const form = page.getByRole("form", { name: "Nieuwe scholingsactiviteit" });
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.getByLabel("Titel").fill("Gespreksavond: wonen met een verblijfsvergunning");
    await form.getByLabel("Onderwerp").selectOption({ label: "Immigratie" });
    await form.getByLabel("Vorm").selectOption("conversation_evening");
    await form.getByLabel("Werkgroep die organiseert").selectOption({ label: "Organizing" });
    await form.getByLabel("Datum (niet verplicht)").fill("2026-11-20");
    await form.getByLabel("Wijk", { exact: true }).selectOption({ label: "Laak" });
    await form.getByRole("checkbox", { name: "kleur" }).check();
    await form.getByRole("checkbox", { name: "klasse" }).check();
    await form.getByRole("button", { name: "Spreker toevoegen" }).click();
    await form.getByLabel("Naam spreker 1").fill("Jurist VluchtelingenWerk");
    await form.getByRole("button", { name: "Spreker toevoegen" }).click();
    await form.getByLabel("Naam spreker 2").fill("Bewoner van Laak");
    await form.getByLabel("Spreker 2 is").selectOption("lived_experience");
    await form.getByLabel("Aantal aanwezigen").fill("14");
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByRole("button", { name: "Activiteit opslaan" }).click();

    await expect.poll(() => form.count()).toBe(0);
    const session = immigratie.getByTestId("training-session").filter({ hasText: "Gespreksavond: wonen met een verblijfsvergunning" });
    await expect.poll(() => session.count()).toBe(1);
    expect(await session.textContent()).toContain("Jurist VluchtelingenWerk (expert)");
    expect(await immigratie.getByTestId("training-balance").textContent()).toBe("1 experts, 2 ervaringsdeskundigen · experts én ervaringsdeskundigen");
    expect(await immigratie.getByTestId("training-overview").textContent()).toContain("Gedaan1");
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it("shows the wijken, Laak visited now and Duinoord flagged after six months without anything", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Wijken", exact: true }).click();
    await page.waitForURL(/\/a\/den-haag\/wijken$/);
    const duinoord = page.getByTestId("neighbourhood").filter({ has: page.getByRole("heading", { name: /^Duinoord/ }) });
    await expect.poll(() => duinoord.textContent()).toContain("Al zes maanden niets");
    const laak = page.getByTestId("neighbourhood").filter({ has: page.getByRole("heading", { name: /^Laak/ }) });
    expect(await laak.textContent()).toContain("Laatst geweest: 20 november 2026");
    expect(await laak.textContent()).not.toContain("Al zes maanden niets");
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
