import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import {
  AdminBranchesResponse,
  AdminBranchResponse,
  BranchCreateBody,
  BranchSlugParams,
  ErrorBody,
  SecretaryInvitationBody,
  SecretaryInvitationResponse,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import type { ModuleOptions } from "../moduleOptions.ts";
import { createBranch, inviteFirstSecretary, listBranches } from "./service.ts";

const tags = ["admin"];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export async function adminRoutes(app: FastifyInstance, options: ModuleOptions) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/admin/branches",
    {
      config: { access: access.platformAdmin },
      schema: { tags, summary: "Every branch with its people count and its secretary's invitation (platform admin)", response: { 200: AdminBranchesResponse, 401: ErrorBody, 403: ErrorBody } },
    },
    async (request) => ({ branches: await listBranches(app.db, contextOf(request).clock.now()) }),
  );

  api.post(
    "/api/admin/branches",
    {
      config: { access: access.platformAdmin },
      schema: {
        tags,
        summary: "Start a branch from the plan's template: board seats, meeting series and the chosen usual working groups; no people (platform admin)",
        body: BranchCreateBody,
        response: { 201: AdminBranchResponse, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send({ branch: await createBranch(app.db, contextOf(request).actor, request.body) }),
  );

  api.post(
    "/api/admin/branches/:slug/secretary-invitation",
    {
      config: { access: access.platformAdmin },
      schema: {
        tags,
        summary: "Add the branch's first secretary (also on the board) and mail them an invitation (platform admin)",
        params: BranchSlugParams,
        body: SecretaryInvitationBody,
        response: { 201: SecretaryInvitationResponse, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteFirstSecretary(app.db, contextOf(request).actor, request.params.slug, request.body, options.publicUrl)),
  );
}
