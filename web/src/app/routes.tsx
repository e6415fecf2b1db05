import { createBrowserRouter, type RouteObject } from "react-router-dom";
import { LoginPage } from "../features/auth/LoginPage.tsx";
import { RequireAuth } from "../features/auth/RequireAuth.tsx";
import { publicAuthRoutes } from "../features/auth/routes.tsx";
import { calendarRoutes } from "../features/calendar/routes.tsx";
import { meetingRoutes, publicMeetingRoutes } from "../features/meetings/routes.tsx";
import { workingGroupRoutes } from "../features/workingGroups/routes.tsx";
import { trainingRoutes } from "../features/training/index.ts";
import { BranchLayout } from "../features/branches/components/BranchLayout.tsx";
import { BoardPage } from "../features/board/pages/BoardPage.tsx";
import { BranchHomePage } from "../features/branches/pages/BranchHomePage.tsx";
import { HomeRedirect } from "../features/branches/pages/HomeRedirect.tsx";
import { RosterPage } from "../features/roster/pages/RosterPage.tsx";
import { AccountPage } from "../features/account/pages/AccountPage.tsx";
import { auditLogRoutes } from "../features/auditLog/routes.tsx";
import { notificationRoutes } from "../features/notifications/routes.tsx";
import { peopleRoutes, publicPeopleRoutes } from "../features/people/routes.tsx";
import { adminRoutes } from "../features/admin/routes.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { checkedAgainstSharedList } from "./routeCheck.ts";

// Path segments are Dutch on purpose: they are what members see and share.
const routes: RouteObject[] = [
  { path: "/login", element: <LoginPage /> },
  ...publicAuthRoutes,
  ...publicPeopleRoutes,
  ...publicMeetingRoutes,
  {
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomeRedirect /> },
      // Not under a branch: the account is the person's, whichever branches they belong to.
      { path: "account", element: <AccountPage /> },
      ...adminRoutes,
      {
        path: "a/:slug",
        element: <BranchLayout />,
        children: [
          { index: true, element: <BranchHomePage /> },
          ...calendarRoutes,
          { path: "bestuur", element: <BoardPage /> },
          ...workingGroupRoutes,
          ...trainingRoutes,
          { path: "rooster", element: <RosterPage /> },
          ...meetingRoutes,
          ...auditLogRoutes,
          ...peopleRoutes,
          ...notificationRoutes,
        ],
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
];

// The server answers 404 to page URLs outside the shared list; the check keeps the two the same.
export const router = createBrowserRouter(checkedAgainstSharedList(routes));
