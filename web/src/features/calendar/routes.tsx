import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/**
 * The calendar's routes under /a/:slug (the Dutch URLs say agenda). The pages are lazy chunks, so the calendar (and rrule, which
 * the series preview needs) stays out of the initial bundle.
 */
export const calendarRoutes: RouteObject[] = [
  { path: "agenda", element: lazyPage(async () => (await import("./pages/CalendarPage.tsx")).CalendarPage) },
  { path: "agenda/nieuw", element: lazyPage(async () => (await import("./pages/SeriesNewPage.tsx")).SeriesNewPage) },
  { path: "agenda/reeks/:seriesId", element: lazyPage(async () => (await import("./pages/SeriesEditPage.tsx")).SeriesEditPage) },
  { path: "agenda/belasting", element: lazyPage(async () => (await import("./pages/LoadPage.tsx")).LoadPage) },
];
