import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { AuditLogQuery, AuditLogResponse, BranchSlugParams, ErrorBody } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { listAuditLog } from "./service.ts";

/**
 * The audit log (logboek): read-only by design. Entries are written by the routes that make changes
 * (lib/audit.ts), in the same transaction; there is deliberately no route to change or delete one.
 */
export async function auditLogRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/audit-log",
    {
      // The board answers for the branch, so it sees who changed what; a platform admin may read along for support.
      config: { access: access.branchRolesAdminReads("board_member") },
      schema: {
        tags: ["audit log"],
        summary: "Who changed what and when (board members), newest first; filter by type, person and days (branch time zone, inclusive)",
        params: BranchSlugParams,
        querystring: AuditLogQuery,
        response: { 200: AuditLogResponse, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => listAuditLog(app.db, contextOf(request).branch, request.query),
  );
}
