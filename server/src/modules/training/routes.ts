import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  BranchSlugParams,
  IdParams,
  LensCreateBody,
  LensesResponse,
  LensUpdateBody,
  NeighbourhoodCreateBody,
  NeighbourhoodResponse,
  NeighbourhoodsResponse,
  NeighbourhoodUpdateBody,
  TrainingResponse,
  TrainingSessionCreateBody,
  TrainingSessionResponse,
  TrainingSessionUpdateBody,
  TrainingTopicCreateBody,
  TrainingTopicResponse,
  TrainingTopicUpdateBody,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { anyMember, boardOnly, readErrors, writeErrors } from "../../lib/routeRules.ts";
import { loadActor } from "../workingGroups/index.ts";
import { createNeighbourhood, deleteNeighbourhood, listNeighbourhoods, renameNeighbourhood } from "./neighbourhoods.ts";
import { addLens, createSession, createTopic, deleteLens, deleteSession, deleteTopic, getTraining, renameLens, updateSession, updateTopic } from "./service.ts";

const tags = ["training"];

/**
 * Training (scholing) and the wijken. Every member reads; board members keep the topics, lenses and wijken;
 * sessions are written by board members and the organising group's chair (anyMember, then the service's
 * assertMayManage, as for a group's goals).
 */
export async function trainingRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const actorOf = async (request: Parameters<typeof contextOf>[0]) => loadActor(app.db, contextOf(request).branch);

  api.get(
    "/api/branches/:slug/training",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "Training topics with their learning questions, sessions and overview (done, planned, speakers' balance, lenses not covered)", params: BranchSlugParams, response: { 200: TrainingResponse, ...readErrors } },
    },
    async (request) => getTraining(app.db, contextOf(request).branch, await actorOf(request)),
  );

  api.post(
    "/api/branches/:slug/training/topics",
    { config: { access: boardOnly }, schema: { tags, summary: "Add a training topic (board members)", params: BranchSlugParams, body: TrainingTopicCreateBody, response: { 201: TrainingTopicResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send(await createTopic(app.db, contextOf(request).branch, await actorOf(request), request.body)),
  );

  api.patch(
    "/api/branches/:slug/training/topics/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Change a training topic and its learning questions (board members); send the version you edited", params: IdParams, body: TrainingTopicUpdateBody, response: { 200: TrainingTopicResponse, ...writeErrors } } },
    async (request) => updateTopic(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body),
  );

  api.delete(
    "/api/branches/:slug/training/topics/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Delete a training topic without sessions (board members)", params: IdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteTopic(app.db, contextOf(request).branch.id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.post(
    "/api/branches/:slug/training/sessions",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Add a session (board members, the organising group's chair); a dated one appears in the calendar and counts as the group's activity", params: BranchSlugParams, body: TrainingSessionCreateBody, response: { 201: TrainingSessionResponse, ...writeErrors } },
    },
    async (request, reply) => {
      const context = contextOf(request);
      return reply.status(201).send(await createSession(app.db, context.branch, await actorOf(request), context.actor, request.body));
    },
  );

  api.patch(
    "/api/branches/:slug/training/sessions/:id",
    { config: { access: anyMember }, schema: { tags, summary: "Change a session: date, speakers, lenses, attendance, evaluation; send the version you edited", params: IdParams, body: TrainingSessionUpdateBody, response: { 200: TrainingSessionResponse, ...writeErrors } } },
    async (request) => {
      const context = contextOf(request);
      return updateSession(app.db, context.branch, await actorOf(request), context.actor, request.params.id, request.body);
    },
  );

  api.delete(
    "/api/branches/:slug/training/sessions/:id",
    { config: { access: anyMember }, schema: { tags, summary: "Delete a session with its calendar entry and activity", params: IdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      const context = contextOf(request);
      await deleteSession(app.db, context.branch, await actorOf(request), context.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.post(
    "/api/branches/:slug/training/lenses",
    { config: { access: boardOnly }, schema: { tags, summary: "Add an intersectional lens of the branch's own (board members)", params: BranchSlugParams, body: LensCreateBody, response: { 201: LensesResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send(await addLens(app.db, contextOf(request).branch.id, request.body)),
  );

  api.patch(
    "/api/branches/:slug/training/lenses/:id",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Rename a lens the branch added (board members); the sessions that covered it follow; send the version you edited", params: IdParams, body: LensUpdateBody, response: { 200: LensesResponse, ...writeErrors } },
    },
    async (request) => renameLens(app.db, contextOf(request).branch.id, request.params.id, request.body),
  );

  api.delete(
    "/api/branches/:slug/training/lenses/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Remove a lens the branch added (board members)", params: IdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteLens(app.db, contextOf(request).branch.id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/api/branches/:slug/neighbourhoods",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "The wijken: when we were last there, what is planned, and which saw nothing in six months", params: BranchSlugParams, response: { 200: NeighbourhoodsResponse, ...readErrors } },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      return listNeighbourhoods(app.db, branch, branch.personId !== null && branch.roles.includes("board_member"));
    },
  );

  api.post(
    "/api/branches/:slug/neighbourhoods",
    { config: { access: boardOnly }, schema: { tags, summary: "Add a wijk (board members)", params: BranchSlugParams, body: NeighbourhoodCreateBody, response: { 201: NeighbourhoodResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send(await createNeighbourhood(app.db, contextOf(request).branch, request.body)),
  );

  api.patch(
    "/api/branches/:slug/neighbourhoods/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Rename a wijk (board members); send the version you edited", params: IdParams, body: NeighbourhoodUpdateBody, response: { 200: NeighbourhoodResponse, ...writeErrors } } },
    async (request) => renameNeighbourhood(app.db, contextOf(request).branch, request.params.id, request.body),
  );

  api.delete(
    "/api/branches/:slug/neighbourhoods/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Delete a wijk that no session or activity names (board members)", params: IdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteNeighbourhood(app.db, contextOf(request).branch.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
