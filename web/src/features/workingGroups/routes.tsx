import { lazy, Suspense, type ComponentType } from "react";
import type { RouteObject } from "react-router-dom";
import { Loading } from "../../components/Loading.tsx";

/** A page loaded on first visit; the app shell stays up with "Laden…" meanwhile. */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** Werkgroepen, one working group, Netwerk and Plan under /a/:slug; lazy chunks outside the initial bundle. */
export const workingGroupRoutes: RouteObject[] = [
  { path: "werkgroepen", element: lazyPage(async () => (await import("./pages/WorkingGroupsPage.tsx")).WorkingGroupsPage) },
  { path: "werkgroepen/:groupSlug", element: lazyPage(async () => (await import("./pages/WorkingGroupPage.tsx")).WorkingGroupPage) },
  { path: "netwerk", element: lazyPage(async () => (await import("./pages/NetworkPage.tsx")).NetworkPage) },
  { path: "plan", element: lazyPage(async () => (await import("./pages/PlanPage.tsx")).PlanPage) },
];
