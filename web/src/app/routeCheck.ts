import type { RouteObject } from "react-router-dom";
import { APP_ROUTE_PATTERNS } from "@afdelingsplanner/shared/schemas";

function joined(base: string, path: string): string {
  if (path.startsWith("/")) return path;
  return `${base.replace(/\/$/, "")}/${path}`;
}

/** The full path of every page in the route tree (layouts without a page of their own and the catch-all left out). */
export function pagePatterns(routes: RouteObject[], base = "/"): string[] {
  return routes.flatMap((route) => {
    const here = route.path === undefined ? base : joined(base, route.path);
    if (route.path === "*") return [];
    const own = route.index || (route.path !== undefined && !route.children) ? [here] : [];
    return [...own, ...(route.children ? pagePatterns(route.children, here) : [])];
  });
}

/**
 * The route tree, after checking it against the shared list the server's 404 answer uses: a page missing there
 * loads when clicked to but answers 404 when reloaded or opened from a link. The app still starts (a blank page
 * helps nobody); tests/browser/layout.test.ts fails on this console error.
 */
export function checkedAgainstSharedList(routes: RouteObject[]): RouteObject[] {
  const ours = pagePatterns(routes);
  const shared: readonly string[] = APP_ROUTE_PATTERNS;
  const missing = ours.filter((pattern) => !shared.includes(pattern));
  const extra = shared.filter((pattern) => !ours.includes(pattern));
  if (missing.length > 0 || extra.length > 0) {
    console.error(
      `The app's routes and APP_ROUTE_PATTERNS (shared/src/schemas/appRoutes.ts) differ. Not in the shared list: ${missing.join(", ") || "none"}; no page for: ${extra.join(", ") || "none"}.`,
    );
  }
  return routes;
}
