import { describe, expect, it } from "vitest";
import { DEMO } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, openAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("the board's seats on the roster page, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("shows a plain member no seat editor", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.member, "/a/den-haag/rooster");
    await expect.poll(() => page.getByTestId("roster-row").count()).toBe(5);
    expect(await page.getByTestId("seat-list").count()).toBe(0);
    expect(await page.getByRole("button", { name: /Zetel/ }).count()).toBe(0);
    await page.close();
  });

  it("lets a board member add a seat, change it and abolish it, keeping its history", async () => {
    const page = await openAs(browser, ctx.baseUrl, DEMO.secretary, "/a/den-haag/rooster");
    const seats = page.getByTestId("seat-list");
    await expect.poll(() => seats.getByTestId("seat-row").count()).toBe(5);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Zetel toevoegen, with the keyboard only: Enter on the button, typing, Enter submits the form.
    await seats.getByRole("button", { name: "Zetel toevoegen" }).focus();
    await page.keyboard.press("Enter");
    const addDialog = page.getByRole("dialog", { name: "Zetel toevoegen" });
    await addDialog.getByLabel("Functie").fill("scholingscoördinator");
    await addDialog.getByLabel("Portefeuille (optioneel)").fill("Scholing");
    expect(await accessibilityProblems(page)).toEqual([]);
    await addDialog.getByLabel("Functie").press("Enter");
    await expect.poll(() => addDialog.count()).toBe(0);
    await expect.poll(() => seats.getByTestId("seat-row").count()).toBe(6);
    await expect.poll(() => page.locator('[data-testid="roster-row"]').count()).toBe(6);
    const newRow = page.getByTestId("roster-row").filter({ hasText: "scholingscoördinator" });
    expect(await newRow.getAttribute("data-status")).toBe("vacant");

    // Zetel wijzigen: the portfolio changes, and the roster shows it.
    await seats.getByRole("button", { name: "Zetel wijzigen scholingscoördinator" }).click();
    const editDialog = page.getByRole("dialog", { name: "Zetel scholingscoördinator wijzigen" });
    expect(await editDialog.getByLabel("Portefeuille (optioneel)").inputValue()).toBe("Scholing");
    await editDialog.getByLabel("Portefeuille (optioneel)").fill("Scholing en vorming");
    await editDialog.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => editDialog.count()).toBe(0);
    await expect.poll(() => newRow.textContent()).toContain("Scholing en vorming");

    // Zetel opheffen asks first, says the history is kept, and Escape cancels.
    await seats.getByRole("button", { name: "Zetel opheffen scholingscoördinator" }).click();
    const confirm = page.getByRole("dialog", { name: "Zetel scholingscoördinator opheffen?" });
    await expect.poll(() => confirm.textContent()).toContain("De geschiedenis blijft bewaard");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect(await page.getByTestId("roster-row").count()).toBe(6);

    await seats.getByRole("button", { name: "Zetel opheffen scholingscoördinator" }).click();
    await confirm.getByRole("button", { name: "Zetel opheffen" }).click();
    await expect.poll(() => page.getByTestId("roster-row").count()).toBe(5);
    await expect.poll(() => seats.getByTestId("seat-row").count()).toBe(5);
    const abolished = page.getByTestId("abolished-seat");
    await expect.poll(() => abolished.textContent()).toMatch(/scholingscoördinator.*Scholing en vorming.*opgeheven per 22 november 2026/);
    await expect.poll(() => page.locator(".history li").first().textContent()).toMatch(/Zetel scholingscoördinator opgeheven per 22 november 2026/);
    expect(await page.locator(".history").textContent()).toMatch(/Zetel scholingscoördinator toegevoegd/);
    expect(await accessibilityProblems(page)).toEqual([]);

    const seat = await ctx.db.boardSeat.findFirstOrThrow({ where: { function: "scholingscoördinator" } });
    expect(seat.abolishedOn).not.toBeNull();
    await page.close();
  });
});
