import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { BRANCH_ROLES } from "@afdelingsplanner/shared";
import { BranchSlugParams, ContactSharingBody, ContactSharingResponse, ErrorBody, OwnDataExport } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { getContactSharing, setContactSharing } from "./contactSharing.ts";
import { exportOwnData, ownDataFileName } from "./ownData.ts";

const tags = ["accounts"];
// The member's own row in a branch: members only; a platform admin reading along has no row of their own there.
const ownMembership = { access: access.branchRoles(...BRANCH_ROLES) };

/** The caller's own personal data: downloading all of it, and sharing their contact details with their working groups. */
export async function privacyRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/me/data",
    {
      config: { access: access.user },
      schema: {
        tags,
        summary: "Download everything the app keeps about you, as one JSON file (each export is written to the audit log of your branches)",
        response: { 200: OwnDataExport, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const { actor, caller, clock } = contextOf(request);
      const data = await exportOwnData(app.db, { ...actor, userId: caller.id });
      return reply.header("Content-Disposition", `attachment; filename="${ownDataFileName(clock.now())}"`).header("Cache-Control", "no-store").send(data);
    },
  );

  api.get(
    "/api/branches/:slug/me/contact-sharing",
    {
      config: ownMembership,
      schema: { tags, summary: "Whether you show your email and phone to the members of your working groups", params: BranchSlugParams, response: { 200: ContactSharingResponse, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } },
    },
    async (request) => getContactSharing(app.db, contextOf(request).branch),
  );

  api.put(
    "/api/branches/:slug/me/contact-sharing",
    {
      config: ownMembership,
      schema: {
        tags,
        summary: "Show (or stop showing) your email and phone to the members of your working groups; send the version you saw",
        params: BranchSlugParams,
        body: ContactSharingBody,
        response: { 200: ContactSharingResponse, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => setContactSharing(app.db, contextOf(request).branch, contextOf(request).actor, request.body),
  );
}
