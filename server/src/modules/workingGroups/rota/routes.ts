import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, IdParams, RotaCreateBody, RotaEndBody, RotaResponse, RotasQuery, RotasResponse, RotaSwapBody, RotaUpdateBody } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { loadActor } from "../goals/access.ts";
import { anyMember, readErrors, writeErrors } from "../../../lib/routeRules.ts";
import { createRota, endRota, getRota, listRotas, swapRotaWeeks, updateRota } from "./service.ts";

const tags = ["working groups"];
const WeeksQuery = Type.Object({ weeks: RotasQuery.properties.weeks }, { additionalProperties: false });

export async function rotaRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const actorOf = (request: FastifyRequest) => loadActor(app.db, contextOf(request).branch);

  api.get(
    "/api/branches/:slug/rotas",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "Duty rotas: who is on duty this week and the coming weeks", params: BranchSlugParams, querystring: RotasQuery, response: { 200: RotasResponse, ...readErrors } },
    },
    async (request) => listRotas(app.db, contextOf(request).branch, request.query),
  );

  api.post(
    "/api/branches/:slug/rotas",
    {
      config: { access: anyMember },
      schema: { tags, summary: "Create a rota among a working group's members (its chair, or a board member)", params: BranchSlugParams, body: RotaCreateBody, response: { 201: RotaResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await createRota(app.db, contextOf(request).branch, await actorOf(request), request.body)),
  );

  api.get(
    "/api/branches/:slug/rotas/:id",
    { config: { access: access.branchMember }, schema: { tags, summary: "One rota with the coming weeks", params: IdParams, querystring: WeeksQuery, response: { 200: RotaResponse, ...readErrors } } },
    async (request) => getRota(app.db, contextOf(request).branch, request.params.id, request.query.weeks),
  );

  api.patch(
    "/api/branches/:slug/rotas/:id",
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Change a rota's name, members or their order (the group's chair, or a board member); send the version you edited",
        params: IdParams,
        body: RotaUpdateBody,
        response: { 200: RotaResponse, ...writeErrors },
      },
    },
    async (request) => updateRota(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body),
  );

  api.post(
    "/api/branches/:slug/rotas/:id/end",
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "End a rota (the group's chair, or a board member): nobody is on duty after its last week; the rota and its history stay. Send the version you saw",
        params: IdParams,
        body: RotaEndBody,
        response: { 200: RotaResponse, ...writeErrors },
      },
    },
    async (request) => endRota(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body),
  );

  api.post(
    "/api/branches/:slug/rotas/:id/swaps",
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Swap who is on duty in two weeks (the group's chair, a board member, or the member on duty in one of them)",
        params: IdParams,
        body: RotaSwapBody,
        response: { 200: RotaResponse, ...writeErrors },
      },
    },
    async (request) => swapRotaWeeks(app.db, contextOf(request).branch, await actorOf(request), request.params.id, request.body),
  );
}
