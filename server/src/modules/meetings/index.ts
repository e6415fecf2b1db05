import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { agendaSendRoutes } from "./agendaSendRoutes.ts";
import { guestRequestRoutes } from "./guestRequests/routes.ts";
import { minutesPdfRoutes } from "./minutesPdf/routes.ts";
import { agendaRoutes, minutesRoutes } from "./routes.ts";

/** meetings: one meeting's agenda items, attendance, minutes, decisions, actions, referrals and guest requests. */
export async function meetingsModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(agendaRoutes, { publicUrl: options.publicUrl });
  await app.register(minutesRoutes);
  await app.register(agendaSendRoutes, { publicUrl: options.publicUrl });
  await app.register(minutesPdfRoutes);
  await app.register(guestRequestRoutes, { guestRequestsPerHour: options.guestRequestsPerHour, publicUrl: options.publicUrl });
}
