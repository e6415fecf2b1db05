import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../lib/lazyPage.tsx";

/** The meeting itself under /a/:slug: one meeting, the action list and the secretary's request queue. Lazy chunks. */
export const meetingRoutes: RouteObject[] = [
  { path: "vergadering/:seriesId/:date", element: lazyPage(async () => (await import("./pages/MeetingPage.tsx")).MeetingPage) },
  { path: "actielijst", element: lazyPage(async () => (await import("./pages/ActionListPage.tsx")).ActionListPage) },
  { path: "aanvragen", element: lazyPage(async () => (await import("./pages/RequestQueuePage.tsx")).RequestQueuePage) },
];

/** Public, without login: ask to attend a board meeting, and follow the request through its private link. */
export const publicMeetingRoutes: RouteObject[] = [
  { path: "bezoek/:slug", element: lazyPage(async () => (await import("./pages/AttendPage.tsx")).AttendPage) },
  { path: "bezoek/status/:token", element: lazyPage(async () => (await import("./pages/GuestStatusPage.tsx")).GuestStatusPage) },
];
