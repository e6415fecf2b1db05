import { describe, expect, it } from "vitest";
import { addDaysLocal } from "@afdelingsplanner/shared";
import { DEMO, bearer, login } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, openAs as openBrowserAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";
import { testToday } from "../support/clock.ts";

describe.skipIf(!chromiumAvailable)("Agenda versturen, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();
  const openAs = (email: string, path: string) => openBrowserAs(browser, ctx.baseUrl, email, path);

  it("sends the agenda after a confirmation and shows that it went out; a plain member has no button", async () => {
    const session = await login(ctx.app, DEMO.treasurer);
    const from = addDaysLocal(testToday(), 1);
    const response = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${from}&to=${addDaysLocal(from, 60)}&kind=board`, headers: bearer(session) });
    const meeting = response.json<{ occurrences: { seriesId: string; date: string; status: string }[] }>().occurrences.find((each) => each.status !== "cancelled");
    if (!meeting) throw new Error("No board meeting ahead");
    const path = `/a/den-haag/vergadering/${meeting.seriesId}/${meeting.date}`;

    const page = await openAs(DEMO.treasurer, path);
    const button = page.getByRole("button", { name: "Agenda versturen", exact: true });
    await button.waitFor();
    expect(await page.getByTestId("agenda-sent").count()).toBe(0);
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Agenda versturen?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("krijgt de agenda per mail");
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Ja, versturen" }).click();
    const sent = page.getByTestId("agenda-sent");
    await sent.waitFor();
    expect(await sent.textContent()).toMatch(/^De agenda is verstuurd naar \d+ leden\.$/);
    expect(await ctx.db.outboxMail.count({ where: { kind: "agenda" } })).toBeGreaterThan(0);

    // Reloaded: when it went out, and the button now sends it again (the confirmation says a change list follows).
    await page.reload();
    await page.getByText(/^Agenda verstuurd op /).waitFor();
    await page.getByRole("button", { name: "Agenda opnieuw versturen" }).click();
    await page.getByRole("dialog", { name: "Agenda versturen?" }).getByText(/De nieuwe mail zegt wat er sindsdien veranderd is/).waitFor();
    await page.close();

    const member = await openAs(DEMO.member, path);
    await member.getByTestId("propose-item-form").waitFor();
    expect(await member.getByTestId("send-agenda-button").count()).toBe(0);
    await member.close();
  }, 120_000);
});
