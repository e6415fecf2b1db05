import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  AcceptInvitationBody,
  BranchSlugParams,
  PersonDepartureBody,
  ErrorBody,
  ImportApplyBody,
  ImportApplyResponse,
  ImportPreviewBody,
  ImportPreviewResponse,
  ImportRefusedBody,
  InvitationResponse,
  LIMITS,
  InvitationsResponse,
  LinkInvitationBody,
  LinkInvitationResponse,
  PeopleExportQuery,
  PeopleQuery,
  PeopleResponse,
  PersonCreateBody,
  PersonCreatedResponse,
  PersonParams,
  PersonResponse,
  PersonUpdateBody,
  RolesBody,
  SessionResponse,
} from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../lib/access.ts";
import { unauthorized } from "../../lib/errors.ts";
import { sessionAnswer } from "../accounts/index.ts";
import type { ModuleOptions } from "../moduleOptions.ts";
import { exportPeopleCsv } from "./csvExport.ts";
import { ImportRefused, applyImport, previewImport } from "./csvImport.ts";
import { erasePerson } from "./erasure.ts";
import {
  acceptInvitation,
  createPerson,
  invitePerson,
  linkInvitation,
  listInvitations,
  listPeople,
  recordDeparture,
  resendInvitation,
  revokeInvitation,
  setRoles,
  undoDeparture,
  updatePerson,
} from "./service.ts";

const tags = ["people"];
const readErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };
const writeErrors = { ...readErrors, 403: ErrorBody, 409: ErrorBody };
const secretary = access.branchRoles("secretary");
/** A CSV file of LIMITS.people.importCsv characters, as JSON: escaped quotes and multi-byte characters take up to 4 bytes each. */
const importBodyLimit = 4 * LIMITS.people.importCsv.maxLength + 4096;

export async function peopleRoutes(app: FastifyInstance, options: ModuleOptions) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/branches/:slug/people",
    {
      config: { access: access.branchMember },
      schema: {
        tags,
        summary: "Members of the branch",
        description:
          "Name, roles, working groups and status of every member (default: those still active). Email and phone only for board members, the secretary and the platform admin; other members see them only for people who share their contact with the members of their working groups.",
        params: BranchSlugParams,
        querystring: PeopleQuery,
        response: { 200: PeopleResponse, ...readErrors },
      },
    },
    async (request) => {
      const { branch, caller } = contextOf(request);
      return { people: await listPeople(app.db, branch, { personId: branch.personId, roles: branch.roles, isPlatformAdmin: caller.isPlatformAdmin }, request.query) };
    },
  );

  api.post(
    "/api/branches/:slug/people",
    {
      // The platform admin too: a new branch's first people may come from them (issue 14 part 1).
      config: { access: access.branchRolesOrAdmin("secretary") },
      schema: {
        tags,
        summary: "Add a member and invite them (secretary): by mail with an email address, otherwise with a code for a printed letter",
        params: BranchSlugParams,
        body: PersonCreateBody,
        response: { 201: PersonCreatedResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      return reply.status(201).send(await createPerson(app.db, context.branch, context.actor, request.body, options.publicUrl));
    },
  );

  api.post(
    "/api/branches/:slug/people/import/preview",
    {
      config: { access: secretary },
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        summary: "Check a members' CSV file before importing it (secretary): per row new, update, unchanged or error, with each problem's line, column and what to fix. Changes nothing; ask page by page with offset and limit",
        params: BranchSlugParams,
        body: ImportPreviewBody,
        response: { 200: ImportPreviewResponse, ...writeErrors },
      },
    },
    async (request) => previewImport(app.db, contextOf(request).branch, request.body),
  );

  api.post(
    "/api/branches/:slug/people/import",
    {
      config: { access: secretary },
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        summary:
          "Import members from a CSV file (secretary), all rows in one transaction or none: rows match existing members on email address (updated where the file differs; nothing is removed), new addresses become members and, with invite, get an invitation mail. The same file again changes nothing",
        params: BranchSlugParams,
        body: ImportApplyBody,
        response: { 200: ImportApplyResponse, ...writeErrors, 422: ImportRefusedBody },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      try {
        return await applyImport(app.db, context.branch, context.actor, request.body, options.publicUrl);
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error;
        return reply.status(error.error.statusCode).send({ error: { code: error.error.code, message: error.error.message, problems: error.problems } });
      }
    },
  );

  api.get(
    "/api/branches/:slug/people/export.csv",
    {
      config: { access: secretary },
      schema: {
        tags,
        summary: "The members as a CSV file (secretary), with email and phone; every cell quoted and safe against formula injection. Each export is written to the audit log",
        params: BranchSlugParams,
        querystring: PeopleExportQuery,
        produces: ["text/csv"],
        response: { 200: { description: "CSV file", content: { "text/csv": { schema: Type.String() } } }, ...writeErrors },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      const exported = await exportPeopleCsv(app.db, context.branch, context.actor, request.query);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${exported.filename}"`)
        .header("cache-control", "no-store")
        .send(exported.csv);
    },
  );

  api.patch(
    "/api/branches/:slug/people/:id",
    {
      config: { access: secretary },
      schema: { tags, summary: "Change a member's name, email or phone (secretary); send the version you edited", params: PersonParams, body: PersonUpdateBody, response: { 200: PersonResponse, ...writeErrors } },
    },
    async (request) => {
      const context = contextOf(request);
      return updatePerson(app.db, context.branch, context.actor, request.params.id, request.body);
    },
  );

  api.put(
    "/api/branches/:slug/people/:id/roles",
    {
      config: { access: secretary },
      schema: { tags, summary: "Set a member's branch roles (secretary); the branch keeps at least one secretary", params: PersonParams, body: RolesBody, response: { 200: PersonResponse, ...writeErrors } },
    },
    async (request) => {
      const context = contextOf(request);
      return setRoles(app.db, context.branch, context.actor, request.params.id, request.body.roles);
    },
  );

  api.post(
    "/api/branches/:slug/people/:id/departure",
    {
      config: { access: secretary },
      schema: {
        tags,
        summary: "Record that a member left (secretary): their roles and working-group places end, and they can no longer open the branch",
        params: PersonParams,
        body: PersonDepartureBody,
        response: { 200: PersonResponse, ...writeErrors },
      },
    },
    async (request) => {
      const context = contextOf(request);
      return recordDeparture(app.db, context.branch, context.actor, request.params.id, request.body);
    },
  );

  api.delete(
    "/api/branches/:slug/people/:id/departure",
    {
      config: { access: secretary },
      schema: {
        tags,
        summary: "Undo a departure (secretary): the member is back, with the roles and working-group places the departure removed",
        params: PersonParams,
        response: { 200: Type.Composite([PersonResponse, Type.Object({ restored: Type.Boolean({ description: "False when the removed roles could not be found; give them again" }) })]), ...writeErrors },
      },
    },
    async (request) => {
      const context = contextOf(request);
      return undoDeparture(app.db, context.branch, context.actor, request.params.id);
    },
  );

  api.post(
    "/api/branches/:slug/people/:id/erasure",
    {
      config: { access: secretary },
      schema: {
        tags,
        summary: "Erase a former member's data (secretary): name becomes \"Oud-lid N\", contact details, invitations, mail and the account go; minutes and history keep the pseudonym. Cannot be undone",
        params: PersonParams,
        response: { 200: PersonResponse, ...writeErrors },
      },
    },
    async (request) => {
      const context = contextOf(request);
      return erasePerson(app.db, context.branch, context.actor, request.params.id);
    },
  );

  api.post(
    "/api/branches/:slug/people/:id/invitation",
    {
      // The platform admin too, like adding people: a new branch's first people may need an invitation from them.
      config: { access: access.branchRolesOrAdmin("secretary") },
      schema: {
        tags,
        summary:
          "Invite a member who has no account and no open invitation (secretary): imported without one, or whose invitation was withdrawn or expired. By mail with an email address, otherwise with a code for a printed letter",
        params: PersonParams,
        response: { 201: InvitationResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      return reply.status(201).send(await invitePerson(app.db, context.branch, context.actor, request.params.id, options.publicUrl));
    },
  );

  api.get(
    "/api/branches/:slug/invitations",
    {
      config: { access: secretary },
      schema: { tags, summary: "Invitations of the branch with their state: sent, accepted, expired, revoked (secretary)", params: BranchSlugParams, response: { 200: InvitationsResponse, ...writeErrors } },
    },
    async (request) => ({ invitations: await listInvitations(app.db, contextOf(request).branch) }),
  );

  api.post(
    "/api/branches/:slug/invitations/:id/resend",
    {
      // The platform admin too, for the first secretary's invitation that did not arrive.
      config: { access: access.branchRolesOrAdmin("secretary") },
      schema: { tags, summary: "Send an invitation again with a new link or code; the old one stops working (secretary)", params: PersonParams, response: { 200: InvitationResponse, ...writeErrors } },
    },
    async (request) => {
      const context = contextOf(request);
      return resendInvitation(app.db, context.branch, context.actor, request.params.id, options.publicUrl);
    },
  );

  api.post(
    "/api/branches/:slug/invitations/:id/revoke",
    {
      config: { access: secretary },
      schema: { tags, summary: "Withdraw an invitation (secretary)", params: PersonParams, response: { 200: InvitationResponse, ...writeErrors } },
    },
    async (request) => {
      const context = contextOf(request);
      return revokeInvitation(app.db, context.branch, context.actor, request.params.id);
    },
  );

  api.post(
    "/api/auth/invitations/accept",
    {
      config: {
        access: access.public,
        // Letter codes are short: guessing them must be as slow as guessing a password at login.
        rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ["accounts"],
        summary: "Accept an invitation (token from the link or code from the letter): makes the account and logs in",
        body: AcceptInvitationBody,
        response: { 200: SessionResponse, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const now = contextOf(request).clock.now();
      const accepted = await acceptInvitation(app.db, now, request.body);
      const answer = await sessionAnswer(app.db, reply, { userId: accepted.userId, refreshToken: accepted.refreshToken, passwordChangedAt: accepted.passwordChangedAt, now, cookieSecure: options.cookieSecure });
      if (!answer) throw unauthorized("The new account could not be loaded. Log in with it.", "SESSION_ENDED");
      return answer;
    },
  );

  api.post(
    "/api/auth/invitations/link",
    {
      config: { access: access.user, rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ["accounts"],
        summary: "Accept an invitation with the account you are logged in with (a member of another branch)",
        body: LinkInvitationBody,
        response: { 200: LinkInvitationResponse, 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      const { clock, caller } = contextOf(request);
      return linkInvitation(app.db, clock.now(), caller, request.body);
    },
  );
}

