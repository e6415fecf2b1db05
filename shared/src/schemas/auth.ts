import { Type, type Static } from "@sinclair/typebox";
import { BRANCH_ROLES } from "../auth/roles.ts";
import { LIMITS } from "./limits.ts";

export const BranchRoleSchema = Type.Union(BRANCH_ROLES.map((role) => Type.Literal(role)));

export const LoginBody = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: LIMITS.common.email.maxLength, description: "The email address of your account" }),
    password: Type.String({ minLength: 1, maxLength: LIMITS.auth.password.maxLength }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/** LIMITS.auth.newPassword under the names the server's password policy imports. */
export const NEW_PASSWORD_MIN_LENGTH = LIMITS.auth.newPassword.minLength;
export const NEW_PASSWORD_MAX_LENGTH = LIMITS.auth.newPassword.maxLength;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: LIMITS.auth.password.maxLength, description: "The password you log in with now" }),
    newPassword: Type.String({
      minLength: NEW_PASSWORD_MIN_LENGTH,
      maxLength: NEW_PASSWORD_MAX_LENGTH,
      description: `At least ${NEW_PASSWORD_MIN_LENGTH} characters and different from the current password`,
    }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** A branch as seen by one user: with the roles that user holds there. */
export const BranchMembership = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  personId: Type.Union([Type.String(), Type.Null()], { description: "The caller's person in this branch; null for a platform admin who is not a member" }),
  roles: Type.Array(BranchRoleSchema),
});
export type BranchMembership = Static<typeof BranchMembership>;

export const CurrentUser = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  isPlatformAdmin: Type.Boolean(),
  branches: Type.Array(BranchMembership),
});
export type CurrentUser = Static<typeof CurrentUser>;

export const SessionResponse = Type.Object({
  accessToken: Type.String({ description: "Bearer token, valid for 15 minutes" }),
  user: CurrentUser,
});
export type SessionResponse = Static<typeof SessionResponse>;

export const MeResponse = Type.Object({ user: CurrentUser });
export type MeResponse = Static<typeof MeResponse>;
