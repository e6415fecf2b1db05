import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { AbolishSeatBody, BranchSlugParams, ErrorBody, NewSeatBody, SeatParams, SeatResponse, SeatUpdateBody } from "@afdelingsplanner/shared/schemas";
import { access } from "../../lib/access.ts";
import { rosterActionOf } from "./actionRoutes.ts";
import { abolishSeat, addSeat, updateSeat } from "./seats.ts";

const tags = ["board"];
const writeErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
// The board keeps its own seats, as it keeps the roster (actionRoutes.ts).
const boardOnly = { access: access.branchRoles("board_member") };

/** The board's seats themselves: adding one, changing its function or portfolio, and abolishing it (opheffen). */
export async function seatRoutes(app: FastifyInstance) {
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
