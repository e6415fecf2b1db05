import type { FastifyInstance } from "fastify";
import { rosterRoutes } from "./routes.ts";

/** board: seats, terms and the retirement roster (rooster van aftreden). */
export async function boardModule(app: FastifyInstance) {
  await app.register(rosterRoutes);
}
