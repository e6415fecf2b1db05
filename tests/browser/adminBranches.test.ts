import { describe, expect, it } from "vitest";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, logIn, openAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("the platform admin's Afdelingen page, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("lets the platform admin start a branch from the template and invite its secretary", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await logIn(page, ctx.baseUrl, DEMO.admin);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByTestId("admin-branches-link").click();
    await page.waitForURL(/\/beheer\/afdelingen$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Afdelingen");
    await expect.poll(() => page.getByTestId("admin-branch-row").count()).toBe(2);
    expect(await accessibilityProblems(page)).toEqual([]);

    const form = page.getByTestId("new-branch-form");
    await form.getByLabel("Naam").fill("BIJ1 Zwolle en Omstreken");
    // The slug follows the name; the time zone starts at Amsterdam; every usual working group is ticked.
    expect(await form.getByLabel("Webadres (slug)").inputValue()).toBe("bij1-zwolle-en-omstreken");
    await form.getByLabel("Webadres (slug)").fill("zwolle");
    expect(await form.getByLabel("Tijdzone").inputValue()).toBe("Europe/Amsterdam");
    for (const group of ["Communicatie", "Politieke agenda", "Organizing"]) expect(await form.getByLabel(group).isChecked()).toBe(true);
    // Keyboard only: Space unticks Organizing, Enter in a text field starts the branch.
    await form.getByLabel("Organizing").focus();
    await page.keyboard.press("Space");
    expect(await form.getByLabel("Organizing").isChecked()).toBe(false);
    await form.getByLabel("Naam").press("Enter");

    await expect.poll(() => page.getByTestId("admin-branch-row").count()).toBe(3);
    const row = page.getByTestId("admin-branch-row").filter({ hasText: "BIJ1 Zwolle en Omstreken" });
    expect(await row.textContent()).toMatch(/zwolle.*Europe\/Amsterdam.*0/);
    const created = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "zwolle" }, include: { workingGroups: true } });
    expect(created.workingGroups.map((group) => group.slug).sort()).toEqual(["communicatie", "politieke-agenda"]);

    // The invitation form opens for the new branch.
    const invitation = page.getByTestId("secretary-invitation");
    await expect.poll(() => invitation.getByRole("heading").textContent()).toBe("Secretaris uitnodigen voor BIJ1 Zwolle en Omstreken");
    expect(await accessibilityProblems(page)).toEqual([]);
    await invitation.getByLabel("Naam").fill("Sanne de Vries");
    await invitation.getByLabel("E-mailadres").fill("sanne@zwolle.example");
    await invitation.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect.poll(() => page.getByTestId("secretary-invited").textContent()).toContain("Sanne de Vries is uitgenodigd als secretaris; de uitnodiging gaat naar sanne@zwolle.example");
    await expect.poll(() => row.getByTestId("secretary-state").textContent()).toBe("Sanne de Vries: uitnodiging verstuurd");
    expect(await row.getByRole("button", { name: /Secretaris uitnodigen/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    const mail = await ctx.db.outboxMail.findFirstOrThrow({ where: { toAddress: "sanne@zwolle.example", kind: "invitation" } });
    expect(mail.actionUrl).toContain("/uitnodiging?token=");

    // The new branch opens from the list at once, without logging in again.
    await row.getByRole("link", { name: "BIJ1 Zwolle en Omstreken" }).click();
    await page.waitForURL(/\/a\/zwolle$/);
    await expect.poll(() => page.getByTestId("branch-name").textContent()).toBe("BIJ1 Zwolle en Omstreken");
    await page.close();
  });

  it("shows a board member no link to Afdelingen, and the page only a notice", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.secretary, "/beheer/afdelingen");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Afdelingen");
    expect(await page.getByTestId("admin-branches-link").count()).toBe(0);
    expect(await page.getByText("Deze pagina is alleen voor het platformbeheer.").count()).toBe(1);
    expect(await page.getByTestId("new-branch-form").count()).toBe(0);
    await page.close();
  });
});
