import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { BranchListResponse, BranchResponse, BranchSettingsBody, BranchSettingsResponse, BranchSlugParams, ErrorBody, WorkingGroupsResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { boardOnly, readErrors, writeErrors } from "../../lib/routeRules.ts";
import { getSettings, listWorkingGroups, updateSettings } from "./service.ts";

const errors = { 401: ErrorBody, 404: ErrorBody };

export async function branchRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches",
    { config: { access: access.user }, schema: { tags: ["branches"], summary: "The caller's branches with their roles", response: { 200: BranchListResponse, 401: ErrorBody } } },
    async (request) => ({ branches: contextOf(request).caller.branches }),
  );

  api.get(
    "/api/branches/:slug",
    {
      config: { access: access.branchMember },
      schema: { tags: ["branches"], summary: "One branch; 404 if the caller does not belong to it", params: BranchSlugParams, response: { 200: BranchResponse, ...errors } },
    },
    async (request) => ({ branch: contextOf(request).branch }),
  );

  api.get(
    "/api/branches/:slug/working-groups",
    {
      config: { access: access.branchMember },
      schema: {
        tags: ["branches"],
        summary: "Working groups (werkgroepen) with their members and roles",
        params: BranchSlugParams,
        response: { 200: WorkingGroupsResponse, ...errors },
      },
    },
    async (request) => {
      const branchId = contextOf(request).branch.id;
      return { workingGroups: await app.readCache.read(request, `working-groups:${branchId}`, () => listWorkingGroups(app.db, branchId)) };
    },
  );

  api.get(
    "/api/branches/:slug/settings",
    {
      config: { access: access.branchMember },
      schema: { tags: ["branches"], summary: "The branch's settings: its school-holiday region", params: BranchSlugParams, response: { 200: BranchSettingsResponse, ...readErrors } },
    },
    async (request) => ({ settings: await getSettings(app.db, contextOf(request).branch.id) }),
  );

  api.put(
    "/api/branches/:slug/settings",
    {
      config: { access: boardOnly },
      schema: {
        tags: ["branches"],
        summary: "Set the branch's school-holiday region, which the clash warnings follow (board members; audited)",
        params: BranchSlugParams,
        body: BranchSettingsBody,
        response: { 200: BranchSettingsResponse, ...writeErrors },
      },
    },
    async (request) => {
      const { branch, actor } = contextOf(request);
      return { settings: await updateSettings(app.db, branch.id, actor, request.body) };
    },
  );
}
