import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { AgendaSendResponse, AgendaSendStatusResponse, MeetingParams } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { anyMember, readErrors, writeErrors } from "../../lib/routeRules.ts";
import { agendaSendStatus, sendAgenda } from "./agendaSend.ts";

const tags = ["meetings"];
const base = "/api/branches/:slug/meetings/:seriesId/:date";

/** "Agenda versturen" (issue 15): when the agenda last went out, and sending it to the body's members. */
export async function agendaSendRoutes(app: FastifyInstance, options: { publicUrl: string }) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    `${base}/agenda/send`,
    { config: { access: access.branchMember }, schema: { tags, summary: "When this meeting's agenda was last mailed, and whether the caller may send it", params: MeetingParams, response: { 200: AgendaSendStatusResponse, ...readErrors } } },
    async (request) => agendaSendStatus(app.db, contextOf(request).branch, request.params.seriesId, request.params.date),
  );

  api.post(
    `${base}/agenda/send`,
    {
      // Every member reaches the service's rule: those who prepare the agenda (board members, preparer, chair or convener).
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Mail the agenda to the body's members (those who prepare it); a second send lists what changed since the first",
        params: MeetingParams,
        response: { 200: AgendaSendResponse, ...writeErrors },
      },
    },
    async (request) => sendAgenda(app.db, contextOf(request).branch, request.params.seriesId, request.params.date, contextOf(request).actor, options.publicUrl),
  );
}
