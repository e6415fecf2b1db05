// Issue 14, in Chromium: the secretary imports 2,000 members from a CSV file with a preview and progress
// bars, and invites the new ones; the invitations go through a real smtp-server started here (the app's
// SMTP_URL points at it), and invitees accept from the mails it received and log in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { drainOutbox } from "../../server/src/modules/notifications/index.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";
import { TestSmtp } from "../support/smtp.ts";

const SECRETARY = "nadine@bij1-denhaag.example";
const PASSWORD = "Paarse olifanten dansen op het Plein 7429";
const ROWS = 2000;

const pad = (index: number) => String(index).padStart(4, "0");
/** 2,000 new members, ";"-separated as Dutch Excel writes, with a byte order mark and Dutch dates. */
function membersCsv(): Buffer {
  const lines = ["Naam;E-mail;Telefoon;Lid sinds;Rollen;Werkgroepen"];
  for (let index = 1; index <= ROWS; index += 1) lines.push(`Importlid ${pad(index)};importlid-${pad(index)}@example.org;06 1000 ${pad(index)};${(index % 28) + 1}-3-2025;lid;${index % 3 === 0 ? "Communicatie" : ""}`);
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

/** Holds each matching request back a little, so the progress bars can be seen between the answers. */
async function slowDown(page: Page, path: string, ms: number) {
  await page.route(`**${path}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

const smtp = new TestSmtp();
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());

describe.skipIf(!chromiumAvailable)("importing members from CSV (Leden), in Chromium", () => {
  const ctx = useRunningServer({
    // Read when the app is built, after the smtp-server above has its port.
    get smtpUrl() {
      return smtp.url;
    },
    mailWorkerIntervalMs: 0,
  });
  const browser = useBrowser();

  it("shows each problem of a bad file in Dutch with its line and column and offers no import; a good file then imports without invitations", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    await logIn(page, ctx.baseUrl, SECRETARY);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.goto(`${ctx.baseUrl}/a/den-haag/leden`);
    const wizard = page.getByTestId("people-import");
    await wizard.getByRole("heading", { name: "Leden importeren uit CSV" }).waitFor();
    const bad = "naam,email,rollen\nGoed Lid,goed@example.org,lid\nFout Lid,fout@,voorzitter\n";
    await wizard.getByLabel("CSV-bestand kiezen").setInputFiles({ name: "leden.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await expect.poll(() => wizard.getByTestId("import-summary").textContent()).toBe("2 regels: 1 nieuw, 0 bijwerken, 0 ongewijzigd, 1 met fouten.");
    const row = wizard.getByTestId("import-rows").locator('tr[data-status="error"]');
    expect(await row.textContent()).toContain('Regel 3, kolom "email": "fout@" is geen e-mailadres. Schrijf het als naam@voorbeeld.nl.');
    expect(await row.textContent()).toContain('Regel 3, kolom "rollen": "voorzitter" is geen rol. Kies uit: lid, bestuurslid, secretaris.');
    expect(await wizard.getByRole("button", { name: "Importeren" }).count()).toBe(0);
    expect(await wizard.textContent()).toContain("Verbeter eerst de regels met fouten");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await ctx.db.person.count({ where: { email: "goed@example.org" } })).toBe(0);

    // A good file after it: imported without invitations (the box is not ticked), with a summary.
    const good = "naam;e-mail;werkgroepen\nGoed Lid;goed@example.org;Communicatie\nAnder Lid;ander@example.org;\n";
    await wizard.getByLabel("CSV-bestand kiezen").setInputFiles({ name: "leden.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await expect.poll(() => wizard.getByTestId("import-summary").textContent()).toBe("2 regels: 2 nieuw, 0 bijwerken, 0 ongewijzigd, 0 met fouten.");
    await wizard.getByRole("button", { name: "Importeren" }).click();
    await expect.poll(() => wizard.getByTestId("import-result").textContent()).toContain("Klaar: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd; 0 uitnodigingen gemaild.");
    await expect.poll(() => page.getByTestId("people-table").textContent()).toContain("Goed Lid");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await ctx.db.outboxMail.count({ where: { toAddress: { in: ["goed@example.org", "ander@example.org"] } } })).toBe(0);
    await page.close();
  });

  it(
    "imports 2,000 members with a preview and progress, invites the new ones by mail, and an invitee accepts from a received mail and logs in",
    async () => {
      const page = await browser.newPage();
      page.setDefaultTimeout(30_000);
      await logIn(page, ctx.baseUrl, SECRETARY);
      await page.waitForURL(/\/a\/den-haag$/);
      await page.goto(`${ctx.baseUrl}/a/den-haag/leden`);
      const wizard = page.getByTestId("people-import");
      await wizard.getByRole("heading", { name: "Leden importeren uit CSV" }).waitFor();
      await slowDown(page, "/people/import/preview", 300);

      // The check goes page by page (250 rows each): the bar shows how far it is.
      await wizard.getByLabel("CSV-bestand kiezen").setInputFiles({ name: "leden.csv", mimeType: "text/csv", buffer: membersCsv() });
      const checking = wizard.getByRole("progressbar", { name: "Voortgang van de controle" });
      await expect.poll(async () => Number(await checking.getAttribute("value")), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await checking.getAttribute("max")).toBe(String(ROWS));
      expect(await wizard.getByTestId("import-checking").textContent()).toMatch(/Regels controleren: \d+ van 2000/);
      await expect.poll(() => wizard.getByTestId("import-summary").textContent(), { timeout: 30_000 }).toBe("2000 regels: 2000 nieuw, 0 bijwerken, 0 ongewijzigd, 0 met fouten.");
      // Every row is listed, a hundred at a time.
      const table = wizard.getByTestId("import-rows");
      expect(await table.locator("tbody tr").count()).toBe(100);
      expect(await table.locator("tbody tr").first().textContent()).toBe("2Importlid 0001importlid-0001@example.orgNieuw lid");
      expect(await wizard.getByText("Regels 1–100 van 2000").count()).toBe(1);
      expect(await accessibilityProblems(page)).toEqual([]);
      await wizard.getByRole("button", { name: "Volgende 100" }).click();
      await expect.poll(() => table.locator("tbody tr").first().textContent()).toBe("102Importlid 0101importlid-0101@example.orgNieuw lid");

      // Invite the new members, by keyboard, and import: one request, with a busy bar until it answers.
      await slowDown(page, "/people/import", 500);
      const invite = wizard.getByLabel("Uitnodigingen sturen naar nieuwe leden (2000)");
      await invite.focus();
      await page.keyboard.press("Space");
      expect(await invite.isChecked()).toBe(true);
      await wizard.getByRole("button", { name: "Importeren" }).click();
      await wizard.getByRole("progressbar", { name: "Voortgang van het importeren" }).first().waitFor();
      expect(await wizard.getByTestId("import-applying").textContent()).toContain("Bezig met importeren van 2000 regels…");
      await expect.poll(() => wizard.getByTestId("import-result").textContent(), { timeout: 30_000 }).toContain("Klaar: 2000 nieuw, 0 bijgewerkt, 0 ongewijzigd; 2000 uitnodigingen gemaild.");
      await expect.poll(() => page.getByTestId("people-table").textContent()).toContain("Importlid 2000");
      await page.close();

      const branch = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
      expect(await ctx.db.person.count({ where: { branchId: branch.id, email: { startsWith: "importlid-" } } })).toBe(ROWS);
      expect(await ctx.db.outboxMail.count({ where: { branchId: branch.id, kind: "invitation", toAddress: { startsWith: "importlid-" } } })).toBe(ROWS);

      // The outbox sends them to the smtp-server (a pass sends at most 1,000).
      let sent = await drainOutbox(ctx.app);
      while (sent > 0) sent = await drainOutbox(ctx.app);
      const received = smtp.received.filter((mail) => /importlid-\d{4}@example\.org/.test(JSON.stringify(mail.to)));
      expect(received).toHaveLength(ROWS);

      for (const number of ["0007", "1999"]) {
        const mail = received.find((entry) => JSON.stringify(entry.to).includes(`importlid-${number}@example.org`));
        expect(mail?.subject).toBe("Uitnodiging voor BIJ1 Den Haag in Afdelingsplanner");
        const link = new URL(/https?:\/\/\S+\/uitnodiging\?token=[A-Za-z0-9_%-]+/.exec(mail?.text ?? "")?.[0] ?? "");
        const invited = await browser.newPage();
        invited.setDefaultTimeout(30_000);
        // The link points at PUBLIC_URL; this server listens elsewhere, so open its path and token here.
        await invited.goto(`${ctx.baseUrl}${link.pathname}${link.search}`);
        await expect.poll(() => invited.getByRole("heading", { level: 1 }).textContent(), { timeout: 30_000 }).toBe("Uitnodiging aannemen");
        await invited.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
        await invited.getByLabel("Wachtwoord nog een keer").fill(PASSWORD);
        await invited.getByRole("button", { name: "Account maken" }).click();
        await invited.waitForURL(/\/a\/den-haag$/);
        await expect.poll(() => invited.getByTestId("user-menu").textContent(), { timeout: 30_000 }).toContain(`Importlid ${number}`);
        await invited.close();

        // And later, with the login form.
        const again = await browser.newPage();
        again.setDefaultTimeout(30_000);
        await logIn(again, ctx.baseUrl, `importlid-${number}@example.org`, PASSWORD);
        await again.waitForURL(/\/a\/den-haag$/);
        await expect.poll(() => again.getByTestId("user-menu").textContent(), { timeout: 30_000 }).toContain(`Importlid ${number}`);
        await again.close();
      }
    },
    240_000,
  );

  it("lets the secretary download the members as CSV, and logs the export", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    page.setDefaultTimeout(30_000);
    await logIn(page, ctx.baseUrl, SECRETARY);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.goto(`${ctx.baseUrl}/a/den-haag/leden`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporteren (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^leden-den-haag-\d{4}-\d{2}-\d{2}\.csv$/);
    const branch = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    expect(await ctx.db.auditEntry.count({ where: { branchId: branch.id, action: "people_exported" } })).toBe(1);
    await page.close();
  });
});
