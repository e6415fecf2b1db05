import { describe, expect, it, onTestFinished } from "vitest";
import type { InjectOptions } from "fastify";
import type { Page } from "playwright-core";
import { addDaysLocal } from "@afdelingsplanner/shared";
import type { ErrorCode } from "@afdelingsplanner/shared/schemas";
import nl from "../../web/src/i18n/nl.json";
import { DEMO, bearer, login } from "../support/app.ts";
import { chromiumAvailable, logIn, openAs as openBrowserAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";
import { TEST_NOW, testToday } from "../support/clock.ts";

// The API explains its errors in English, for API clients; the Dutch interface shows the Dutch text for the
// error's code instead (web/src/i18n/nl.json, errorCodes). Each case makes the same request through the API
// first, to know the English message the page must not show.

interface ApiError {
  code: string;
  message: string;
}

describe.skipIf(!chromiumAvailable)("server errors in the Dutch interface, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function apiError(request: InjectOptions, status: number): Promise<ApiError> {
    const response = await ctx.app.inject(request);
    expect(response.statusCode, response.body).toBe(status);
    return response.json<{ error: ApiError }>().error;
  }

  /** The error's Dutch text is what the page says, and the API's English message is nowhere on it. */
  async function expectDutch(page: Page, shown: () => Promise<string | null>, error: ApiError, code: ErrorCode) {
    expect(error.code).toBe(code);
    await expect.poll(shown).toBe(nl.errorCodes[code]);
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.locator("body").innerText()).not.toContain(error.message);
  }

  const openAs = (email: string, path: string) => openBrowserAs(browser, ctx.baseUrl, email, path);

  it("says a wrong password in Dutch on the login page (INVALID_CREDENTIALS)", async () => {
    const error = await apiError({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.secretary, password: "verkeerd-wachtwoord" } }, 401);
    const page = await browser.newPage();
    await logIn(page, ctx.baseUrl, DEMO.secretary, "verkeerd-wachtwoord");
    await expectDutch(page, () => page.getByRole("alert").textContent(), error, "INVALID_CREDENTIALS");
    await page.close();
  });

  it("says in Dutch that a visitor's email address is not valid, on the public attend page (INVALID_EMAIL)", async () => {
    const board = await ctx.app.inject({ method: "GET", url: "/api/public/branches/den-haag/board-meetings" });
    const [meeting] = board.json<{ meetings: { seriesId: string; date: string }[] }>().meetings;
    if (!meeting) throw new Error(`No upcoming board meeting: ${board.body}`);
    // The browser takes this as an email address (type="email" wants no dot); the server does not.
    const email = "sanne@voorbeeld";
    const body = { name: "Sanne de Vries", email, seriesId: meeting.seriesId, date: meeting.date };
    const error = await apiError({ method: "POST", url: "/api/branches/den-haag/guest-requests", payload: body }, 400);

    const visitor = await browser.newPage();
    visitor.setDefaultTimeout(10_000);
    await visitor.goto(`${ctx.baseUrl}/bezoek/den-haag`);
    const form = visitor.getByTestId("attend-form");
    await form.waitFor();
    await form.getByLabel("Je naam").fill(body.name);
    await form.getByLabel("Je e-mailadres").fill(email);
    await form.getByLabel("Welke vergadering?").selectOption({ index: 0 });
    await form.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expectDutch(visitor, () => visitor.getByTestId("attend-error").textContent(), error, "INVALID_EMAIL");
    expect(await visitor.getByTestId("attend-success").count()).toBe(0);
    await visitor.close();
  });

  it("says in Dutch that a meeting closed meanwhile takes no new items (MEETING_CLOSED) and cannot be closed again (MEETING_ALREADY_CLOSED)", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const from = addDaysLocal(testToday(), 1);
    const occurrences = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${from}&to=${addDaysLocal(from, 60)}&kind=board`, headers: bearer(treasurer) });
    const next = occurrences
      .json<{ occurrences: { seriesId: string; date: string; status: string }[] }>()
      .occurrences.filter((each) => each.status !== "cancelled")
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!next) throw new Error(`No board meeting ahead: ${occurrences.body}`);
    const meetingUrl = `/api/branches/den-haag/meetings/${next.seriesId}/${next.date}`;

    // On the meeting's evening (it can be closed from its day on, issue 18) Tim opens the meeting; while he
    // has it open, it is closed (in another window, say).
    ctx.clock.set(`${next.date}T20:30:00Z`);
    onTestFinished(() => ctx.clock.set(TEST_NOW));
    const treasurerThen = await login(ctx.app, DEMO.treasurer);
    const page = await openAs(DEMO.treasurer, `/a/den-haag/vergadering/${next.seriesId}/${next.date}`);
    const form = page.getByTestId("add-item-form");
    await form.waitFor();
    await page.getByTestId("close-meeting").waitFor();
    const closed = await ctx.app.inject({ method: "POST", url: `${meetingUrl}/close`, headers: bearer(treasurerThen) });
    expect(closed.statusCode, closed.body).toBe(200);

    const title = "Fietsenstalling buurthuis";
    const addError = await apiError({ method: "POST", url: `${meetingUrl}/agenda`, headers: bearer(treasurerThen), payload: { title, estimatedMinutes: 20 } }, 409);
    await form.getByLabel("Onderwerp").fill(title);
    await form.getByRole("button", { name: "Toevoegen" }).click();
    await expectDutch(page, () => form.getByRole("alert").textContent(), addError, "MEETING_CLOSED");

    const closeError = await apiError({ method: "POST", url: `${meetingUrl}/close`, headers: bearer(treasurerThen) }, 409);
    await page.getByTestId("close-meeting").click();
    const dialog = page.getByRole("dialog", { name: "Vergadering afsluiten?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ja, afsluiten" }).click();
    await expectDutch(page, () => page.locator(".mtg-close").getByRole("alert").textContent(), closeError, "MEETING_ALREADY_CLOSED");
    expect(await page.locator("body").innerText()).not.toContain(addError.message);
    await page.close();
  });

  it("tells a plain member in Dutch that the audit log is for board members (ROLE_REQUIRED, 403)", async () => {
    const member = await login(ctx.app, DEMO.member);
    const error = await apiError({ method: "GET", url: "/api/branches/den-haag/audit-log", headers: bearer(member) }, 403);
    const page = await openAs(DEMO.member, "/a/den-haag/logboek");
    await expectDutch(page, () => page.getByRole("alert").locator("p").textContent(), error, "ROLE_REQUIRED");
    await page.close();
  });
});
