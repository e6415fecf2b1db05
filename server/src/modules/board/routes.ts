import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BoardResponse, BranchSlugParams, ErrorBody, RosterHistoryResponse, RosterQuery, RosterResponse, StaggeringResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { rosterActionRoutes } from "./actionRoutes.ts";
import { rosterCsv } from "./csv.ts";
import { listHistory } from "./history.ts";
import { seatRoutes } from "./seatRoutes.ts";
import { getBoard, getRoster, getStaggeringProposal } from "./service.ts";

const tags = ["board"];
const readErrors = { 401: ErrorBody, 404: ErrorBody };

/** The board and its retirement roster (rooster van aftreden). Members read it; board members change it (actionRoutes.ts). */
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
