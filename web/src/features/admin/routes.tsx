import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";
import { ADMIN_BRANCHES_PATH } from "./paths.ts";

/** Platform admin pages, outside any branch (like Mijn account). */
export const adminRoutes: RouteObject[] = [{ path: ADMIN_BRANCHES_PATH, element: lazyPage(async () => (await import("./pages/AdminBranchesPage.tsx")).AdminBranchesPage) }];
