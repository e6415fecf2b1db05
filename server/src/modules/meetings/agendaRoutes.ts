import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { AgendaItemCreateBody, AgendaItemResponse, AgendaItemUpdateBody, AgendaReorderBody, AgendaResponse, CloseResponse, HistoryResponse, MeetingItemParams, MeetingParams, PreparerBody, PreparerResponse, ReferBody } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { AGENDA_ITEM_BODY_LIMIT } from "../../lib/requestLimits.ts";
import { addItem, decideProposal, deleteItem, getAgenda, reorderAgenda, updateItem } from "./agenda.ts";
import { closeMeeting } from "./carryOver.ts";
import { getPreparer, setPreparer } from "./preparer.ts";
import { itemHistoryOf, referItem } from "./referral.ts";
import { ItemIdParams, SeriesParams, member, memberWrites, readErrors, tags, writeErrors } from "./routeShared.ts";

const base = "/api/branches/:slug/meetings/:seriesId/:date";

export async function agendaRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    `${base}/agenda`,
    { config: member, schema: { tags, summary: "The agenda of one meeting: items in order, proposals, the overrun warning and what the caller may do", params: MeetingParams, response: { 200: AgendaResponse, ...readErrors } } },
    async (request) => getAgenda(app.db, contextOf(request).branch, request.params.seriesId, request.params.date),
  );

  api.post(
    `${base}/agenda`,
    {
      bodyLimit: AGENDA_ITEM_BODY_LIMIT,
      config: memberWrites,
      schema: { tags, summary: "Add an item to the agenda (preparer, board members; chair or convener of a working group)", params: MeetingParams, body: AgendaItemCreateBody, response: { 201: AgendaItemResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send({ item: await addItem(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.body, false, contextOf(request).actor) }),
  );

  api.post(
    `${base}/agenda/proposals`,
    { bodyLimit: AGENDA_ITEM_BODY_LIMIT, config: memberWrites, schema: { tags, summary: "Propose an item (any member); the preparer accepts or declines it", params: MeetingParams, body: AgendaItemCreateBody, response: { 201: AgendaItemResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send({ item: await addItem(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.body, true, contextOf(request).actor) }),
  );

  api.put(
    `${base}/agenda/order`,
    { config: memberWrites, schema: { tags, summary: "Reorder the agenda: every item on it, in the new order", params: MeetingParams, body: AgendaReorderBody, response: { 200: AgendaResponse, ...writeErrors } } },
    async (request) => reorderAgenda(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.body.itemIds, contextOf(request).actor),
  );

  api.patch(
    `${base}/agenda/:itemId`,
    {
      bodyLimit: AGENDA_ITEM_BODY_LIMIT,
      config: memberWrites,
      schema: { tags, summary: "Change an item, mark it handled or postponed, or write its minutes; send its version", params: MeetingItemParams, body: AgendaItemUpdateBody, response: { 200: AgendaItemResponse, ...writeErrors } },
    },
    async (request) => ({ item: await updateItem(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.params.itemId, request.body, contextOf(request).actor) }),
  );

  api.delete(
    `${base}/agenda/:itemId`,
    { config: memberWrites, schema: { tags, summary: "Remove an item from an open meeting's agenda", params: MeetingItemParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteItem(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.params.itemId, contextOf(request).actor);
      return reply.status(204).send(null);
    },
  );

  for (const [action, accept] of [["accept", true], ["decline", false]] as const) {
    api.post(
      `${base}/agenda/:itemId/${action}`,
      { config: memberWrites, schema: { tags, summary: `${accept ? "Accept" : "Decline"} a proposed item (the preparer or a board member)`, params: MeetingItemParams, response: { 200: AgendaItemResponse, ...writeErrors } } },
      async (request) => ({ item: await decideProposal(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.params.itemId, accept, contextOf(request).actor) }),
    );
  }

  api.post(
    `${base}/agenda/:itemId/refer`,
    {
      config: memberWrites,
      schema: {
        tags,
        summary: "Refer an item from a working group to the board or branch meeting, or back; default target: that body's next meeting",
        params: MeetingItemParams,
        body: ReferBody,
        response: { 201: AgendaItemResponse, ...writeErrors },
      },
    },
    async (request, reply) => reply.status(201).send({ item: await referItem(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.params.itemId, request.body, contextOf(request).actor) }),
  );

  api.post(
    `${base}/close`,
    {
      config: memberWrites,
      schema: {
        tags,
        summary: "Close the meeting: unhandled items move to the next non-cancelled meeting of the series, counted as postponed (one transaction); twice → 409",
        params: MeetingParams,
        response: { 200: CloseResponse, ...writeErrors },
      },
    },
    async (request) => closeMeeting(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, contextOf(request).actor),
  );

  api.get(
    "/api/branches/:slug/agenda-items/:itemId/history",
    { config: member, schema: { tags, summary: "An item's history: where it was created, carried over and referred", params: ItemIdParams, response: { 200: HistoryResponse, ...readErrors } } },
    async (request) => itemHistoryOf(app.db, contextOf(request).branch.id, request.params.itemId),
  );

  api.get(
    "/api/branches/:slug/series/:id/preparer",
    { config: member, schema: { tags, summary: "Who prepares the agenda of a series", params: SeriesParams, response: { 200: PreparerResponse, ...readErrors } } },
    async (request) => getPreparer(app.db, contextOf(request).branch.id, request.params.id),
  );

  api.put(
    "/api/branches/:slug/series/:id/preparer",
    {
      config: { access: access.branchRoles("board_member") },
      schema: { tags, summary: "Name the agenda preparer of a series (board members); null: none", params: SeriesParams, body: PreparerBody, response: { 200: PreparerResponse, ...writeErrors } },
    },
    async (request) => setPreparer(app.db, contextOf(request).branch.id, request.params.id, request.body.personId),
  );
}
