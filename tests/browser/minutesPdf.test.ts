// Minutes to keep (issue 18, item 8): "Download als PDF" on a closed meeting's minutes gives a real PDF file.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../server/src/lib/dates.ts";
import { DEMO } from "../support/app.ts";
import { chromiumAvailable, openAs, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";

describe.skipIf(!chromiumAvailable)("the minutes as a PDF, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  it("downloads a closed meeting's minutes as a PDF named after its date", async () => {
    // The demo's last board meeting is closed, with "Begroting campagne straatintimidatie" handled.
    const record = await ctx.db.meetingRecord.findFirstOrThrow({ where: { closedAt: { not: null } } });
    const date = toIsoDate(record.date);
    const page = await openAs(browser, ctx.baseUrl, DEMO.member, `/a/den-haag/vergadering/${record.seriesId}/${date}?weergave=notulen`);
    await page.getByTestId("minutes").getByText("Begroting campagne straatintimidatie").first().waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als PDF" }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^notulen.*${date}.*\\.pdf$`));
    const file = await readFile(await download.path());
    expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(file.length).toBeGreaterThan(1024);
    // The button is back for another download, and no error is shown.
    await expect.poll(() => page.getByRole("button", { name: "Download als PDF" }).isEnabled()).toBe(true);
    expect(await page.getByTestId("minutes").getByRole("alert").count()).toBe(0);
    await page.close();
  });
});
