import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/** Werkgroepen, one working group, Netwerk and Plan under /a/:slug; lazy chunks outside the initial bundle. */
export const workingGroupRoutes: RouteObject[] = [
  { path: "werkgroepen", element: lazyPage(async () => (await import("./pages/WorkingGroupsPage.tsx")).WorkingGroupsPage) },
  { path: "werkgroepen/:groupSlug", element: lazyPage(async () => (await import("./pages/WorkingGroupPage.tsx")).WorkingGroupPage) },
  { path: "netwerk", element: lazyPage(async () => (await import("./pages/NetworkPage.tsx")).NetworkPage) },
  { path: "plan", element: lazyPage(async () => (await import("./pages/PlanPage.tsx")).PlanPage) },
];
