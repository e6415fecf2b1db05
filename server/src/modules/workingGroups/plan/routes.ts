import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, FocusTopicCreateBody, FocusTopicResponse, FocusTopicUpdateBody, IdParams, PhaseCreateBody, PhaseResponse, PhaseUpdateBody, PlanResponse, VersionQuery } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { boardOnly, readErrors, writeErrors } from "../../../lib/routeRules.ts";
import { createFocusTopic, createPhase, deleteFocusTopic, deletePhase, getPlan, updateFocusTopic, updatePhase } from "./service.ts";

const tags = ["working groups"];

/** The long-term plan is the board's: everyone reads it, board members change phases and focus topics. */
export async function planRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/plan",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "The long-term plan: phases with their goals, today marked, and the focus topics", params: BranchSlugParams, response: { 200: PlanResponse, ...readErrors } },
    },
    async (request) => getPlan(app.db, contextOf(request).branch),
  );

  api.post(
    "/api/branches/:slug/plan/phases",
    { config: { access: boardOnly }, schema: { tags, summary: "Add a phase (board members)", params: BranchSlugParams, body: PhaseCreateBody, response: { 201: PhaseResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send(await createPhase(app.db, contextOf(request).branch, request.body)),
  );

  api.patch(
    "/api/branches/:slug/plan/phases/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Change a phase (board members); send the version you edited", params: IdParams, body: PhaseUpdateBody, response: { 200: PhaseResponse, ...writeErrors } } },
    async (request) => updatePhase(app.db, contextOf(request).branch, request.params.id, request.body),
  );

  api.delete(
    "/api/branches/:slug/plan/phases/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Delete a phase; its goals stay, without a phase (board members); send the version you saw (?version=)", params: IdParams, querystring: VersionQuery, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deletePhase(app.db, contextOf(request).branch.id, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  api.post(
    "/api/branches/:slug/plan/focus-topics",
    { config: { access: boardOnly }, schema: { tags, summary: "Add a focus topic (board members)", params: BranchSlugParams, body: FocusTopicCreateBody, response: { 201: FocusTopicResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send(await createFocusTopic(app.db, contextOf(request).branch.id, request.body)),
  );

  api.patch(
    "/api/branches/:slug/plan/focus-topics/:id",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Change a focus topic (board members); send the version you edited", params: IdParams, body: FocusTopicUpdateBody, response: { 200: FocusTopicResponse, ...writeErrors } },
    },
    async (request) => updateFocusTopic(app.db, contextOf(request).branch.id, request.params.id, request.body),
  );

  api.delete(
    "/api/branches/:slug/plan/focus-topics/:id",
    {
      config: { access: boardOnly },
      schema: {
        tags,
        summary: "Delete a focus topic; its goals stay, without a topic (board members); 409 FOCUS_TOPIC_IN_USE while training topics use it. Send the version you saw (?version=)",
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await deleteFocusTopic(app.db, contextOf(request).branch.id, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
}
