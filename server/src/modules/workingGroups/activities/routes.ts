import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { ActivitiesQuery, ActivitiesResponse, ActivityCreateBody, ActivityCreatedResponse, BranchSlugParams, IdParams } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { loadActor } from "../goals/access.ts";
import { anyMember, readErrors, writeErrors } from "../../../lib/routeRules.ts";
import { deleteActivity, listActivities, logActivity } from "./service.ts";

const tags = ["working groups"];

export async function activityRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/activities",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "Logged activity, newest first; filter by working group (id or slug), dates, type or organisation",
        params: BranchSlugParams,
        querystring: ActivitiesQuery,
        response: { 200: ActivitiesResponse, ...readErrors },
      },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      return listActivities(app.db, branch, await loadActor(app.db, branch), request.query);
    },
  );

  api.post(
    "/api/branches/:slug/activities",
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Log an activity for a working group you belong to (board members: any group); answers with the group's goals",
        params: BranchSlugParams,
        body: ActivityCreateBody,
        response: { 201: ActivityCreatedResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const branch = contextOf(request).branch;
      return reply.status(201).send(await logActivity(app.db, branch, await loadActor(app.db, branch), request.body));
    },
  );

  api.delete(
    "/api/branches/:slug/activities/:id",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Undo an activity (who logged or did it, the group's chair, or a board member)", params: IdParams, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const branch = contextOf(request).branch;
      await deleteActivity(app.db, branch, await loadActor(app.db, branch), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
