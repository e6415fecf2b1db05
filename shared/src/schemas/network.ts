import { Type, type Static } from "@sinclair/typebox";
import { ActivityView } from "./activities.ts";
import { Nullable, OrganisationTypeSchema } from "./goals.ts";
import { LIMITS } from "./limits.ts";

const organisationFields = {
  name: Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.organisationName.maxLength }),
  type: OrganisationTypeSchema,
  contactNotes: Type.String({ maxLength: LIMITS.workingGroups.organisationNotes.maxLength, description: "Who to talk to, how to reach them, what was agreed" }),
  website: Nullable(Type.String({ maxLength: LIMITS.workingGroups.organisationWebsite.maxLength, pattern: "^https?://\\S+$" })),
};

export const OrganisationView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: OrganisationTypeSchema,
  contactNotes: Type.String(),
  website: Nullable(Type.String()),
  conversationCount: Type.Integer({ description: "Logged network conversations with it" }),
  lastConversationOn: Nullable(Type.String({ description: "YYYY-MM-DD of the latest conversation" })),
  version: Type.Integer(),
});
export type OrganisationView = Static<typeof OrganisationView>;

export const OrganisationsResponse = Type.Object({ organisations: Type.Array(OrganisationView) });
export type OrganisationsResponse = Static<typeof OrganisationsResponse>;

export const OrganisationResponse = Type.Object({
  organisation: OrganisationView,
  history: Type.Array(ActivityView, { description: "Every activity with this organisation, newest first; the conversations are type network_conversation" }),
});
export type OrganisationResponse = Static<typeof OrganisationResponse>;

export const OrganisationCreateBody = Type.Object(
  {
    name: organisationFields.name,
    type: organisationFields.type,
    contactNotes: Type.Optional(organisationFields.contactNotes),
    website: Type.Optional(organisationFields.website),
  },
  { additionalProperties: false },
);
export type OrganisationCreateBody = Static<typeof OrganisationCreateBody>;

export const OrganisationUpdateBody = Type.Composite(
  [Type.Partial(Type.Object(organisationFields)), Type.Object({ version: Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" }) })],
  { additionalProperties: false },
);
export type OrganisationUpdateBody = Static<typeof OrganisationUpdateBody>;
