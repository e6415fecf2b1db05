import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, GoalCreateBody, GoalResponse, GoalsQuery, GoalsResponse, GoalUpdateBody, IdParams, MeasurementBody, MeasurementParams, MilestoneBody, WorkingGroupOverviewResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { loadActor } from "./access.ts";
import { workingGroupOverview } from "./overview.ts";
import { createGoal, deleteGoal, deleteMeasurement, getGoal, listGoals, recordMeasurement, setMilestone, updateGoal } from "./service.ts";
import { anyMember, readErrors, writeErrors } from "../../../lib/routeRules.ts";

const tags = ["working groups"];

export async function goalRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  // Cached like the caller's account: a write request (which is where the actor decides anything) always loads it afresh.
  const actorOf = (request: FastifyRequest) => {
    const branch = contextOf(request).branch;
    return app.readCache.read(request, `actor:${branch.id}:${branch.personId ?? "none"}`, () => loadActor(app.db, branch));
  };

  api.get(
    "/api/branches/:slug/working-groups/overview",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "Working groups with chair, convener, action-list keeper, members, the independence marker and goal counts by status",
        params: BranchSlugParams,
        response: { 200: WorkingGroupOverviewResponse, ...readErrors },
      },
    },
    async (request) => workingGroupOverview(app.db, contextOf(request).branch, await actorOf(request), (key, load) => app.readCache.read(request, key, load)),
  );

  api.get(
    "/api/branches/:slug/goals",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "Goals with their progress today, optionally of one working group (id or slug)", params: BranchSlugParams, querystring: GoalsQuery, response: { 200: GoalsResponse, ...readErrors } },
    },
    async (request, reply) => {
      const branch = contextOf(request).branch;
      const key = `goals:${branch.id}:${branch.today}:${request.query.workingGroup ?? ""}`;
      // Five years of goals make ~45 KB of JSON: the cache keeps it serialized, by this route's response
      // schema (reply.serialize), so a hit skips the serializer as well and sends no field the schema leaves out.
      const json = await app.readCache.read(request, key, async () => String(reply.serialize(await listGoals(app.db, branch, request.query.workingGroup))));
      // The type provider types send() as the response object; a string body is sent as it is, unserialized.
      return reply.type("application/json; charset=utf-8").send(json as unknown as GoalsResponse);
    },
  );

  api.post(
    "/api/branches/:slug/goals",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Create a goal (the group's chair, or a board member)", params: BranchSlugParams, body: GoalCreateBody, response: { 201: GoalResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await createGoal(app.db, contextOf(request).branch, await actorOf(request), request.body, contextOf(request).actor)),
  );

  api.get(
    "/api/branches/:slug/goals/:id",
    { config: { access: access.branchMember }, schema: { tags, summary: "One goal with its progress today", params: IdParams, response: { 200: GoalResponse, ...readErrors } } },
    async (request) => getGoal(app.db, contextOf(request).branch, request.params.id),
  );

  api.patch(
    "/api/branches/:slug/goals/:id",
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Change a goal (the group's chair, or a board member); send the version you edited. Fields left out keep their value",
        params: IdParams,
        body: GoalUpdateBody,
        response: { 200: GoalResponse, ...writeErrors },
      },
    },
    async (request) => updateGoal(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body, contextOf(request).actor),
  );

  api.delete(
    "/api/branches/:slug/goals/:id",
    { config: { access: anyMember }, schema: { tags, summary: "Delete a goal (the group's chair, or a board member)", params: IdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteGoal(app.db, contextOf(request).branch, await actorOf(request), request.params.id, contextOf(request).actor);
      return reply.status(204).send(null);
    },
  );

  api.put(
    "/api/branches/:slug/goals/:id/milestone",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Mark a milestone done on a date (default today) or undo it (the group's chair, or a board member)", params: IdParams, body: MilestoneBody, response: { 200: GoalResponse, ...writeErrors } },
    },
    async (request) => setMilestone(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body, contextOf(request).actor),
  );

  api.post(
    "/api/branches/:slug/goals/:id/measurements",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Record a measured value of a metric goal (members of its group, or board members)", params: IdParams, body: MeasurementBody, response: { 201: GoalResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await recordMeasurement(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body, contextOf(request).actor)),
  );

  api.delete(
    "/api/branches/:slug/goals/:id/measurements/:measurementId",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Delete a measurement (who recorded it, the group's chair, or a board member)", params: MeasurementParams, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      await deleteMeasurement(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.params.measurementId, contextOf(request).actor);
      return reply.status(204).send(null);
    },
  );
}
