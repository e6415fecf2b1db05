import type { FastifyInstance } from "fastify";
import { branchRoutes } from "./routes.ts";

/** The caller's branches, their people and working groups. */
export async function branchesModule(app: FastifyInstance) {
  await app.register(branchRoutes);
}
