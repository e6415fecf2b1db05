import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { BranchSlugParams, ErrorBody, OutboxQuery, OutboxResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { listOutbox } from "./service.ts";

/** The outbox (uitgaande mail): read-only; mails are written by enqueueMail and sent by the worker. */
export async function notificationsRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/outbox",
    {
      // The secretary sends the invitations, so she sees what went out; a platform admin may read along for support.
      config: { access: access.branchRolesAdminReads("secretary") },
      schema: {
        tags: ["notifications"],
        summary: "The branch's outgoing mail (secretary), newest first, with how many wait, are being sent, were sent or failed, and whether this server sends mail at all",
        params: BranchSlugParams,
        querystring: OutboxQuery,
        response: { 200: OutboxResponse, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => listOutbox(app.db, contextOf(request).branch, app.mail.enabled, request.query.status),
  );
}
