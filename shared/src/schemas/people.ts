import { Type, type Static } from "@sinclair/typebox";
import { BRANCH_ROLES } from "../auth/roles.ts";
import { BranchRoleSchema } from "./auth.ts";
import { BranchSlugParams, IsoDate } from "./common.ts";
import { LIMITS } from "./limits.ts";

// People, roles and invitations (issue "Members and accounts"): the members' list with its privacy rule,
// adding a person with an invitation, departures, branch roles and accepting an invitation.

export const PERSON_STATUSES = ["active", "left", "erased"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** LIMITS.people (and LIMITS.common.email) under the names the people module first had. */
export const PEOPLE_LIMITS = {
  name: LIMITS.people.name.maxLength,
  email: LIMITS.common.email.maxLength,
  phone: LIMITS.people.phone.maxLength,
  query: LIMITS.people.search.maxLength,
} as const;

const Uuid = Type.String({ format: "uuid" });
const Slug = Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: LIMITS.common.slug.maxLength });
const Name = Type.String({ minLength: 1, maxLength: LIMITS.people.name.maxLength });
const Email = Type.String({ format: "email", maxLength: LIMITS.common.email.maxLength });
const Phone = Type.String({ maxLength: LIMITS.people.phone.maxLength, pattern: "^[0-9+()\\-. ]*$" });

export const PeopleQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: LIMITS.people.search.maxLength, description: "Words in the name (and in the email, for those who may see it)" })),
    role: Type.Optional(BranchRoleSchema),
    workingGroup: Type.Optional({ ...Slug, description: "A working group's slug" }),
    status: Type.Optional(Type.Union([Type.Literal("active"), Type.Literal("left"), Type.Literal("all")], { default: "active" })),
  },
  { additionalProperties: false },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

export const PersonWorkingGroup = Type.Object({ slug: Type.String(), name: Type.String(), role: Type.String() });

/**
 * A member of the branch. Deliberately has no account or password fields. `email` and `phone` are null
 * unless the caller may see them: board members, the secretary and the platform admin always; other
 * members only for someone who shares their contact with their own working groups (and for themselves).
 */
export const PersonView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  status: Type.Union(PERSON_STATUSES.map((status) => Type.Literal(status))),
  joinedOn: Type.String({ description: "YYYY-MM-DD" }),
  leftOn: Type.Union([Type.String({ description: "YYYY-MM-DD" }), Type.Null()]),
  roles: Type.Array(BranchRoleSchema),
  workingGroups: Type.Array(PersonWorkingGroup),
  hasAccount: Type.Boolean(),
  version: Type.Integer(),
});
export type PersonView = Static<typeof PersonView>;

export const PeopleResponse = Type.Object({ people: Type.Array(PersonView) });
export type PeopleResponse = Static<typeof PeopleResponse>;

export const PersonParams = Type.Composite([BranchSlugParams, Type.Object({ id: Uuid })]);
export type PersonParams = Static<typeof PersonParams>;

export const PersonCreateBody = Type.Object(
  {
    name: Name,
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    joinedOn: Type.Optional(IsoDate),
    roles: Type.Optional(Type.Array(BranchRoleSchema, { maxItems: BRANCH_ROLES.length, uniqueItems: true })),
    workingGroups: Type.Optional(Type.Array(Slug, { maxItems: LIMITS.people.workingGroups.maxItems, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type PersonCreateBody = Static<typeof PersonCreateBody>;

export const PersonUpdateBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    name: Type.Optional(Name),
    // null takes the address away (the person then gets letters, not mail).
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  },
  { additionalProperties: false },
);
export type PersonUpdateBody = Static<typeof PersonUpdateBody>;

export const PersonDepartureBody = Type.Object({ leftOn: Type.Optional(IsoDate) }, { additionalProperties: false });
export type PersonDepartureBody = Static<typeof PersonDepartureBody>;

export const RolesBody = Type.Object({ roles: Type.Array(BranchRoleSchema, { maxItems: BRANCH_ROLES.length, uniqueItems: true }) }, { additionalProperties: false });
export type RolesBody = Static<typeof RolesBody>;

export const INVITATION_STATES = ["sent", "accepted", "expired", "revoked"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const InvitationView = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()], { description: "Null for a printed letter with a code" }),
  kind: Type.Union([Type.Literal("email"), Type.Literal("letter")]),
  state: Type.Union(INVITATION_STATES.map((state) => Type.Literal(state))),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  acceptedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
export type InvitationView = Static<typeof InvitationView>;

/** What a secretary prints for someone without email: the one-time code and where to enter it. */
export const InvitationLetter = Type.Object({ code: Type.String(), url: Type.String() });
export type InvitationLetter = Static<typeof InvitationLetter>;

export const PersonResponse = Type.Object({ person: PersonView });
export type PersonResponse = Static<typeof PersonResponse>;

export const PersonCreatedResponse = Type.Object({
  person: PersonView,
  invitation: InvitationView,
  letter: Type.Optional(InvitationLetter),
});
export type PersonCreatedResponse = Static<typeof PersonCreatedResponse>;

export const InvitationsResponse = Type.Object({ invitations: Type.Array(InvitationView) });
export type InvitationsResponse = Static<typeof InvitationsResponse>;

export const InvitationResponse = Type.Object({ invitation: InvitationView, letter: Type.Optional(InvitationLetter) });
export type InvitationResponse = Static<typeof InvitationResponse>;

export const INVITATION_CODE_LENGTH = 8;
/** Letters and digits that cannot be mistaken for one another on paper (no 0/O, 1/I/L). */
export const INVITATION_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export const AcceptInvitationBody = Type.Object(
  {
    token: Type.Optional(Type.String({ minLength: 20, maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" })),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.people.invitationCode.maxLength })),
    password: Type.String({ minLength: LIMITS.auth.newPassword.minLength, maxLength: LIMITS.auth.newPassword.maxLength }),
    name: Type.Optional(Name),
    email: Type.Optional({ ...Email, description: "Needed only with a code from a letter: the address to log in with" }),
  },
  { additionalProperties: false },
);
export type AcceptInvitationBody = Static<typeof AcceptInvitationBody>;

export const LinkInvitationBody = Type.Object(
  {
    token: Type.Optional(Type.String({ minLength: 20, maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" })),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.people.invitationCode.maxLength })),
  },
  { additionalProperties: false },
);
export type LinkInvitationBody = Static<typeof LinkInvitationBody>;

export const LinkInvitationResponse = Type.Object({ branch: Type.Object({ slug: Type.String(), name: Type.String() }) });
export type LinkInvitationResponse = Static<typeof LinkInvitationResponse>;
