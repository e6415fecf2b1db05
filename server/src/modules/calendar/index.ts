import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { feedRoutes } from "./feedRoutes.ts";
import { meetingRoutes } from "./routes.ts";

/** calendar: series, occurrences, exceptions, feeds and the weekly load. */
export async function calendarModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(meetingRoutes, options);
  await app.register(feedRoutes);
}

// For the meetings module, which hangs agendas and minutes on the calendar's occurrences.
export { exceptionInput, scheduleOf } from "./mapping.ts";
export { loadSeriesForWindow } from "./service.ts";
// For a guest's calendar invitation to the one board meeting they may attend (meetings/guestRequests/mails.ts).
export { branchOrganizer, feedUid, itipCalendar } from "./itip.ts";
