import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/** Scholing and Wijken under /a/:slug; lazy chunks outside the initial bundle. */
export const trainingRoutes: RouteObject[] = [
  { path: "scholing", element: lazyPage(async () => (await import("./pages/TrainingPage.tsx")).TrainingPage) },
  { path: "wijken", element: lazyPage(async () => (await import("./pages/NeighbourhoodsPage.tsx")).NeighbourhoodsPage) },
];
