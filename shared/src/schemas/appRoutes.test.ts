import { describe, expect, it } from "vitest";
import { matchAppRoute } from "./appRoutes.ts";

describe("matchAppRoute", () => {
  it.each([
    ["/", "/"],
    ["/login", "/login"],
    ["/a/den-haag", "/a/:slug"],
    ["/a/den-haag/", "/a/:slug"],
    ["/A/Den-Haag/LEDEN", "/a/:slug/leden"],
    ["/a/den-haag/vergadering/6f1c/2026-12-01", "/a/:slug/vergadering/:seriesId/:date"],
    ["/bezoek/status/abc", "/bezoek/status/:token"],
    ["/a/den%20haag/plan", "/a/:slug/plan"],
  ])("%s opens %s", (path, pattern) => {
    expect(matchAppRoute(path)).toBe(pattern);
  });

  it.each(["/nergens", "/a", "/a/den-haag/nergens", "/a/den-haag/leden/1/meer", "/bezoek", "/a/%E0%A4%A/plan"])("%s opens no page", (path) => {
    expect(matchAppRoute(path)).toBeNull();
  });
});
