import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { MeetingParams } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { readErrors } from "../../../lib/routeRules.ts";
import { listMeetingActions } from "../actions.ts";
import { getAgenda } from "../agenda.ts";
import { getAttendance } from "../attendance.ts";
import { listMeetingDecisions } from "../decisions.ts";
import { minutesDocument, renderPdf } from "./document.ts";

/** The minutes to keep: the same reads as the minutes page, as one A4 PDF made on the server (pdfmake, no browser). */
export async function minutesPdfRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/meetings/:seriesId/:date/minutes.pdf",
    {
      // The rule of the minutes page's reads (agenda, attendance, decisions, actions): every member of the branch.
      config: { access: access.branchMember },
      schema: {
        tags: ["meetings"],
        summary: "The minutes and decision list of one meeting as an A4 PDF (Dutch); marked as a draft until the meeting is closed",
        params: MeetingParams,
        produces: ["application/pdf"],
        response: { 200: { description: "PDF file", content: { "application/pdf": { schema: Type.Unsafe<Buffer>({ type: "string", format: "binary" }) } } }, ...readErrors },
      },
    },
    async (request, reply) => {
      const { branch } = contextOf(request);
      const { seriesId, date } = request.params;
      const [agenda, attendance, decisions, actions] = await Promise.all([
        getAgenda(app.db, branch, seriesId, date),
        getAttendance(app.db, branch, seriesId, date),
        listMeetingDecisions(app.db, branch, seriesId, date),
        listMeetingActions(app.db, branch, seriesId, date),
      ]);
      const pdf = await renderPdf(minutesDocument({ agenda, attendance, decisions, actions: actions.actions, branchName: branch.name }));
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="notulen-${branch.slug}-${date}.pdf"`)
        .header("cache-control", "private, no-store")
        .send(pdf);
    },
  );
}
