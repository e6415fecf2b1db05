import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  AbolishSeatBody,
  ApplyStaggeringBody,
  BoardResponse,
  BranchSlugParams,
  DepartureBody,
  ErrorBody,
  InterimBody,
  NewSeatBody,
  PolicyBody,
  PolicyResponse,
  ReappointBody,
  RosterHistoryResponse,
  RosterQuery,
  RosterResponse,
  SeatParams,
  SeatResponse,
  SeatUpdateBody,
  StaggeringResponse,
  StandingAgainBody,
  TermResponse,
  TermsResponse,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { rosterCsv } from "./csv.ts";
import { recordDeparture, recordStandingAgain } from "./departure.ts";
import { listHistory } from "./history.ts";
import { appointInterim } from "./interim.ts";
import { changePolicy } from "./policy.ts";
import { applyStaggering, reappoint } from "./reappoint.ts";
import { abolishSeat, addSeat, updateSeat } from "./seats.ts";
import { getBoard, getRoster, getStaggeringProposal } from "./service.ts";
import type { ActionContext } from "./transaction.ts";

const tags = ["board"];
const readErrors = { 401: ErrorBody, 404: ErrorBody };
const writeErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
// Other members may read the roster, as is usual in Dutch associations; only the board keeps it, and its seats.
const boardOnly = { access: access.branchRoles("board_member") };

/** The board and its retirement roster (rooster van aftreden). Members read it; board members change it (rosterActionRoutes, seatRoutes below). */
export async function rosterRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/board",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "The board today: seats, holders, term history and former members", params: BranchSlugParams, response: { 200: BoardResponse, ...readErrors } },
    },
    async (request) => getBoard(app.db, contextOf(request).branch),
  );

  api.get(
    "/api/branches/:slug/roster",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "The retirement roster as of a day, with warnings",
        description: "`asOf` defaults to today in the branch's time zone. A term includes its end date.",
        params: BranchSlugParams,
        querystring: RosterQuery,
        response: { 200: RosterResponse, 400: ErrorBody, ...readErrors },
      },
    },
    async (request) => {
      const branch = contextOf(request).branch;
      const asOf = request.query.asOf ?? branch.today;
      return app.readCache.read(request, `roster:${branch.id}:${asOf}`, () => getRoster(app.db, branch, asOf));
    },
  );

  api.get(
    "/api/branches/:slug/roster.csv",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "The retirement roster as a spreadsheet (UTF-8 with BOM, ';'-separated, Dutch headers)",
        params: BranchSlugParams,
        querystring: RosterQuery,
        produces: ["text/csv"],
        response: { 200: { description: "CSV file", content: { "text/csv": { schema: Type.String() } } }, 400: ErrorBody, ...readErrors },
      },
    },
    async (request, reply) => {
      const branch = contextOf(request).branch;
      const roster = await getRoster(app.db, branch, request.query.asOf);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="rooster-van-aftreden-${branch.slug}-${roster.asOf}.csv"`)
        .send(rosterCsv(roster.entries));
    },
  );

  api.get(
    "/api/branches/:slug/roster/history",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "Every recorded change to the roster, newest first", params: BranchSlugParams, response: { 200: RosterHistoryResponse, ...readErrors } },
    },
    async (request) => ({ events: await listHistory(app.db, contextOf(request).branch.id) }),
  );

  api.get(
    "/api/branches/:slug/roster/staggering",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "A staggered schedule for terms that end together, or null when there is no continuity risk",
        params: BranchSlugParams,
        response: { 200: StaggeringResponse, ...readErrors },
      },
    },
    async (request) => getStaggeringProposal(app.db, contextOf(request).branch),
  );

  await app.register(rosterActionRoutes);
  await app.register(seatRoutes);
}

function rosterActionOf(request: FastifyRequest): ActionContext {
  const { branch, caller, actor } = contextOf(request);
  return { branchId: branch.id, today: branch.today, actorUserId: caller.id, actor };
}

async function rosterActionRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    "/api/branches/:slug/roster/seats/:seatId/reappointment",
    {
      config: boardOnly,
      schema: {
        tags,
        summary: "Reappoint the seat's holder for a new term (checked against the term policy)",
        params: SeatParams,
        body: ReappointBody,
        response: { 201: TermResponse, ...writeErrors },
      },
    },
    async (request, reply) => reply.status(201).send({ term: await reappoint(app.db, rosterActionOf(request), request.params.seatId, request.body) }),
  );

  api.post(
    "/api/branches/:slug/roster/seats/:seatId/departure",
    {
      config: boardOnly,
      schema: { tags, summary: "Record that the seat's holder leaves the board (aftreden)", params: SeatParams, body: DepartureBody, response: { 200: TermResponse, ...writeErrors } },
    },
    async (request) => ({ term: await recordDeparture(app.db, rosterActionOf(request), request.params.seatId, request.body) }),
  );

  api.post(
    "/api/branches/:slug/roster/seats/:seatId/interim",
    {
      config: boardOnly,
      schema: {
        tags,
        summary: "Appoint a member to a vacant or expired seat (tussentijds); they take the predecessor's place on the roster",
        params: SeatParams,
        body: InterimBody,
        response: { 201: TermResponse, ...writeErrors },
      },
    },
    async (request, reply) => reply.status(201).send({ term: await appointInterim(app.db, rosterActionOf(request), request.params.seatId, request.body) }),
  );

  api.put(
    "/api/branches/:slug/roster/seats/:seatId/standing-again",
    {
      config: boardOnly,
      schema: { tags, summary: "Record whether the seat's holder stands again (herkiesbaar)", params: SeatParams, body: StandingAgainBody, response: { 200: TermResponse, ...writeErrors } },
    },
    async (request) => ({ term: await recordStandingAgain(app.db, rosterActionOf(request), request.params.seatId, request.body) }),
  );

  api.put(
    "/api/branches/:slug/roster/policy",
    {
      config: boardOnly,
      schema: { tags, summary: "Change the term policy (optimistic concurrency on version)", params: BranchSlugParams, body: PolicyBody, response: { 200: PolicyResponse, ...writeErrors } },
    },
    async (request) => ({ policy: await changePolicy(app.db, rosterActionOf(request), request.body) }),
  );

  api.post(
    "/api/branches/:slug/roster/staggering",
    {
      config: boardOnly,
      schema: {
        tags,
        summary: "Apply today's staggering proposal in one action",
        params: BranchSlugParams,
        body: ApplyStaggeringBody,
        response: { 201: TermsResponse, ...writeErrors },
      },
    },
    async (request, reply) => reply.status(201).send({ terms: await applyStaggering(app.db, rosterActionOf(request), request.body) }),
  );
}

/** The board's seats themselves: adding one, changing its function or portfolio, and abolishing it (opheffen). */
async function seatRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    "/api/branches/:slug/roster/seats",
    {
      config: boardOnly,
      schema: { tags, summary: "Add a vacant seat to the board, placed last", params: BranchSlugParams, body: NewSeatBody, response: { 201: SeatResponse, ...writeErrors } },
    },
    async (request, reply) => reply.status(201).send({ seat: await addSeat(app.db, rosterActionOf(request), request.body) }),
  );

  api.patch(
    "/api/branches/:slug/roster/seats/:seatId",
    {
      config: boardOnly,
      schema: {
        tags,
        summary: "Change a seat's function, portfolio or responsibilities (optimistic concurrency on version)",
        params: SeatParams,
        body: SeatUpdateBody,
        response: { 200: SeatResponse, ...writeErrors },
      },
    },
    async (request) => ({ seat: await updateSeat(app.db, rosterActionOf(request), request.params.seatId, request.body) }),
  );

  api.post(
    "/api/branches/:slug/roster/seats/:seatId/abolition",
    {
      config: boardOnly,
      schema: {
        tags,
        summary: "Abolish a seat (opheffen): it leaves the roster from that day and its holder's term ends the day before; its history stays",
        params: SeatParams,
        body: AbolishSeatBody,
        response: { 200: SeatResponse, ...writeErrors },
      },
    },
    async (request) => ({ seat: await abolishSeat(app.db, rosterActionOf(request), request.params.seatId, request.body) }),
  );
}
