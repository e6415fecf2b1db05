import type { FastifyInstance } from "fastify";
import { activityRoutes } from "../activities/routes.ts";
import { networkRoutes } from "../network/routes.ts";
import { planRoutes } from "../plan/routes.ts";
import { rotaRoutes } from "../rota/routes.ts";
import { goalRoutes } from "./routes.ts";

/** Working groups that run themselves (issue 5): goals, activity log, network register, duty rotas, long-term plan. */
export async function workingGroupFeatureRoutes(app: FastifyInstance) {
  await app.register(goalRoutes);
  await app.register(activityRoutes);
  await app.register(networkRoutes);
  await app.register(rotaRoutes);
  await app.register(planRoutes);
}
