/**
 * Every page of the web app, as full path patterns (":name" is one path segment). The one list: the web router
 * refuses to start with a page that is missing here (web/src/app/routeCheck.ts), the server answers 404 to a
 * page URL that matches none of them (with the app, which shows "Pagina niet gevonden"), and the layout test
 * (tests/browser/layout.test.ts) visits each one. Adding a page: add its pattern here, in its feature's routes.tsx,
 * and, for a pattern with parameters, a sample URL in the layout test.
 */
export const APP_ROUTE_PATTERNS = [
  "/",
  "/login",
  "/wachtwoord-vergeten",
  "/wachtwoord-herstellen",
  "/email-bevestigen",
  "/uitnodiging",
  "/bezoek/:slug",
  "/bezoek/status/:token",
  "/account",
  "/beheer/afdelingen",
  "/a/:slug",
  "/a/:slug/agenda",
  "/a/:slug/agenda/nieuw",
  "/a/:slug/agenda/reeks/:seriesId",
  "/a/:slug/agenda/belasting",
  "/a/:slug/bestuur",
  "/a/:slug/werkgroepen",
  "/a/:slug/werkgroepen/:groupSlug",
  "/a/:slug/netwerk",
  "/a/:slug/plan",
  "/a/:slug/scholing",
  "/a/:slug/wijken",
  "/a/:slug/rooster",
  "/a/:slug/vergadering/:seriesId/:date",
  "/a/:slug/actielijst",
  "/a/:slug/aanvragen",
  "/a/:slug/logboek",
  "/a/:slug/leden",
  "/a/:slug/leden/:id",
  "/a/:slug/uitgaande-mail",
  "/a/:slug/meldingen",
] as const;

export type AppRoutePattern = (typeof APP_ROUTE_PATTERNS)[number];

function segmentsOf(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed escape (%E0%A4%A) matches no page
  }
}

/**
 * The pattern a URL path (without query) opens, or null. Like React Router: static segments match without regard
 * to case, a trailing slash does not matter, a parameter takes exactly one non-empty segment.
 */
export function matchAppRoute(pathname: string): AppRoutePattern | null {
  const segments = segmentsOf(pathname).map(decoded);
  if (segments.some((segment) => segment === null)) return null;
  return (
    APP_ROUTE_PATTERNS.find((pattern) => {
      const wanted = segmentsOf(pattern);
      return wanted.length === segments.length && wanted.every((part, index) => part.startsWith(":") || part.toLowerCase() === segments[index]?.toLowerCase());
    }) ?? null
  );
}
