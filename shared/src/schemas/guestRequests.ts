import { Type, type Static } from "@sinclair/typebox";
import { LIMITS } from "./limits.ts";

export const GUEST_REQUEST_STATUSES = ["pending", "approved", "declined"] as const;
const Status = Type.Union(GUEST_REQUEST_STATUSES.map((status) => Type.Literal(status)));

export const PublicBoardMeetingsResponse = Type.Object({
  branch: Type.Object({ slug: Type.String(), name: Type.String() }),
  meetings: Type.Array(
    Type.Object({ seriesId: Type.String(), date: Type.String(), title: Type.String(), start: Type.String(), end: Type.String(), mode: Type.String() }),
    { description: "Upcoming board meetings (next 120 days), cancelled ones left out; no location or agenda" },
  ),
});

export const GuestRequestBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: LIMITS.meetings.guestName.maxLength }),
    email: Type.String({ maxLength: LIMITS.meetings.guestEmail.maxLength, description: "Checked server-side; a bad one gets 400" }),
    seriesId: Type.String({ maxLength: 64 }),
    date: Type.String({ maxLength: 32 }),
    topic: Type.Optional(Type.String({ maxLength: LIMITS.meetings.guestTopic.maxLength, description: "Becomes a proposed agenda item" })),
    website: Type.Optional(Type.String({ maxLength: 1000, description: "Leave empty: a honeypot for bots, hidden in the form" })),
  },
  { additionalProperties: false },
);
export type GuestRequestBody = Static<typeof GuestRequestBody>;

export const GuestRequestCreatedResponse = Type.Object({
  status: Status,
  statusUrl: Type.String({ description: "Private link (API path) to follow the request; keep it, it is not shown again" }),
});
export const GuestRequestStatusParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" }) });
export const GuestRequestStatusResponse = Type.Object({ status: Status, date: Type.String(), title: Type.String() });

export const GuestRequestView = Type.Object({
  id: Type.String(),
  seriesId: Type.String(),
  date: Type.String(),
  name: Type.String(),
  email: Type.String(),
  topic: Type.String(),
  agendaItemId: Type.Union([Type.String(), Type.Null()]),
  status: Status,
  createdAt: Type.String(),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
export type GuestRequestView = Static<typeof GuestRequestView>;
export const GuestRequestListQuery = Type.Object({ status: Type.Optional(Type.Union([Status, Type.Literal("all")], { description: "Default: pending" })) }, { additionalProperties: false });
export const GuestRequestListResponse = Type.Object({ requests: Type.Array(GuestRequestView) });
export const GuestRequestDecisionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const GuestRequestResponse = Type.Object({ request: GuestRequestView });
