import { Type, type Static } from "@sinclair/typebox";
import { BranchRoleSchema } from "./auth.ts";

// "Mijn gegevens": everything the app keeps about the caller, as one JSON file (GDPR art. 15 and 20).
// Only the caller's own rows: other people appear by name at most (a working group, a meeting), never
// with their contact details.

const Day = Type.String({ description: "YYYY-MM-DD" });
const Instant = Type.String({ description: "ISO 8601 instant" });
const NullableDay = Type.Union([Day, Type.Null()]);

export const OwnDataMembership = Type.Object({
  branch: Type.Object({ slug: Type.String(), name: Type.String() }),
  person: Type.Object({
    name: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
    joinedOn: Day,
    leftOn: NullableDay,
    shareContact: Type.Boolean({ description: "Whether your email and phone are shown to the members of your working groups" }),
    createdAt: Instant,
  }),
  roles: Type.Array(BranchRoleSchema),
  workingGroups: Type.Array(Type.Object({ name: Type.String(), role: Type.String() })),
  boardTerms: Type.Array(Type.Object({ seat: Type.Union([Type.String(), Type.Null()]), kind: Type.String(), startDate: Day, endDate: Day, endedEarlyOn: NullableDay, standingAgain: Type.String() })),
  attendance: Type.Array(
    Type.Object({ meeting: Type.String(), date: Day, rsvp: Type.Union([Type.String(), Type.Null()]), presence: Type.Union([Type.String(), Type.Null()]) }),
    { description: "Your RSVPs and presence per meeting" },
  ),
  actionItems: Type.Array(Type.Object({ title: Type.String(), meeting: Type.String(), date: Day, dueDate: NullableDay, status: Type.String(), doneOn: NullableDay })),
  agendaItems: Type.Array(Type.Object({ title: Type.String(), meeting: Type.String(), date: Day, status: Type.String(), owner: Type.Boolean(), proposedByYou: Type.Boolean() })),
  activities: Type.Array(Type.Object({ workingGroup: Type.String(), type: Type.String(), date: Day, count: Type.Integer(), note: Type.String() })),
  dutyRotas: Type.Array(Type.Object({ workingGroup: Type.String(), rota: Type.String() })),
  joinRequests: Type.Array(Type.Object({ workingGroup: Type.String(), message: Type.String(), status: Type.String(), createdAt: Instant, decidedAt: Type.Union([Instant, Type.Null()]) })),
  guestRequests: Type.Array(
    Type.Object({ meeting: Type.String(), date: Day, name: Type.String(), email: Type.String(), topic: Type.String(), status: Type.String(), createdAt: Instant }),
    { description: "Requests to attend a board meeting made with your email address" },
  ),
  invitations: Type.Array(Type.Object({ kind: Type.String(), email: Type.Union([Type.String(), Type.Null()]), createdAt: Instant, expiresAt: Instant, acceptedAt: Type.Union([Instant, Type.Null()]) })),
});
export type OwnDataMembership = Static<typeof OwnDataMembership>;

export const OwnDataExport = Type.Object({
  exportedAt: Instant,
  account: Type.Object({
    name: Type.String(),
    email: Type.String(),
    locale: Type.String(),
    isPlatformAdmin: Type.Boolean(),
    createdAt: Instant,
    passwordChangedAt: Type.Union([Instant, Type.Null()]),
    hasCalendarFeed: Type.Boolean({ description: "Whether a personal calendar feed address exists (the secret itself is not exported)" }),
  }),
  memberships: Type.Array(OwnDataMembership, { description: "One per branch you are or were a member of" }),
});
export type OwnDataExport = Static<typeof OwnDataExport>;

export const ContactSharingBody = Type.Object(
  {
    shareContact: Type.Boolean({ description: "Show your email and phone to the members of your working groups" }),
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: "Your person record's version as you saw it (GET gives it); a stale one gets 409" }),
  },
  { additionalProperties: false },
);
export type ContactSharingBody = Static<typeof ContactSharingBody>;

export const ContactSharingResponse = Type.Object({
  shareContact: Type.Boolean(),
  version: Type.Integer(),
});
export type ContactSharingResponse = Static<typeof ContactSharingResponse>;
