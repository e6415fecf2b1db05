import type { FastifyInstance } from "fastify";
import { trainingRoutes } from "./routes.ts";

/** training: scholing (topics, sessions, lenses) and the branch's wijken. */
export async function trainingModule(app: FastifyInstance) {
  await app.register(trainingRoutes);
}
