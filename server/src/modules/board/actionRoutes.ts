import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { ApplyStaggeringBody, BranchSlugParams, DepartureBody, ErrorBody, InterimBody, PolicyBody, PolicyResponse, ReappointBody, SeatParams, StandingAgainBody, TermResponse, TermsResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { recordDeparture, recordStandingAgain } from "./departure.ts";
import { appointInterim } from "./interim.ts";
import { changePolicy } from "./policy.ts";
import { applyStaggering, reappoint } from "./reappoint.ts";
import type { ActionContext } from "./transaction.ts";

const tags = ["board"];
const writeErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
// Other members may read the roster, as is usual in Dutch associations; only the board keeps it.
const boardOnly = { access: access.branchRoles("board_member") };

export function rosterActionOf(request: FastifyRequest): ActionContext {
  const { branch, caller, actor } = contextOf(request);
  return { branchId: branch.id, today: branch.today, actorUserId: caller.id, actor };
}

export async function rosterActionRoutes(app: FastifyInstance) {
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
