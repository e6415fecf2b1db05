import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

// Its own accounts, so the password changes here don't disturb each other.
const SANNE = "lid@bij1-denhaag.example";
const PRIYA = "priya@bij1-denhaag.example";
const NEW_PASSWORD = "zomer-aan-de-hofvijver";

describe.skipIf(!chromiumAvailable)("changing your password on Mijn account, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function openAccountPage(page: Page, email: string) {
    await logIn(page, ctx.baseUrl, email);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("link", { name: "Mijn account" }).click();
    await page.waitForURL(/\/account$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mijn account");
  }

  it("lets a member change the password, stay logged in, and log in again with the new one", async () => {
    const page = await browser.newPage();
    await openAccountPage(page, SANNE);
    expect(await accessibilityProblems(page)).toEqual([]);
    // Password managers need these to offer the saved password and to save the new one.
    expect(await page.getByLabel("Huidig wachtwoord").getAttribute("autocomplete")).toBe("current-password");
    expect(await page.getByLabel("Nieuw wachtwoord", { exact: true }).getAttribute("autocomplete")).toBe("new-password");
    expect(await page.getByLabel("Herhaal je nieuwe wachtwoord").getAttribute("autocomplete")).toBe("new-password");

    await page.getByLabel("Huidig wachtwoord").fill(DEMO_PASSWORD);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Herhaal je nieuwe wachtwoord").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect.poll(() => page.getByTestId("password-changed").textContent()).toMatch(/Je wachtwoord is gewijzigd/);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.getByLabel("Huidig wachtwoord").inputValue()).toBe("");

    // Still logged in here (the fresh session replaced the old one), also after a reload through the new refresh cookie.
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mijn account");
    expect(page.url()).toMatch(/\/account$/);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/login/);
    await logIn(page, ctx.baseUrl, SANNE);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/E-mailadres of wachtwoord klopt niet/);
    await logIn(page, ctx.baseUrl, SANNE, NEW_PASSWORD);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.close();
  });

  it("explains in Dutch, next to the field, what to fix, and shows the passwords on request", async () => {
    const page = await browser.newPage();
    await openAccountPage(page, PRIYA);
    const current = page.getByLabel("Huidig wachtwoord");
    const fresh = page.getByLabel("Nieuw wachtwoord", { exact: true });
    const repeat = page.getByLabel("Herhaal je nieuwe wachtwoord");
    const submit = page.getByRole("button", { name: "Wachtwoord wijzigen" });

    await submit.click();
    await expect.poll(() => page.getByTestId("password-error-current").textContent()).toBe("Vul je huidige wachtwoord in.");
    expect(await page.getByTestId("password-error-new").textContent()).toBe("Je nieuwe wachtwoord moet minstens 12 tekens lang zijn.");
    expect(await current.getAttribute("aria-invalid")).toBe("true");
    expect(await accessibilityProblems(page)).toEqual([]);

    await current.fill(DEMO_PASSWORD);
    await fresh.fill(NEW_PASSWORD);
    await repeat.fill(`${NEW_PASSWORD}!`);
    await submit.click();
    await expect.poll(() => page.getByTestId("password-error-repeat").textContent()).toBe("Dit is niet hetzelfde als je nieuwe wachtwoord.");

    // The server's answer to a wrong current password lands at that field too.
    await current.fill("niet-mijn-wachtwoord");
    await repeat.fill(NEW_PASSWORD);
    await submit.click();
    await expect.poll(() => page.getByTestId("password-error-current").textContent()).toBe("Je huidige wachtwoord klopt niet.");

    expect(await fresh.getAttribute("type")).toBe("password");
    await page.getByLabel("Wachtwoorden tonen").check();
    expect(await fresh.getAttribute("type")).toBe("text");
    expect(await fresh.inputValue()).toBe(NEW_PASSWORD);
    await page.close();
  });
});
