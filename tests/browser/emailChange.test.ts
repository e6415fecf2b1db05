import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { aBranch, aMember } from "../support/factories.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("changing one's email address, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("asks on Mijn account, confirms through the link mailed to the new address, and logs in with it", async () => {
    const member = await aMember(ctx.db, { branch: await aBranch(ctx.db, { slug: "den-haag" }), name: "Joost", email: "joost.oud@example.org" });
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, member.email);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.goto(`${ctx.baseUrl}/account`);
    await expect.poll(() => page.getByRole("heading", { name: "E-mailadres wijzigen" }).count()).toBe(1);

    await page.getByLabel("Nieuw e-mailadres").fill("joost.nieuw@example.org");
    await page.getByLabel("Je wachtwoord, ter bevestiging").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "E-mailadres wijzigen" }).click();
    await expect.poll(() => page.getByText("We hebben een mail gestuurd naar joost.nieuw@example.org", { exact: false }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    // Nothing changes until the link is opened.
    expect((await ctx.db.user.findUniqueOrThrow({ where: { id: member.userId! } })).email).toBe(member.email);

    const mail = await ctx.db.outboxMail.findFirstOrThrow({ where: { toAddress: "joost.nieuw@example.org", kind: "email_change" } });
    const link = new URL(mail.actionUrl!);
    expect(link.pathname).toBe("/email-bevestigen");
    await page.goto(`${ctx.baseUrl}${link.pathname}${link.search}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Nieuw e-mailadres bevestigen");
    await page.getByRole("button", { name: "Bevestig mijn nieuwe e-mailadres" }).click();
    await expect.poll(() => page.getByText("Gelukt: je e-mailadres is nu joost.nieuw@example.org", { exact: false }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    const fresh = await browser.newPage();
    await logIn(fresh, ctx.baseUrl, "joost.nieuw@example.org");
    await fresh.waitForURL(/\/a\/den-haag$/);
  });
});
