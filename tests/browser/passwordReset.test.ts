import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { aBranch, aMember } from "../support/factories.ts";
import { useRunningServer } from "../support/server.ts";

const STRONG = "Zonnebloem-Trein-Kastanje-42";

describe.skipIf(!chromiumAvailable)("a forgotten password, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("goes from the login page through the mailed link to a new password that logs in", async () => {
    const member = await aMember(ctx.db, { branch: await aBranch(ctx.db, { slug: "den-haag" }), name: "Femke", email: "femke.reset@example.org" });
    const page = await browser.newPage();
    await page.goto(`${ctx.baseUrl}/login`);
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await page.waitForURL(/\/wachtwoord-vergeten$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Wachtwoord vergeten");
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel("E-mailadres").fill(member.email);
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    const calm = "Als dit adres bij ons bekend is, ontvang je binnen enkele minuten een mail met een link.";
    await expect.poll(() => page.getByTestId("reset-requested").textContent()).toBe(calm);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The link as the mail has it (PUBLIC_URL is the test's), opened on this server.
    const mail = await ctx.db.outboxMail.findFirstOrThrow({ where: { toAddress: member.email, kind: "password_reset" } });
    const link = new URL(mail.actionUrl!);
    expect(link.pathname).toBe("/wachtwoord-herstellen");
    await page.goto(`${ctx.baseUrl}${link.pathname}${link.search}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Nieuw wachtwoord instellen");

    // A weak phrase gets Dutch feedback while typing; a strong one is accepted.
    const fresh = page.getByLabel("Nieuw wachtwoord", { exact: true });
    await fresh.fill("welkom-in-den-haag");
    await expect.poll(() => page.getByTestId("password-strength").textContent(), { timeout: 10_000 }).toMatch(/nog niet sterk genoeg/);
    expect(await page.getByTestId("password-strength").textContent()).toMatch(/Vermijd|Voeg/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await fresh.fill(STRONG);
    await expect.poll(() => page.getByTestId("password-strength").textContent(), { timeout: 10_000 }).toMatch(/Dit wachtwoord kun je gebruiken/);
    await page.getByLabel("Herhaal je nieuwe wachtwoord").fill(STRONG);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Wachtwoord instellen" }).click();

    await page.waitForURL(/\/login$/);
    await expect.poll(() => page.locator(".notice").textContent()).toMatch(/Je nieuwe wachtwoord is ingesteld/);
    expect(await accessibilityProblems(page)).toEqual([]);

    await logIn(page, ctx.baseUrl, member.email, DEMO_PASSWORD);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/E-mailadres of wachtwoord klopt niet/);
    await logIn(page, ctx.baseUrl, member.email, STRONG);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.close();
  });

  it("says so when the link is used a second time, with a way to ask for a new one", async () => {
    const member = await aMember(ctx.db, { branch: await aBranch(ctx.db, { slug: "den-haag" }), name: "Joris", email: "joris.reset@example.org" });
    const requested = await ctx.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email: member.email } });
    expect(requested.statusCode).toBe(202);
    const mail = await ctx.db.outboxMail.findFirstOrThrow({ where: { toAddress: member.email, kind: "password_reset" } });
    const link = new URL(mail.actionUrl!);
    const token = link.searchParams.get("token")!;
    expect((await ctx.app.inject({ method: "POST", url: "/api/auth/password-reset/confirm", payload: { token, password: STRONG } })).statusCode).toBe(204);

    const page = await browser.newPage();
    await page.goto(`${ctx.baseUrl}${link.pathname}${link.search}`);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(`${STRONG}-2`);
    await page.getByLabel("Herhaal je nieuwe wachtwoord").fill(`${STRONG}-2`);
    await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/al gebruikt/);
    expect(await page.getByRole("link", { name: "Een nieuwe link aanvragen" }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
