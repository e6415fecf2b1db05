import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, openAs, useBrowser } from "../support/browser.ts";
import { testToday } from "../support/clock.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("privacy on Mijn account, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("lets a member share their contact details with their working groups, by keyboard, and turn it off again", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.member, "/account");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mijn account");
    const toggle = page.getByLabel("Mijn e-mailadres en telefoonnummer tonen aan de leden van mijn werkgroepen");
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    expect(await accessibilityProblems(page)).toEqual([]);

    await toggle.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByTestId("contact-sharing").textContent()).toContain("de leden van je werkgroepen zien nu je e-mailadres en telefoonnummer");
    expect(await toggle.isChecked()).toBe(true);
    const sanne = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.member, branch: { slug: "den-haag" } } });
    expect(sanne.shareContact).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.keyboard.press("Space");
    await expect.poll(() => page.getByTestId("contact-sharing").textContent()).toContain("zien je e-mailadres en telefoonnummer niet meer");
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: sanne.id } })).shareContact).toBe(false);
    await page.close();
  });

  it("downloads the member's own data as a JSON file that parses", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.member, "/account");
    const button = page.getByRole("button", { name: "Mijn gegevens downloaden" });
    await button.waitFor();
    const downloading = page.waitForEvent("download");
    await button.focus();
    await page.keyboard.press("Enter");
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`mijn-gegevens-${testToday()}.json`);
    const data = JSON.parse(await readFile(await download.path(), "utf8"));
    expect(data.account.email).toBe(DEMO.member);
    expect(data.memberships.map((membership: { branch: { slug: string } }) => membership.branch.slug)).toContain("den-haag");
    await expect.poll(() => page.getByText("Je gegevens zijn gedownload.").count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    const audited = await ctx.db.auditEntry.count({ where: { action: "exported", actorName: { not: "" }, entityType: "person", summary: { contains: "geëxporteerd" } } });
    expect(audited).toBeGreaterThan(0);
    await page.close();
  });
});
