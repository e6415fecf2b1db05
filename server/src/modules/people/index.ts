import type { FastifyInstance } from "fastify";
import type { ModuleOptions } from "../moduleOptions.ts";
import { peopleRoutes } from "./routes.ts";

/** people: the members of a branch, their branch roles, departures and invitations (and accepting one). */
export async function peopleModule(app: FastifyInstance, options: ModuleOptions) {
  await app.register(peopleRoutes, options);
}

// For the admin module, which adds a new branch's first secretary exactly as a secretary adds a member.
export { createPerson } from "./service.ts";
export { invitationSelect, invitationView } from "./views.ts";
