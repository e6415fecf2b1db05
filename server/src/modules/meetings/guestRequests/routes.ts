import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { BranchSlugParams, ErrorBody, GuestRequestBody, GuestRequestCreatedResponse, GuestRequestDecisionBody, GuestRequestListQuery, GuestRequestListResponse, GuestRequestResponse, GuestRequestStatusParams, GuestRequestStatusResponse, PublicBoardMeetingsResponse } from "@afdelingsplanner/shared/schemas";
import { access, contextOf } from "../../../lib/access.ts";

import { createGuestRequest, decideGuestRequest, guestRequestStatus, listGuestRequests, publicBoardMeetings } from "./service.ts";

const tags = ["meetings"];
const errors = { 400: ErrorBody, 404: ErrorBody };
const secretaryOnly = access.branchRoles("secretary");
const RequestParams = Type.Composite([BranchSlugParams, Type.Object({ requestId: Type.String({ format: "uuid" }) })]);

/** Asking to attend a board meeting (op afspraak): public listing and request, and the secretary's queue. */
export async function guestRequestRoutes(app: FastifyInstance, options: { guestRequestsPerHour: number; publicUrl: string }) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    "/api/public/branches/:slug/board-meetings",
    { config: { access: access.public }, schema: { tags, summary: "Upcoming board meetings anyone may ask to attend (no internal details)", params: BranchSlugParams, response: { 200: PublicBoardMeetingsResponse, ...errors } } },
    async (request) => publicBoardMeetings(app.db, request.params.slug, contextOf(request).clock.now()),
  );

  api.post(
    "/api/branches/:slug/guest-requests",
    {
      config: {
        access: access.public,
        // Per IP: anonymous, so the address is all there is to slow a flood down.
        rateLimit: { max: options.guestRequestsPerHour, timeWindow: 60 * 60 * 1000 },
      },
      schema: {
        tags,
        summary: "Ask to attend a board meeting (no account). Keep the statusUrl: it is the only way to follow the request",
        params: BranchSlugParams,
        body: GuestRequestBody,
        response: { 201: GuestRequestCreatedResponse, ...errors, 429: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await createGuestRequest(app.db, request.params.slug, request.body, contextOf(request).clock.now(), options.publicUrl)),
  );

  api.get(
    "/api/guest-requests/:token",
    { config: { access: access.public }, schema: { tags, summary: "The status of one request, through its private link", params: GuestRequestStatusParams, response: { 200: GuestRequestStatusResponse, ...errors } } },
    async (request) => guestRequestStatus(app.db, request.params.token),
  );

  api.get(
    "/api/branches/:slug/guest-requests",
    {
      config: { access: secretaryOnly },
      schema: { tags, summary: "Requests to attend board meetings (secretary); pending by default", params: BranchSlugParams, querystring: GuestRequestListQuery, response: { 200: GuestRequestListResponse, ...errors, 401: ErrorBody, 403: ErrorBody } },
    },
    async (request) => ({ requests: await listGuestRequests(app.db, contextOf(request).branch.id, request.query.status) }),
  );

  for (const [action, approve] of [["approve", true], ["decline", false]] as const) {
    api.post(
      `/api/branches/:slug/guest-requests/:requestId/${action}`,
      {
        config: { access: secretaryOnly },
        schema: {
          tags,
          summary: `${approve ? "Approve" : "Decline"} a request (secretary); send its version`,
          params: RequestParams,
          body: GuestRequestDecisionBody,
          response: { 200: GuestRequestResponse, ...errors, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
        },
      },
      async (request) => ({ request: await decideGuestRequest(app.db, contextOf(request).branch, request.params.requestId, request.body.version, approve, contextOf(request).actor, app.mail.from) }),
    );
  }
}
