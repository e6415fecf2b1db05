import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/** Leden under /a/:slug: the members' list (everyone), one member's page. */
export const peopleRoutes: RouteObject[] = [
  { path: "leden", element: lazyPage(async () => (await import("./pages/PeoplePage.tsx")).PeoplePage) },
  { path: "leden/:id", element: lazyPage(async () => (await import("./pages/PersonPage.tsx")).PersonPage) },
];

/** /uitnodiging: accepting an invitation, outside the branch layout (like /login). */
export const publicPeopleRoutes: RouteObject[] = [{ path: "/uitnodiging", element: lazyPage(async () => (await import("./pages/AcceptInvitationPage.tsx")).AcceptInvitationPage) }];
