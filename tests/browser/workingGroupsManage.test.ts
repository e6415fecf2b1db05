import { describe, expect, it } from "vitest";
import { accessibilityProblems, chromiumAvailable, openAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const SECRETARY = "nadine@bij1-denhaag.example";
const CONVENER = "priya@bij1-denhaag.example";
const MEMBER = "lid@bij1-denhaag.example";

// Issue 14: the secretary starts a working group and names its convener; a member asks to join; the
// convener says yes; the secretary archives it. Every page state is checked with axe.
describe.skipIf(!chromiumAvailable)("managing working groups (Werkgroepen), in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("the secretary starts a group with a convener, a member asks to join, the convener accepts, the secretary archives it", async () => {
    // The secretary starts "Wonen" and makes Priya its convener.
    const secretary = await openAs(browser, ctx.baseUrl, SECRETARY, "/a/den-haag/werkgroepen");
    await expect.poll(() => secretary.getByRole("heading", { level: 1 }).textContent()).toBe("Werkgroepen");
    await secretary.getByRole("button", { name: "Werkgroep oprichten" }).click();
    await secretary.getByLabel("Naam").fill("Wonen");
    await secretary.getByLabel("Beschrijving (niet verplicht)").fill("Betaalbaar wonen in Den Haag");
    expect(await accessibilityProblems(secretary)).toEqual([]);
    // Keyboard only: Enter in the name field sends the form.
    await secretary.getByLabel("Naam").press("Enter");
    await secretary.waitForURL(/\/a\/den-haag\/werkgroepen\/wonen$/);
    await expect.poll(() => secretary.getByRole("heading", { level: 1 }).textContent()).toBe("Wonen");
    await expect.poll(() => secretary.getByText("Deze werkgroep heeft nog geen leden. Voeg hieronder iemand toe.").count()).toBe(1);
    expect(await accessibilityProblems(secretary)).toEqual([]);

    await secretary.getByLabel("Wie").selectOption({ label: "Priya Ramdin" });
    await secretary.getByLabel("Rol", { exact: true }).selectOption({ label: "bijeenroeper" });
    await secretary.getByRole("button", { name: "Toevoegen", exact: true }).click();
    await expect.poll(() => secretary.getByRole("status").filter({ hasText: "Priya Ramdin is toegevoegd." }).count()).toBe(1);
    await expect.poll(() => secretary.getByLabel("Rol van Priya Ramdin").inputValue()).toBe("convener");
    expect(await accessibilityProblems(secretary)).toEqual([]);

    // Sanne asks to join, with a message, and sees her request waiting.
    const member = await openAs(browser, ctx.baseUrl, MEMBER, "/a/den-haag/werkgroepen/wonen");
    await expect.poll(() => member.getByRole("heading", { level: 1 }).textContent()).toBe("Wonen");
    expect(await member.getByRole("heading", { name: "Leden beheren" }).count()).toBe(0);
    await member.getByRole("button", { name: "Aanmelden" }).click();
    await member.getByLabel("Bericht aan de bijeenroeper (niet verplicht)").fill("Ik woon zelf in een tochtig huurhuis en help graag.");
    expect(await accessibilityProblems(member)).toEqual([]);
    await member.getByRole("button", { name: "Aanmelding versturen" }).click();
    await expect.poll(() => member.getByTestId("join-pending").textContent()).toMatch(/wacht op antwoord van de bijeenroeper/);
    expect(await accessibilityProblems(member)).toEqual([]);

    // Priya, the convener, says yes.
    const convener = await openAs(browser, ctx.baseUrl, CONVENER, "/a/den-haag/werkgroepen/wonen");
    await expect.poll(() => convener.getByTestId("join-requests").textContent()).toContain("Sanne Mahabier");
    expect(await convener.getByTestId("join-requests").textContent()).toContain("tochtig huurhuis");
    // The convener adds and removes members, but names no roles, and may not rename or archive.
    expect(await convener.getByLabel("Rol van Priya Ramdin").count()).toBe(0);
    expect(await convener.getByRole("heading", { name: "Naam en beschrijving" }).count()).toBe(0);
    expect(await accessibilityProblems(convener)).toEqual([]);
    await convener.getByRole("button", { name: "Ja, Sanne Mahabier wordt lid" }).click();
    await expect.poll(() => convener.getByRole("status").filter({ hasText: "Sanne Mahabier is nu lid van de werkgroep." }).count()).toBe(1);
    await expect.poll(() => convener.getByTestId("group-members").textContent()).toContain("Sanne Mahabier");
    await expect.poll(() => convener.getByText("Er wachten geen aanmeldingen.").count()).toBe(1);
    expect(await accessibilityProblems(convener)).toEqual([]);

    const joined = await ctx.db.workingGroupMember.findMany({ where: { workingGroup: { slug: "wonen" } }, select: { role: true, person: { select: { name: true } } } });
    expect(joined.map((row) => [row.person.name, row.role]).sort()).toEqual([
      ["Priya Ramdin", "convener"],
      ["Sanne Mahabier", "member"],
    ]);
    const audit = await ctx.db.auditEntry.findMany({ where: { entityType: { in: ["working_group", "working_group_member", "working_group_join_request"] } }, orderBy: { at: "asc" }, select: { action: true, actorName: true } });
    expect(audit.map((entry) => [entry.action, entry.actorName])).toEqual(
      expect.arrayContaining([
        ["created", "Nadine Avéres"],
        ["added", "Nadine Avéres"],
        ["requested", "Sanne Mahabier"],
        ["accepted", "Priya Ramdin"],
      ]),
    );

    // The secretary archives it, through the confirm dialog, by keyboard: Escape first cancels.
    await secretary.reload();
    const archive = secretary.getByRole("button", { name: "Archiveren" });
    await archive.focus();
    await secretary.keyboard.press("Enter");
    const dialog = secretary.getByRole("dialog", { name: "Wonen archiveren?" });
    await dialog.waitFor();
    expect(await accessibilityProblems(secretary)).toEqual([]);
    await secretary.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await archive.click();
    await dialog.getByRole("button", { name: "Archiveren" }).click();
    await secretary.waitForURL(/\/a\/den-haag\/werkgroepen$/);
    await expect.poll(() => secretary.getByTestId("archived-group").textContent()).toContain("Wonen");
    expect(await secretary.getByTestId("working-group").filter({ hasText: "Wonen" }).count()).toBe(0);
    expect(await accessibilityProblems(secretary)).toEqual([]);
    // Its address still answers, saying it is archived.
    await member.goto(`${ctx.baseUrl}/a/den-haag/werkgroepen/wonen`);
    await expect.poll(() => member.getByText("Deze werkgroep is gearchiveerd.", { exact: false }).count()).toBe(1);
    expect(await member.getByRole("button", { name: "Aanmelden" }).count()).toBe(0);

    for (const page of [secretary, member, convener]) await page.close();
  }, 120_000);

  it("speaks English too: a member of another group is asked to join", async () => {
    const page = await openAs(browser, ctx.baseUrl, MEMBER, "/a/den-haag/werkgroepen/politieke-agenda");
    await page.getByRole("button", { name: /^EN$/ }).click();
    await expect.poll(() => page.getByRole("button", { name: "Ask to join" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Join", exact: true }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
