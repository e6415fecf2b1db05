import type { FastifyInstance } from "fastify";
import { auditLogRoutes } from "./routes.ts";

/** The audit log (logboek) of a branch. */
export async function auditLogModule(app: FastifyInstance) {
  await app.register(auditLogRoutes);
}
