import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  ActionCreateBody,
  ActionHistoryResponse,
  ActionListQuery,
  ActionListResponse,
  ActionResponse,
  ActionUpdateBody,
  AgendaItemCreateBody,
  AgendaItemResponse,
  AgendaItemUpdateBody,
  AgendaReorderBody,
  AgendaResponse,
  AttendanceBody,
  AttendanceFiguresQuery,
  AttendanceFiguresResponse,
  AttendanceParams,
  AttendanceResponse,
  BranchSlugParams,
  CloseResponse,
  DecisionBody,
  DecisionListResponse,
  DecisionResponse,
  DecisionUpdateBody,
  HistoryResponse,
  MeetingItemParams,
  MeetingParams,
  PreparerBody,
  PreparerResponse,
  ReferBody,
  VersionQuery,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { AGENDA_ITEM_BODY_LIMIT } from "../../lib/requestLimits.ts";
import { anyMember, readErrors, writeErrors } from "../../lib/routeRules.ts";
import { actionHistoryOf } from "./actionHistory.ts";
import { addAction, assertNoUnknownFilter, listActions, listMeetingActions, updateAction } from "./actions.ts";
import { addItem, decideProposal, deleteItem, getAgenda, reorderAgenda, updateItem } from "./agenda.ts";
import { attendanceFiguresOf, getAttendance, setAttendance } from "./attendance.ts";
import { closeMeeting } from "./carryOver.ts";
import { addDecision, deleteDecision, listMeetingDecisions, listSeriesDecisions, updateDecision } from "./decisions.ts";
import { getPreparer, setPreparer } from "./preparer.ts";
import { itemHistoryOf, referItem } from "./referral.ts";

const tags = ["meetings"];
/** Finer rules (preparer, chair, action-list keeper) are checked in the services after loading the meeting. */
const member = { access: access.branchMember };
/** Writes: every member of the branch gets to the service's finer rule; a platform admin who only reads along gets 404. */
const memberWrites = { access: anyMember };
const uuid = Type.String({ format: "uuid" });
const SeriesParams = Type.Composite([BranchSlugParams, Type.Object({ id: Type.String({ format: "uuid", description: "Series id" }) })]);
const ItemIdParams = Type.Composite([BranchSlugParams, Type.Object({ itemId: uuid })]);
const DecisionIdParams = Type.Composite([BranchSlugParams, Type.Object({ decisionId: uuid })]);
const ActionIdParams = Type.Composite([BranchSlugParams, Type.Object({ actionId: uuid })]);
const base = "/api/branches/:slug/meetings/:seriesId/:date";

export async function agendaRoutes(app: FastifyInstance, options: { publicUrl: string }) {
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
    async (request) => reorderAgenda(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.body.itemIds, contextOf(request).actor, request.body.versions),
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
    {
      config: memberWrites,
      schema: { tags, summary: "Remove an item from an open meeting's agenda; send the version you saw (?version=)", params: MeetingItemParams, querystring: VersionQuery, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      await deleteItem(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.params.itemId, contextOf(request).actor, request.query.version);
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
        summary: "Close the meeting: unhandled items move to the next non-cancelled meeting of the series, counted as postponed, and the minutes and decisions are mailed to the body and who was present (one transaction); twice → 409",
        params: MeetingParams,
        response: { 200: CloseResponse, ...writeErrors },
      },
    },
    async (request) => closeMeeting(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, contextOf(request).actor, options.publicUrl),
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

/** Decisions, actions and attendance: what a meeting produces, and the lists across meetings. */
export async function minutesRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(`${base}/decisions`, { config: member, schema: { tags, summary: "Decisions taken at one meeting", params: MeetingParams, response: { 200: DecisionListResponse, ...readErrors } } }, async (request) => ({
    decisions: await listMeetingDecisions(app.db, contextOf(request).branch, request.params.seriesId, request.params.date),
  }));

  api.post(
    `${base}/decisions`,
    { config: memberWrites, schema: { tags, summary: "Record a decision (besluit) of this meeting (those who edit its agenda)", params: MeetingParams, body: DecisionBody, response: { 201: DecisionResponse, ...writeErrors } } },
    async (request, reply) => reply.status(201).send({ decision: await addDecision(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.body, contextOf(request).actor) }),
  );

  api.get(
    "/api/branches/:slug/series/:id/decisions",
    { config: member, schema: { tags, summary: "The decision list (besluitenlijst) of one body, newest meeting first", params: SeriesParams, response: { 200: DecisionListResponse, ...readErrors } } },
    async (request) => ({ decisions: await listSeriesDecisions(app.db, contextOf(request).branch.id, request.params.id) }),
  );

  api.patch(
    "/api/branches/:slug/decisions/:decisionId",
    { config: memberWrites, schema: { tags, summary: "Correct a decision's text; send its version", params: DecisionIdParams, body: DecisionUpdateBody, response: { 200: DecisionResponse, ...writeErrors } } },
    async (request) => ({ decision: await updateDecision(app.db, contextOf(request).branch, request.params.decisionId, request.body, contextOf(request).actor) }),
  );

  api.delete(
    "/api/branches/:slug/decisions/:decisionId",
    { config: memberWrites, schema: { tags, summary: "Remove a decision recorded by mistake", params: DecisionIdParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteDecision(app.db, contextOf(request).branch, request.params.decisionId, contextOf(request).actor);
      return reply.status(204).send(null);
    },
  );

  api.get(`${base}/actions`, { config: member, schema: { tags, summary: "Actions agreed at one meeting", params: MeetingParams, response: { 200: ActionListResponse, ...readErrors } } }, async (request) =>
    listMeetingActions(app.db, contextOf(request).branch, request.params.seriesId, request.params.date),
  );

  api.post(
    `${base}/actions`,
    {
      config: memberWrites,
      schema: { tags, summary: "Add an action (the action-list keeper of the group, its chair or convener, the preparer, board members)", params: MeetingParams, body: ActionCreateBody, response: { 201: ActionResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send({ action: await addAction(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.body, contextOf(request).actor) }),
  );

  api.get(
    "/api/branches/:slug/actions",
    {
      config: member,
      schema: { tags, summary: "The action list across meetings, per body (seriesId, workingGroupId) or person (ownerId, mine); overdue flagged", params: BranchSlugParams, querystring: ActionListQuery, response: { 200: ActionListResponse, ...readErrors } },
    },
    async (request) => {
      assertNoUnknownFilter(request.query);
      return listActions(app.db, contextOf(request).branch, request.query);
    },
  );

  api.patch(
    "/api/branches/:slug/actions/:actionId",
    {
      config: memberWrites,
      schema: { tags, summary: "Change an action or tick it off (keepers; an owner may tick off their own); send its version", params: ActionIdParams, body: ActionUpdateBody, response: { 200: ActionResponse, ...writeErrors } },
    },
    async (request) => ({ action: await updateAction(app.db, contextOf(request).branch, request.params.actionId, request.body, contextOf(request).actor) }),
  );

  api.get(
    "/api/branches/:slug/actions/:actionId/history",
    { config: member, schema: { tags, summary: "An action's changes, oldest first: who changed its title, owner, due date or status, and when", params: ActionIdParams, response: { 200: ActionHistoryResponse, ...readErrors } } },
    async (request) => actionHistoryOf(app.db, contextOf(request).branch.id, request.params.actionId),
  );

  api.get(
    `${base}/attendance`,
    { config: member, schema: { tags, summary: "Who is expected, their RSVP and presence, and approved guests", params: MeetingParams, response: { 200: AttendanceResponse, ...readErrors } } },
    async (request) => getAttendance(app.db, contextOf(request).branch, request.params.seriesId, request.params.date),
  );

  api.put(
    `${base}/attendance/:personId`,
    {
      config: memberWrites,
      schema: { tags, summary: "RSVP (yes, no, maybe; a member for themselves) or record presence (those who run the meeting)", params: AttendanceParams, body: AttendanceBody, response: { 200: AttendanceResponse, ...writeErrors } },
    },
    async (request) => setAttendance(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, request.params.personId, request.body),
  );

  api.get(
    "/api/branches/:slug/attendance",
    {
      config: member,
      schema: { tags, summary: "Attendance figures per member and per series from recorded presence", params: BranchSlugParams, querystring: AttendanceFiguresQuery, response: { 200: AttendanceFiguresResponse, ...readErrors } },
    },
    async (request) => attendanceFiguresOf(app.db, contextOf(request).branch.id, request.query),
  );
}
