import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { adminRoutes } from "./routes.ts";

/** admin: the platform admin starts branches from the plan's template and invites their first secretary. */
export async function adminModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(adminRoutes, options);
}
