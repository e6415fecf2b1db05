import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, IdParams, OrganisationCreateBody, OrganisationResponse, OrganisationsResponse, OrganisationUpdateBody } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { loadActor } from "../goals/access.ts";
import { anyMember, boardOnly, readErrors, writeErrors } from "../../../lib/routeRules.ts";
import { createOrganisation, deleteOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "./service.ts";

const tags = ["working groups"];

/**
 * The network register. Any member may add an organisation, so that logging a conversation with a new
 * one never waits for the board; changing or removing entries (their notes are shared contact
 * knowledge) is for board members.
 */
export async function networkRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/organisations",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "The network register: organisations with their number of conversations", params: BranchSlugParams, response: { 200: OrganisationsResponse, ...readErrors } },
    },
    async (request) => listOrganisations(app.db, contextOf(request).branch.id),
  );

  api.post(
    "/api/branches/:slug/organisations",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Add an organisation (any member)", params: BranchSlugParams, body: OrganisationCreateBody, response: { 201: OrganisationResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await createOrganisation(app.db, contextOf(request).branch, request.body)),
  );

  api.get(
    "/api/branches/:slug/organisations/:id",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "One organisation with its history of conversations and other activities", params: IdParams, response: { 200: OrganisationResponse, ...readErrors } },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      return getOrganisation(app.db, branch, await loadActor(app.db, branch), request.params.id);
    },
  );

  api.patch(
    "/api/branches/:slug/organisations/:id",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Change an organisation (board members); send the version you edited", params: IdParams, body: OrganisationUpdateBody, response: { 200: OrganisationResponse, ...writeErrors } },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      return updateOrganisation(app.db, branch, await loadActor(app.db, branch), request.params.id, request.body);
    },
  );

  api.delete(
    "/api/branches/:slug/organisations/:id",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Remove an organisation without logged activity (board members)", params: IdParams, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      await deleteOrganisation(app.db, contextOf(request).branch.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
