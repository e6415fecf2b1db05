import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { addDaysLocal } from "@afdelingsplanner/shared";
import { APP_ROUTE_PATTERNS, type AppRoutePattern } from "@afdelingsplanner/shared/schemas";
import { DEMO, bearer, login } from "../support/app.ts";
import { accessibilityProblems, chromiumAvailable, logIn, useBrowser } from "../support/browser.ts";
import { useRunningServer } from "../support/server.ts";
import { testToday } from "../support/clock.ts";

const WIDTHS = [1280, 360] as const;

/** Pages outside any login; every other page is visited logged in (the platform admin's page as the admin). */
const PUBLIC: readonly AppRoutePattern[] = ["/login", "/wachtwoord-vergeten", "/wachtwoord-herstellen", "/email-bevestigen", "/uitnodiging", "/bezoek/:slug", "/bezoek/status/:token"];
const AS_ADMIN: readonly AppRoutePattern[] = ["/beheer/afdelingen"];

/** A guest's topic of 2,000 characters: sentences, a pasted link and a long run without spaces, as guests write them. */
function longGuestTopic(): string {
  const sentence = "Bewoners van de Schilderswijk vragen aandacht voor tochtige huurwoningen, hoge energierekeningen en de wachtlijst bij het sociaal raadsliedenwerk. ";
  const link = "https://www.denhaag.nl/nl/subsidies/subsidies-voor-bewonersorganisaties/subsidieregeling-bewonersinitiatieven-en-wijkactiviteiten-2027.htm ";
  const run = "Huurteamschilderswijkbewonersvergaderingsverslag".repeat(4);
  let topic = `${link}${run} `;
  while (topic.length < 2_000) topic += sentence;
  return topic.slice(0, 2_000);
}

interface PageCheck {
  url: string;
  /** Horizontal overflow and the widest elements, per width; serious and critical axe findings per width. */
  problems: string[];
  title: string;
  landedOn: string;
}

/**
 * issue 18 parts 6 and 7: every page of the shared route list (APP_ROUTE_PATTERNS, the one the server's 404 uses)
 * at 360 px and 1280 px: no sideways scroll, no serious axe finding, a title of its own. A page added to the list
 * is visited without changing this test; one with a parameter needs a sample URL below.
 */
describe.skipIf(!chromiumAvailable)("every page at 360 px and 1280 px, in Chromium", () => {
  const ctx = useRunningServer();
  const browser = useBrowser();

  async function samples(): Promise<Partial<Record<AppRoutePattern, string>>> {
    const nadine = await login(ctx.app, DEMO.secretary);
    const from = addDaysLocal(testToday(), 1);
    const occurrences = (await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=${from}&to=${addDaysLocal(from, 60)}&kind=board`, headers: bearer(nadine) })).json<{
      occurrences: { seriesId: string; date: string; status: string }[];
    }>().occurrences;
    const next = occurrences.find((each) => each.status !== "cancelled");
    if (!next) throw new Error("No board meeting ahead in the demo data");

    // The guest's long topic becomes a proposal on that meeting's agenda and a request in the secretary's queue.
    const topic = longGuestTopic();
    const asked = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/guest-requests", remoteAddress: "192.0.2.77", payload: { name: "Joris de Wit", email: "joris@example.org", seriesId: next.seriesId, date: next.date, topic: topic.slice(0, 1_000) } });
    expect(asked.statusCode).toBe(201);
    // The form takes 1,000 characters (the proposal's title the first 200); older data may hold more, and the pages must still fit.
    const stored = await ctx.db.guestRequest.updateMany({ where: { email: "joris@example.org" }, data: { topic } });
    expect(stored.count).toBe(1);
    const token = asked.json<{ statusUrl: string }>().statusUrl.split("/").pop() ?? "";

    const people = await ctx.db.person.findMany({ where: { branch: { slug: "den-haag" } }, select: { id: true, name: true } });
    const longestName = people.reduce((longest, person) => (person.name.length > longest.name.length ? person : longest));
    return {
      "/bezoek/:slug": "/bezoek/den-haag",
      "/bezoek/status/:token": `/bezoek/status/${token}`,
      "/a/:slug": "/a/den-haag",
      "/a/:slug/agenda/reeks/:seriesId": `/a/den-haag/agenda/reeks/${next.seriesId}`,
      "/a/:slug/werkgroepen/:groupSlug": "/a/den-haag/werkgroepen/organizing",
      "/a/:slug/vergadering/:seriesId/:date": `/a/den-haag/vergadering/${next.seriesId}/${next.date}`,
      "/a/:slug/leden/:id": `/a/den-haag/leden/${longestName.id}`,
    };
  }

  function urlOf(pattern: AppRoutePattern, known: Partial<Record<AppRoutePattern, string>>): string {
    const inBranch = pattern.replace(/^\/a\/:slug/, "/a/den-haag");
    const url = inBranch.includes(":") ? known[pattern] : inBranch;
    if (!url) throw new Error(`${pattern}: no sample URL; add one to samples() in tests/browser/layout.test.ts`);
    return url;
  }

  /** Waits until the page has its heading and nothing is loading any more. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => document.querySelector("h1:not([data-left])") !== null && document.querySelector(".loading") === null, undefined, { timeout: 30_000 });
    await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
  }

  /** How far the page scrolls sideways, with the elements that stick out furthest, or null when nothing does. */
  function sidewaysScroll(page: Page): Promise<string | null> {
    return page.evaluate(() => {
      const width = window.innerWidth;
      const scrollWidth = document.documentElement.scrollWidth;
      if (scrollWidth <= width) return null;
      const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`;
      const culprits = Array.from(document.body.querySelectorAll("*"))
        .map((element) => ({ element, right: element.getBoundingClientRect().right }))
        .filter(({ right }) => right > width + 1)
        .sort((a, b) => b.right - a.right)
        .slice(0, 4)
        .map(({ element, right }) => `${describe(element)} (${Math.round(right)} px)`);
      return `scrollWidth ${scrollWidth} > ${width}: ${culprits.join(", ")}`;
    });
  }

  async function check(page: Page, url: string): Promise<PageCheck> {
    const problems: string[] = [];
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    // Within the app as a link would go (the first page loads): a full load per page costs seconds on a busy CI machine.
    if (page.url().startsWith(ctx.baseUrl)) {
      await page.evaluate((path) => {
        // Marks the page we leave, so settled() waits for the next page's heading rather than finding this one.
        document.querySelector("h1")?.setAttribute("data-left", "");
        window.history.pushState(null, "", path);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }, url);
    } else {
      await page.goto(`${ctx.baseUrl}${url}`);
    }
    const ready = await settled(page).then(
      () => true,
      () => false,
    );
    if (!ready) return { url, problems: [`${url}: no heading, or still loading, after 30 s`], title: "", landedOn: "" };
    const title = await page.title();
    const landedOn = new URL(page.url()).pathname;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const overflow = await sidewaysScroll(page);
      if (overflow) problems.push(`${url} at ${width} px: ${overflow}`);
      for (const finding of await accessibilityProblems(page)) problems.push(`${url} at ${width} px: axe ${finding}`);
    }
    return { url, problems, title, landedOn };
  }

  it("shows every page of the shared route list without sideways scroll or serious axe findings, each with a title of its own", { timeout: 300_000 }, async () => {
    const known = await samples();
    const checks: PageCheck[] = [];

    // The app says so in the console when its routes and the shared list differ (web/src/app/routeCheck.ts).
    const routeListErrors: string[] = [];
    const watch = (page: Page) => page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("APP_ROUTE_PATTERNS")) routeListErrors.push(message.text());
    });
    const visitor = await browser.newPage();
    watch(visitor);
    visitor.setDefaultTimeout(30_000);
    for (const pattern of PUBLIC) checks.push(await check(visitor, urlOf(pattern, known)));
    await visitor.close();

    const secretary = await browser.newPage();
    watch(secretary);
    secretary.setDefaultTimeout(30_000);
    await logIn(secretary, ctx.baseUrl, DEMO.secretary);
    await secretary.waitForURL(/\/a\/den-haag$/);
    for (const pattern of APP_ROUTE_PATTERNS.filter((each) => !PUBLIC.includes(each) && !AS_ADMIN.includes(each))) checks.push(await check(secretary, urlOf(pattern, known)));
    // The guest's topic is really on the pages checked: the secretary's queue and the meeting's proposals.
    await secretary.goto(`${ctx.baseUrl}${urlOf("/a/:slug/aanvragen", known)}`);
    await expect.poll(() => secretary.getByText("Huurteamschilderswijk", { exact: false }).count()).toBeGreaterThan(0);
    await secretary.close();

    const admin = await browser.newPage();
    admin.setDefaultTimeout(30_000);
    await logIn(admin, ctx.baseUrl, DEMO.admin);
    await admin.waitForURL((url) => !url.pathname.startsWith("/login"));
    for (const pattern of AS_ADMIN) checks.push(await check(admin, urlOf(pattern, known)));
    await admin.close();

    expect(routeListErrors.slice(0, 1)).toEqual([]);
    expect(checks.length).toBe(APP_ROUTE_PATTERNS.length);
    expect(checks.flatMap((each) => each.problems)).toEqual([]);

    // A title per page: pages that sent us elsewhere ("/" to the branch's home) are the page they landed on.
    const ownPages = checks.filter((each) => each.landedOn === new URL(each.url, ctx.baseUrl).pathname);
    const byTitle = new Map<string, string[]>();
    for (const each of ownPages) byTitle.set(each.title, [...(byTitle.get(each.title) ?? []), each.url]);
    const shared = [...byTitle].filter(([, urls]) => urls.length > 1).map(([title, urls]) => `"${title}": ${urls.join(", ")}`);
    expect(shared).toEqual([]);
    expect(ownPages.length).toBeGreaterThan(APP_ROUTE_PATTERNS.length - 4);
  });

  it("keeps focus inside a dialog, closes it on Escape and gives focus back to the button that opened it", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, ctx.baseUrl, DEMO.secretary);
    await page.waitForURL(/\/a\/den-haag$/);
    await page.goto(`${ctx.baseUrl}/a/den-haag/rooster`);
    // A roster action's dialog (ActionDialog) and a confirmation (ConfirmDialog); the page mounts both only while open.
    const openers = [page.getByRole("button", { name: /^Vertrek vastleggen/ }).first(), page.getByRole("button", { name: /^Zetel opheffen/ }).first()];
    for (const opener of openers) {
      await opener.focus();
      await page.keyboard.press("Enter");
      await page.locator("dialog[open]").waitFor();
      // Tab never reaches the page behind the dialog (it is inert); past the last control Chromium may visit its own
      // toolbar, where the document's focus is on <body>, and then comes back into the dialog.
      const stops: string[] = [];
      for (let step = 0; step < 12; step += 1) {
        await page.keyboard.press("Tab");
        stops.push(await page.evaluate(() => (document.activeElement?.closest("dialog[open]") ? "dialog" : document.activeElement === document.body ? "browser" : (document.activeElement?.outerHTML.slice(0, 80) ?? "none"))));
      }
      expect(stops.filter((stop) => stop !== "dialog" && stop !== "browser")).toEqual([]);
      expect(stops.filter((stop) => stop === "dialog").length).toBeGreaterThan(6);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
      expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    await page.close();
  });
});
