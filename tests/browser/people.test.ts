import { describe, expect, it } from "vitest";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const SECRETARY = "nadine@bij1-denhaag.example";
const MEMBER = "lid@bij1-denhaag.example";
const PASSWORD = "Paarse olifanten dansen op het Plein 7429";

describe.skipIf(!chromiumAvailable)("members (Leden) and invitations, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("lets the secretary add a member, whose invitation link makes an account and logs them in", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, SECRETARY);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("navigation").getByRole("link", { name: "Leden" }).click();
    await page.waitForURL(/\/a\/den-haag\/leden$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Leden");
    await page.getByTestId("people-table").waitFor();
    // The secretary sees the contact columns.
    expect(await page.getByRole("columnheader", { name: "E-mail" }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    const form = page.getByTestId("add-person-form");
    await form.getByLabel("Naam").fill("Rosa Nieuwkoop");
    await form.getByLabel("E-mailadres (mag leeg)").fill("rosa@example.org");
    await form.getByLabel("Communicatie").check();
    await form.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect.poll(() => page.getByTestId("person-added").textContent()).toMatch(/Rosa Nieuwkoop is toegevoegd/);
    await expect.poll(() => page.getByTestId("people-table").textContent()).toContain("Rosa Nieuwkoop");
    await expect.poll(() => page.getByTestId("invitations-table").textContent()).toContain("Verstuurd");
    expect(await accessibilityProblems(page)).toEqual([]);

    const mail = await ctx.db.outboxMail.findFirstOrThrow({ where: { toAddress: "rosa@example.org", kind: "invitation" } });
    const token = new URL(mail.actionUrl ?? "").searchParams.get("token");
    expect(token).toBeTruthy();
    await page.close();

    const invited = await browser.newPage();
    await invited.goto(`${ctx.baseUrl}/uitnodiging?token=${token}`);
    await expect.poll(() => invited.getByRole("heading", { level: 1 }).textContent()).toBe("Uitnodiging aannemen");
    expect(await accessibilityProblems(invited)).toEqual([]);
    await invited.getByLabel("Wachtwoord", { exact: true }).fill("te kort");
    await expect.poll(() => invited.getByTestId("password-feedback").textContent()).toMatch(/Nog 5 tekens te gaan/);
    await invited.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
    await invited.getByLabel("Wachtwoord nog een keer").fill(PASSWORD);
    await invited.getByRole("button", { name: "Account maken" }).click();
    await invited.waitForURL(/\/a\/den-haag$/);
    await expect.poll(() => invited.getByTestId("user-menu").textContent()).toContain("Rosa Nieuwkoop");
    await invited.close();
  });

  it("lets the secretary invite a member who was imported without an invitation, with the keyboard", async () => {
    const branch = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    const person = await ctx.db.person.create({ data: { branchId: branch.id, name: "Kees Geimporteerd", email: "kees-import@example.org", joinedOn: new Date("2025-03-01") } });
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, SECRETARY);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.goto(`${ctx.baseUrl}/a/den-haag/leden/${person.id}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kees Geimporteerd");
    const invite = page.getByRole("button", { name: "Uitnodigen" });
    await invite.waitFor();
    expect(await page.getByText("Er is geen uitnodiging voor dit lid.").count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    await invite.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("invite-result").textContent()).toBe("De uitnodiging gaat per mail naar kees-import@example.org. De link werkt 7 dagen.");
    // The button is gone; focus moved to the confirmation, and the invitation shows in the table.
    await expect.poll(() => invite.count()).toBe(0);
    expect(await page.evaluate(`document.activeElement?.getAttribute("data-testid")`)).toBe("invite-result");
    await expect.poll(() => page.getByTestId("invitations-table").textContent()).toContain("Verstuurd");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await ctx.db.outboxMail.count({ where: { toAddress: "kees-import@example.org", kind: "invitation" } })).toBe(1);
    await page.close();
  });

  it("shows a plain member the list without contact columns", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, MEMBER);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.goto(`${ctx.baseUrl}/a/den-haag/leden`);
    await page.getByTestId("people-table").waitFor();
    await expect.poll(() => page.getByTestId("people-table").textContent()).toContain("Nadine Avéres");
    // Sanne sees her own address only, so the column is there but nobody else's address is.
    expect(await page.getByTestId("people-table").textContent()).not.toContain(SECRETARY);
    expect(await page.getByTestId("add-person-form").count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
