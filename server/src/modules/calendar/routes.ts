import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, ClashCheckResponse, ErrorBody, IsoDate, LoadQuery, OccurrenceChangeBody, OccurrenceExceptionView, OccurrenceUndoQuery, OccurrencesQuery, OccurrencesResponse, RangeLoadResponse, SeriesCreateBody, SeriesListResponse, SeriesResponse, SeriesUpdateBody, WeekLoadResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import type { ModuleOptions } from "../moduleOptions.ts";
import { badRequest } from "../../lib/errors.ts";

import { assertRealDate, parseDateWindow } from "../../lib/dateWindow.ts";
import { checkChangedSeries, checkNewSeries, checkOccurrenceChange } from "./clashes.ts";
import { loadForRange, loadForWeek } from "./load.ts";
import { changeOccurrence, createSeries, deleteSeries, getSeries, listOccurrences, listSeries, undoOccurrenceChange, updateSeries } from "./service.ts";

const tags = ["calendar"];
const SeriesParams = Type.Composite([BranchSlugParams, Type.Object({ id: Type.String({ format: "uuid", description: "Series id" }) })]);
const OccurrenceParams = Type.Composite([SeriesParams, Type.Object({ date: IsoDate })]);
const readErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };
const writeErrors = { ...readErrors, 403: ErrorBody, 409: ErrorBody };
const boardOnly = access.branchRoles("board_member");

// The longest window one request may expand: enough for a year planner, bounded for the server.
const MAX_WINDOW_YEARS = 2;

export async function meetingRoutes(app: FastifyInstance, options: ModuleOptions) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  // Every change here mails the attendees a calendar invitation or cancellation (invitations.ts), from the branch at MAIL_FROM.
  const notify = (request: FastifyRequest) => {
    const { branch, clock } = contextOf(request);
    return { branch: { id: branch.id, name: branch.name, timeZone: branch.timeZone }, mailFrom: app.mail.from, now: clock.now(), outbox: options.outbox };
  };

  api.get(
    "/api/branches/:slug/series",
    { config: { access: access.branchMember }, schema: { tags, summary: "Meeting series of the branch", params: BranchSlugParams, response: { 200: SeriesListResponse, ...readErrors } } },
    async (request) => ({ series: await listSeries(app.db, contextOf(request).branch.id) }),
  );

  api.post(
    "/api/branches/:slug/series",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Create a meeting series (board members)", params: BranchSlugParams, body: SeriesCreateBody, response: { 201: SeriesResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send(await createSeries(app.db, contextOf(request).branch.id, request.body, contextOf(request).actor, notify(request))),
  );

  // Clash warnings before saving (issue 18): the same body as the save, the same 400s, nothing written.
  api.post(
    "/api/branches/:slug/series/check",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Clashes a new series would have over its coming year (board members); saves nothing", params: BranchSlugParams, body: SeriesCreateBody, response: { 200: ClashCheckResponse, ...writeErrors } },
    },
    async (request) => checkNewSeries(app.db, contextOf(request).branch, request.body),
  );

  api.post(
    "/api/branches/:slug/series/:id/check",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Clashes a series would have after this change (board members); saves nothing", params: SeriesParams, body: SeriesUpdateBody, response: { 200: ClashCheckResponse, ...writeErrors } },
    },
    async (request) => checkChangedSeries(app.db, contextOf(request).branch, request.params.id, request.body),
  );

  api.post(
    "/api/branches/:slug/series/:id/occurrences/:date/check",
    {
      config: { access: boardOnly },
      schema: { tags, summary: "Clashes of one meeting moved as the body says (board members); saves nothing", params: OccurrenceParams, body: OccurrenceChangeBody, response: { 200: ClashCheckResponse, ...writeErrors } },
    },
    async (request) => {
      assertRealDate("date", request.params.date);
      return checkOccurrenceChange(app.db, contextOf(request).branch, request.params.id, request.params.date, request.body);
    },
  );

  api.get(
    "/api/branches/:slug/series/:id",
    { config: { access: access.branchMember }, schema: { tags, summary: "One series with its exceptions", params: SeriesParams, response: { 200: SeriesResponse, ...readErrors } } },
    async (request) => getSeries(app.db, contextOf(request).branch.id, request.params.id),
  );

  api.patch(
    "/api/branches/:slug/series/:id",
    {
      config: { access: boardOnly },
      schema: {
        tags,
        summary: "Change a series (board members); send the version you edited",
        params: SeriesParams,
        body: SeriesUpdateBody,
        response: { 200: SeriesResponse, ...writeErrors },
      },
    },
    async (request) => updateSeries(app.db, contextOf(request).branch.id, request.params.id, request.body, contextOf(request).actor, notify(request)),
  );

  api.delete(
    "/api/branches/:slug/series/:id",
    { config: { access: boardOnly }, schema: { tags, summary: "Delete a series and its exceptions (board members)", params: SeriesParams, response: { 204: Type.Null(), ...writeErrors } } },
    async (request, reply) => {
      await deleteSeries(app.db, contextOf(request).branch.id, request.params.id, contextOf(request).actor, notify(request));
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/api/branches/:slug/occurrences",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "Meetings between two dates (at most 2 years), sorted by start",
        params: BranchSlugParams,
        querystring: OccurrencesQuery,
        response: { 200: OccurrencesResponse, ...readErrors },
      },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      const window = parseDateWindow(request.query, MAX_WINDOW_YEARS);
      const filter = {
        kind: request.query.kind,
        workingGroup: request.query.workingGroup,
        attendeePersonId: request.query.mine ? (branch.personId ?? "nobody") : undefined,
      };
      const key = `occurrences:${branch.id}:${window.from}:${window.to}:${filter.kind ?? ""}:${filter.workingGroup ?? ""}:${filter.attendeePersonId ?? ""}`;
      return { occurrences: await app.readCache.read(request, key, () => listOccurrences(app.db, branch, window, filter)) };
    },
  );

  api.put(
    "/api/branches/:slug/series/:id/occurrences/:date",
    {
      config: { access: boardOnly },
      schema: {
        tags,
        summary: "Cancel, move or change one occurrence (board members); send the exceptionVersion you saw as expectedVersion",
        params: OccurrenceParams,
        body: OccurrenceChangeBody,
        response: { 200: Type.Object({ exception: OccurrenceExceptionView }), ...writeErrors },
      },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      assertRealDate("date", request.params.date);
      return { exception: await changeOccurrence(app.db, branch, request.params.id, request.params.date, request.body, contextOf(request).actor, notify(request)) };
    },
  );

  api.delete(
    "/api/branches/:slug/series/:id/occurrences/:date",
    {
      config: { access: boardOnly },
      schema: {
        tags,
        summary: "Undo the change to one occurrence (board members); send the exceptionVersion you saw as ?version=",
        params: OccurrenceParams,
        querystring: OccurrenceUndoQuery,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      assertRealDate("date", request.params.date);
      await undoOccurrenceChange(app.db, contextOf(request).branch.id, request.params.id, request.params.date, request.query.version, contextOf(request).actor, notify(request));
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/api/branches/:slug/load",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "Meetings per member per ISO week: ?week=2026-W48, or ?from=…&to=… for the overloaded weeks",
        params: BranchSlugParams,
        querystring: LoadQuery,
        response: { 200: Type.Union([WeekLoadResponse, RangeLoadResponse]), ...readErrors },
      },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      const { week, from, to } = request.query;
      if (week && (from || to)) throw badRequest("Ask for either one week (week=2026-W48) or a range (from and to), not both.", "AMBIGUOUS_QUERY");
      if (week) return loadForWeek(app.db, branch, week);
      if (!from || !to) throw badRequest("Give a week (week=2026-W48) or a range (from=YYYY-MM-DD&to=YYYY-MM-DD).", "MISSING_QUERY");
      return loadForRange(app.db, branch, parseDateWindow({ from, to }, MAX_WINDOW_YEARS));
    },
  );
}
