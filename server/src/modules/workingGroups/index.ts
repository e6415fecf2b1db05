import type { FastifyInstance } from "fastify";
import { activityRoutes } from "./activities/routes.ts";
import { goalRoutes } from "./goals/routes.ts";
import { manageRoutes } from "./manage/routes.ts";
import { networkRoutes } from "./network/routes.ts";
import { planRoutes } from "./plan/routes.ts";
import { rotaRoutes } from "./rota/routes.ts";

/** workingGroups: the groups themselves (create, archive, members, join requests), goals, activities, the network register, duty rotas and the long-term plan. */
export async function workingGroupsModule(app: FastifyInstance) {
  await app.register(manageRoutes);
  await app.register(goalRoutes);
  await app.register(activityRoutes);
  await app.register(networkRoutes);
  await app.register(rotaRoutes);
  await app.register(planRoutes);
}

// For the training module: who may organise a session is who may manage the group (its chair, or a board member).
export { assertMayManage, loadActor, mayManageGroup, type Actor } from "./goals/access.ts";
