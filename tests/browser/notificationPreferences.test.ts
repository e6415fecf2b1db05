import { describe, expect, it } from "vitest";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const SANNE = "lid@bij1-denhaag.example";

describe.skipIf(!chromiumAvailable)("Meldingen, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("lets a member turn a kind of mail off and set the reminder time and days ahead, from the account menu, with the keyboard", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, SANNE);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByTestId("preferences-link").click();
    await page.waitForURL(/\/a\/den-haag\/meldingen$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Meldingen");
    const digest = page.getByRole("checkbox", { name: "Overzicht van je open acties" });
    await expect.poll(() => digest.isChecked()).toBe(true);
    expect(await page.getByLabel("Tijd van de herinnering").inputValue()).toBe("19:00");
    expect(await accessibilityProblems(page)).toEqual([]);

    await digest.focus();
    await page.keyboard.press("Space");
    await page.getByLabel("Tijd van de herinnering").fill("20:30");
    await page.getByLabel("Dagen vooraf (afdelingsbijeenkomst en themabijeenkomst)").fill("10");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Opgeslagen.");

    const sanne = await ctx.db.person.findFirstOrThrow({ where: { email: SANNE }, select: { notificationPreference: true } });
    expect(sanne.notificationPreference).toMatchObject({ disabledKinds: ["action_digest"], eveningReminderTime: "20:30", daysBefore: 10 });

    // After a reload the page shows what was saved.
    await page.reload();
    await expect.poll(() => page.getByRole("checkbox", { name: "Overzicht van je open acties" }).isChecked()).toBe(false);
    expect(await page.getByLabel("Tijd van de herinnering").inputValue()).toBe("20:30");
  });
});
