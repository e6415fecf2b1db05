import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { peopleRoutes } from "./routes.ts";

/** people: the members of a branch, their branch roles, departures and invitations (and accepting one). */
export async function peopleModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(peopleRoutes, options);
}
