import type { FastifyInstance } from "fastify";
import { agendaRoutes } from "./agendaRoutes.ts";
import { minutesRoutes } from "./minutesRoutes.ts";

/** The meeting itself (issue 6): agenda, close and carry-over, referrals, decisions, actions, attendance. */
export async function meetingRecordRoutes(app: FastifyInstance) {
  await app.register(agendaRoutes);
  await app.register(minutesRoutes);
}
