import { createBrowserRouter } from "react-router-dom";
import { LoginPage } from "../features/auth/LoginPage.tsx";
import { RequireAuth } from "../features/auth/RequireAuth.tsx";
import { BranchLayout } from "../features/branches/components/BranchLayout.tsx";
import { AgendaPage } from "../features/branches/pages/AgendaPage.tsx";
import { BoardPage } from "../features/branches/pages/BoardPage.tsx";
import { BranchHomePage } from "../features/branches/pages/BranchHomePage.tsx";
import { HomeRedirect } from "../features/branches/pages/HomeRedirect.tsx";
import { RosterPage } from "../features/branches/pages/RosterPage.tsx";
import { WorkingGroupsPage } from "../features/branches/pages/WorkingGroupsPage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";

// Path segments are Dutch on purpose: they are what members see and share.
export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: "a/:slug",
        element: <BranchLayout />,
        children: [
          { index: true, element: <BranchHomePage /> },
          { path: "agenda", element: <AgendaPage /> },
          { path: "bestuur", element: <BoardPage /> },
          { path: "werkgroepen", element: <WorkingGroupsPage /> },
          { path: "rooster", element: <RosterPage /> },
        ],
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
]);
