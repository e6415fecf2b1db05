import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  BranchSlugParams,
  GoalCreateBody,
  GoalResponse,
  GoalsQuery,
  GoalsResponse,
  GoalUpdateBody,
  IdParams,
  MeasurementBody,
  MeasurementParams,
  MilestoneBody,
  WorkingGroupOverviewResponse,
} from "@afdelingsplanner/shared";
import { access, branchOf } from "../../plugins/auth.ts";
import { loadActor } from "./access.ts";
import { workingGroupOverview } from "./overview.ts";
import { createGoal, deleteGoal, deleteMeasurement, getGoal, listGoals, recordMeasurement, setMilestone, updateGoal } from "./service.ts";
import { anyMember, readErrors, security, writeErrors } from "./routeShared.ts";

const tags = ["goals"];

export async function goalRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const actorOf = (request: Parameters<typeof branchOf>[0]) => loadActor(app.db, branchOf(request));

  api.get(
    "/api/branches/:slug/working-groups/overview",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "Working groups with chair, convener, action-list keeper, members, the independence marker and goal counts by status",
        security,
        params: BranchSlugParams,
        response: { 200: WorkingGroupOverviewResponse, ...readErrors },
      },
    },
    async (request) => workingGroupOverview(app.db, branchOf(request), await actorOf(request)),
  );

  api.get(
    "/api/branches/:slug/goals",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "Goals with their progress today, optionally of one working group (id or slug)", security, params: BranchSlugParams, querystring: GoalsQuery, response: { 200: GoalsResponse, ...readErrors } },
    },
    async (request) => listGoals(app.db, branchOf(request), request.query.workingGroup),
  );

  api.post(
    "/api/branches/:slug/goals",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Create a goal (the group's chair, or a board member)", security, params: BranchSlugParams, body: GoalCreateBody, response: { 201: GoalResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await createGoal(app.db, branchOf(request), await actorOf(request), request.body)),
  );

  api.get(
    "/api/branches/:slug/goals/:id",
    { config: { access: access.branchMember }, schema: { tags, summary: "One goal with its progress today", security, params: IdParams, response: { 200: GoalResponse, ...readErrors } } },
    async (request) => getGoal(app.db, branchOf(request), request.params.id),
  );

  api.patch(
    "/api/branches/:slug/goals/:id",
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Change a goal (the group's chair, or a board member); send the version you edited. Fields left out keep their value",
        security,
        params: IdParams,
        body: GoalUpdateBody,
        response: { 200: GoalResponse, ...writeErrors },
      },
    },
    async (request) => updateGoal(app.db, branchOf(request), await actorOf(request), request.params.id, request.body),
  );

  api.delete(
    "/api/branches/:slug/goals/:id",
    { config: { access: anyMember }, schema: { tags, summary: "Delete a goal (the group's chair, or a board member)", security, params: IdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteGoal(app.db, branchOf(request), await actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.put(
    "/api/branches/:slug/goals/:id/milestone",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Mark a milestone done on a date (default today) or undo it (the group's chair, or a board member)", security, params: IdParams, body: MilestoneBody, response: { 200: GoalResponse, ...writeErrors } },
    },
    async (request) => setMilestone(app.db, branchOf(request), await actorOf(request), request.params.id, request.body),
  );

  api.post(
    "/api/branches/:slug/goals/:id/measurements",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Record a measured value of a metric goal (members of its group, or board members)", security, params: IdParams, body: MeasurementBody, response: { 201: GoalResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await recordMeasurement(app.db, branchOf(request), await actorOf(request), request.params.id, request.body)),
  );

  api.delete(
    "/api/branches/:slug/goals/:id/measurements/:measurementId",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Delete a measurement (who recorded it, the group's chair, or a board member)", security, params: MeasurementParams, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      await deleteMeasurement(app.db, branchOf(request), await actorOf(request), request.params.id, request.params.measurementId);
      return reply.status(204).send(null);
    },
  );
}
