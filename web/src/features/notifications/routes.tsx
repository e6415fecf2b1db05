import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/** Uitgaande mail under /a/:slug, for the secretary (the server refuses others). A lazy chunk: few people open it. */
export const notificationRoutes: RouteObject[] = [
  { path: "uitgaande-mail", element: lazyPage(async () => (await import("./pages/OutboxPage.tsx")).OutboxPage) },
];
