import { Type, type Static } from "@sinclair/typebox";
import { TEMPLATE_WORKING_GROUP_SLUGS } from "../branchTemplate.ts";
import { IsoDate } from "./common.ts";
import { LIMITS } from "./limits.ts";
import { InvitationView, PersonCreatedResponse } from "./people.ts";

const Slug = Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: LIMITS.common.slug.maxLength, description: "The branch's address in the app, e.g. rotterdam" });

export const BranchCreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: LIMITS.admin.branchName.maxLength }),
    slug: Slug,
    timeZone: Type.String({ minLength: 1, maxLength: LIMITS.admin.timeZone.maxLength, description: "IANA time zone, e.g. Europe/Amsterdam" }),
    workingGroups: Type.Optional(
      Type.Array(Type.Union(TEMPLATE_WORKING_GROUP_SLUGS.map((slug) => Type.Literal(slug))), {
        maxItems: TEMPLATE_WORKING_GROUP_SLUGS.length,
        uniqueItems: true,
        description: "The usual working groups to start with (default: all of them)",
      }),
    ),
    /** The first day of the meeting series (default: today in the branch's time zone). */
    startsOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type BranchCreateBody = Static<typeof BranchCreateBody>;

export const AdminBranchView = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  peopleCount: Type.Integer(),
  createdAt: Type.String(),
  /** The newest invitation to someone holding the secretary role, so the admin sees whether the branch has been handed over. */
  secretaryInvitation: Type.Union([InvitationView, Type.Null()]),
});
export type AdminBranchView = Static<typeof AdminBranchView>;

export const AdminBranchesResponse = Type.Object({ branches: Type.Array(AdminBranchView) });
export type AdminBranchesResponse = Static<typeof AdminBranchesResponse>;

export const AdminBranchResponse = Type.Object({ branch: AdminBranchView });
export type AdminBranchResponse = Static<typeof AdminBranchResponse>;

export const SecretaryInvitationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: LIMITS.people.name.maxLength }),
    email: Type.String({ format: "email", maxLength: LIMITS.common.email.maxLength }),
  },
  { additionalProperties: false },
);
export type SecretaryInvitationBody = Static<typeof SecretaryInvitationBody>;

export const SecretaryInvitationResponse = PersonCreatedResponse;
export type SecretaryInvitationResponse = Static<typeof SecretaryInvitationResponse>;
