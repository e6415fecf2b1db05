import { describe, expect, it } from "vitest";
import { APP_ROUTE_PATTERNS, matchAppRoute } from "@afdelingsplanner/shared/schemas";
import { useTestApp } from "../support/app.ts";

/** Page URLs come from the one list in shared/src/schemas/appRoutes.ts: a page answers 200, anything else 404 with the app's "niet gevonden" page. */
describe("unknown paths", () => {
  const ctx = useTestApp();

  it("answers 404 with the app's HTML for a path no page matches, so the app shows its Dutch 'niet gevonden' page", async () => {
    for (const url of ["/bestaat-niet", "/a/den-haag/bestaat-niet", "/a/den-haag/leden/1/meer", "/bezoek", "/a/den-haag/agenda/reeks"]) {
      const response = await ctx.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"], url).toMatch(/^text\/html/);
      expect(response.body, url).toContain('<div id="root">');
    }
  });

  it("answers 200 with the app for every page of the shared list, with real-looking parameters, a query and a trailing slash", async () => {
    expect(APP_ROUTE_PATTERNS.length).toBeGreaterThan(20);
    for (const pattern of APP_ROUTE_PATTERNS) {
      const url = pattern.replace(/:[A-Za-z]+/g, "x1");
      for (const variant of [url, `${url.replace(/\/$/, "")}/?tab=1`]) {
        const response = await ctx.app.inject({ method: "GET", url: variant });
        expect(response.statusCode, variant).toBe(200);
        expect(response.body, variant).toContain('<div id="root">');
      }
    }
    expect(matchAppRoute("/A/den-haag/Leden")).toBe("/a/:slug/leden"); // React Router ignores case too
  });

  it("still answers JSON 404 ROUTE_NOT_FOUND for an unknown API path", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/bestaat-niet" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({ error: { code: "ROUTE_NOT_FOUND" } });
  });
});
