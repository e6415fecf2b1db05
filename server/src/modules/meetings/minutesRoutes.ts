import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { ActionCreateBody, ActionListQuery, ActionListResponse, ActionResponse, ActionUpdateBody, AttendanceBody, AttendanceFiguresQuery, AttendanceFiguresResponse, AttendanceParams, AttendanceResponse, BranchSlugParams, DecisionBody, DecisionListResponse, DecisionResponse, DecisionUpdateBody, MeetingParams } from "@afdelingsplanner/shared/schemas";

import { addAction, assertNoUnknownFilter, listActions, listMeetingActions, updateAction } from "./actions.ts";
import { attendanceFiguresOf, getAttendance, setAttendance } from "./attendance.ts";
import { addDecision, deleteDecision, listMeetingDecisions, listSeriesDecisions, updateDecision } from "./decisions.ts";
import { ActionIdParams, DecisionIdParams, SeriesParams, member, memberWrites, readErrors, tags, writeErrors } from "./routeShared.ts";
import { contextOf } from "../../lib/access.ts";

const base = "/api/branches/:slug/meetings/:seriesId/:date";

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
