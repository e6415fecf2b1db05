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

/**
 * The agenda's routes under /a/:slug. The pages are lazy chunks, so the agenda (and rrule, which
 * the series preview needs) stays out of the initial bundle.
 */
export const agendaRoutes: RouteObject[] = [
  { path: "agenda", element: lazyPage(async () => (await import("./pages/CalendarPage.tsx")).CalendarPage) },
  { path: "agenda/nieuw", element: lazyPage(async () => (await import("./pages/SeriesNewPage.tsx")).SeriesNewPage) },
  { path: "agenda/reeks/:seriesId", element: lazyPage(async () => (await import("./pages/SeriesEditPage.tsx")).SeriesEditPage) },
  { path: "agenda/belasting", element: lazyPage(async () => (await import("./pages/LoadPage.tsx")).LoadPage) },
];
