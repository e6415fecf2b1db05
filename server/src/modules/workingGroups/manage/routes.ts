import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  BranchSlugParams,
  GroupMemberAddBody,
  GroupMemberParams,
  GroupMemberRoleBody,
  IdParams,
  JoinRequestBody,
  JoinRequestDecisionBody,
  JoinRequestParams,
  JoinRequestResponse,
  JoinRequestsResponse,
  ManagedWorkingGroupResponse,
  WorkingGroupCreateBody,
  WorkingGroupsManageResponse,
  WorkingGroupUpdateBody,
  WorkingGroupVersionBody,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";
import { anyMember, readErrors, writeErrors } from "../../../lib/routeRules.ts";
import {
  addMember,
  createGroup,
  decideJoinRequest,
  listGroups,
  listJoinRequests,
  removeMember,
  requestToJoin,
  setArchived,
  setMemberRole,
  updateGroup,
  withdrawJoinRequest,
} from "./service.ts";

const tags = ["working groups"];
/** Creating, renaming, archiving and naming roles: the secretary and board members. */
const editors = access.branchRoles("secretary", "board_member");
const GROUP = "/api/branches/:slug/working-groups/:id";

/**
 * Working groups as bodies of the branch (issue 14): create, rename, archive, members and their roles,
 * and members asking to join. Routes where a group's own chair or convener may act are open to every
 * member (anyMember); the service applies that finer rule.
 */
export async function manageRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  // The plain list (GET …/working-groups, module branches) feeds pickers and filters; this one adds what the caller may do.
  api.get(
    "/api/branches/:slug/working-groups/manage",
    {
      config: { access: access.branchMember },
      schema: { tags, summary: "Working groups, active and archived, with members, roles and what you may do in each", params: BranchSlugParams, response: { 200: WorkingGroupsManageResponse, ...readErrors } },
    },
    async (request) => listGroups(app.db, contextOf(request).branch),
  );

  api.post(
    "/api/branches/:slug/working-groups",
    {
      config: { access: editors },
      schema: { tags, summary: "Start a working group (secretary or board member); its slug comes from the name", params: BranchSlugParams, body: WorkingGroupCreateBody, response: { 201: ManagedWorkingGroupResponse, ...writeErrors } },
    },
    async (request, reply) => {
      const { branch, actor } = contextOf(request);
      return reply.status(201).send({ workingGroup: await createGroup(app.db, branch, actor, request.body) });
    },
  );

  api.patch(
    GROUP,
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "Rename a working group or change its description (secretary or board member); send the version you edited. The slug, and so its links, stay",
        params: IdParams,
        body: WorkingGroupUpdateBody,
        response: { 200: ManagedWorkingGroupResponse, ...writeErrors },
      },
    },
    async (request) => {
      const { branch, actor } = contextOf(request);
      return { workingGroup: await updateGroup(app.db, branch, actor, request.params.id, request.body) };
    },
  );

  api.post(
    `${GROUP}/archive`,
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "Archive a working group (secretary or board member): it keeps its history but takes no new members; waiting join requests are declined",
        params: IdParams,
        body: WorkingGroupVersionBody,
        response: { 200: ManagedWorkingGroupResponse, ...writeErrors },
      },
    },
    async (request) => {
      const { branch, actor } = contextOf(request);
      return { workingGroup: await setArchived(app.db, branch, actor, request.params.id, request.body.version, true) };
    },
  );

  api.post(
    `${GROUP}/unarchive`,
    {
      config: { access: editors },
      schema: { tags, summary: "Bring a working group back from the archive (secretary or board member)", params: IdParams, body: WorkingGroupVersionBody, response: { 200: ManagedWorkingGroupResponse, ...writeErrors } },
    },
    async (request) => {
      const { branch, actor } = contextOf(request);
      return { workingGroup: await setArchived(app.db, branch, actor, request.params.id, request.body.version, false) };
    },
  );

  api.post(
    `${GROUP}/members`,
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Add a member (secretary, board member, or the group's chair or convener); only the secretary and board members give a role other than member",
        params: IdParams,
        body: GroupMemberAddBody,
        response: { 201: ManagedWorkingGroupResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { branch, actor } = contextOf(request);
      return reply.status(201).send({ workingGroup: await addMember(app.db, branch, actor, request.params.id, request.body) });
    },
  );

  api.put(
    `${GROUP}/members/:personId/role`,
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "Name a member chair (trekker), convener (bijeenroeper), action-list keeper (actielijsthouder) or plain member (secretary or board member)",
        params: GroupMemberParams,
        body: GroupMemberRoleBody,
        response: { 200: ManagedWorkingGroupResponse, ...writeErrors },
      },
    },
    async (request) => {
      const { branch, actor } = contextOf(request);
      return { workingGroup: await setMemberRole(app.db, branch, actor, request.params.id, request.params.personId, request.body.role) };
    },
  );

  api.delete(
    `${GROUP}/members/:personId`,
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Remove a member (secretary, board member, or the group's chair or convener for plain members)",
        params: GroupMemberParams,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      const { branch, actor } = contextOf(request);
      await removeMember(app.db, branch, actor, request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  api.get(
    `${GROUP}/join-requests`,
    {
      config: { access: anyMember },
      schema: { tags, summary: "Requests to join that wait for an answer (secretary, board member, or the group's chair or convener)", params: IdParams, response: { 200: JoinRequestsResponse, ...writeErrors } },
    },
    async (request) => ({ joinRequests: await listJoinRequests(app.db, contextOf(request).branch, request.params.id) }),
  );

  api.post(
    `${GROUP}/join-requests`,
    {
      config: { access: anyMember },
      schema: { tags, summary: "Ask to join a working group, with an optional message; one waiting request per person and group", params: IdParams, body: JoinRequestBody, response: { 201: JoinRequestResponse, ...writeErrors } },
    },
    async (request, reply) => {
      const { branch, actor } = contextOf(request);
      return reply.status(201).send({ joinRequest: await requestToJoin(app.db, branch, actor, request.params.id, request.body) });
    },
  );

  api.post(
    `${GROUP}/join-requests/:requestId/decision`,
    {
      config: { access: anyMember },
      schema: {
        tags,
        summary: "Say yes (the person becomes a member) or no to a request to join (secretary, board member, or the group's chair or convener)",
        params: JoinRequestParams,
        body: JoinRequestDecisionBody,
        response: { 200: ManagedWorkingGroupResponse, ...writeErrors },
      },
    },
    async (request) => {
      const { branch, actor } = contextOf(request);
      return { workingGroup: await decideJoinRequest(app.db, branch, actor, request.params.id, request.params.requestId, request.body) };
    },
  );

  api.delete(
    `${GROUP}/join-requests/:requestId`,
    {
      config: { access: anyMember },
      schema: { tags, summary: "Withdraw your own waiting request to join", params: JoinRequestParams, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const { branch, actor } = contextOf(request);
      await withdrawJoinRequest(app.db, branch, actor, request.params.id, request.params.requestId);
      return reply.status(204).send(null);
    },
  );
}
