import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/**
 * Under /a/:slug: Uitgaande mail for the secretary (the server refuses others), and Meldingen, each member's
 * own mail settings. Lazy chunks: few people open them.
 */
export const notificationRoutes: RouteObject[] = [
  { path: "uitgaande-mail", element: lazyPage(async () => (await import("./pages/OutboxPage.tsx")).OutboxPage) },
  { path: "meldingen", element: lazyPage(async () => (await import("./pages/PreferencesPage.tsx")).PreferencesPage) },
];
