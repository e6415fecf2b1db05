import { describe, expect, it } from "vitest";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

const NADINE = "nadine@bij1-denhaag.example";
const SANNE = "lid@bij1-denhaag.example";
const LINK = "http://afdelingsplanner.test/uitnodiging/voor-amira";

describe.skipIf(!chromiumAvailable)("Uitgaande mail, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("shows the secretary an empty outbox, then a waiting invitation with the notice that mail is off and a working Kopieer link button", async () => {
    const page = await browser.newPage({ permissions: ["clipboard-read", "clipboard-write"] });
    await logIn(page, ctx.baseUrl, NADINE);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.getByRole("link", { name: "Uitgaande mail" }).click();
    await page.waitForURL(/\/a\/den-haag\/uitgaande-mail$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Uitgaande mail");
    await expect.poll(() => page.getByText("Nog geen mail", { exact: true }).count()).toBe(1);
    expect(await page.getByTestId("mail-off").textContent()).toBe("Mail staat uit: deze server heeft geen SMTP_URL. Kopieer de uitnodigingslink en stuur hem zelf.");
    expect(await accessibilityProblems(page)).toEqual([]);

    const branch = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    await ctx.db.outboxMail.create({
      data: { branchId: branch.id, toAddress: "amira@example.org", kind: "invitation", subject: "Je bent uitgenodigd voor BIJ1 Den Haag", textBody: `Link: ${LINK}`, htmlBody: `<p>${LINK}</p>`, actionUrl: LINK },
    });
    await ctx.db.outboxMail.create({
      data: { branchId: branch.id, toAddress: "karim@example.org", kind: "invitation", subject: "Oude uitnodiging", textBody: "t", htmlBody: "<p>t</p>", status: "failed", attempts: 8, lastError: "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:25" },
    });
    await page.reload();
    await expect.poll(() => page.getByTestId("outbox-row").count()).toBe(2);
    const waiting = page.getByTestId("outbox-row").filter({ hasText: "amira@example.org" });
    expect(await waiting.textContent()).toContain("Je bent uitgenodigd voor BIJ1 Den Haag");
    expect(await waiting.textContent()).toContain("wacht");
    expect(await waiting.textContent()).toContain("Uitnodiging");
    const failed = page.getByTestId("outbox-row").filter({ hasText: "karim@example.org" });
    expect(await failed.textContent()).toContain("mislukt");
    expect(await failed.textContent()).toContain("Opgegeven na 8 pogingen. Reden: ECONNREFUSED");
    // Only the waiting invitation offers its link.
    expect(await failed.getByTestId("copy-link").count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    const copy = waiting.getByRole("button", { name: "Kopieer link voor amira@example.org" });
    expect(await copy.textContent()).toBe("Kopieer link");
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => waiting.getByText("Gekopieerd.").count()).toBe(1);
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe(LINK);
    await page.close();
  });

  it("has no link to it for a plain member", async () => {
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, SANNE);
    await page.waitForURL(/\/a\/den-haag$/);
    await expect.poll(() => page.getByRole("link", { name: "Agenda" }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "Uitgaande mail" }).count()).toBe(0);
    await page.close();
  });
});
