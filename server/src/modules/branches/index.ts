import type { FastifyInstance } from "fastify";
import { branchRoutes } from "./routes.ts";

/** The caller's branches and their working groups (their people: the people module). */
export async function branchesModule(app: FastifyInstance) {
  await app.register(branchRoutes);
}
