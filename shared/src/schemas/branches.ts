import { Type, type Static } from "@sinclair/typebox";
import { WORKING_GROUP_ROLES } from "../auth/roles.ts";
import { SCHOOL_HOLIDAY_REGIONS } from "../calendar/schoolHolidays.ts";
import { BranchMembership } from "./auth.ts";
import { StringEnum } from "./goals.ts";

export const BranchListResponse = Type.Object({ branches: Type.Array(BranchMembership) });
export type BranchListResponse = Static<typeof BranchListResponse>;

export const BranchResponse = Type.Object({ branch: BranchMembership });
export type BranchResponse = Static<typeof BranchResponse>;

export const SchoolHolidayRegionSchema = StringEnum(SCHOOL_HOLIDAY_REGIONS, { description: "The Dutch school-holiday region (noord, midden, zuid) whose holidays the clash warnings name" });

/** What the board sets for the branch as a whole (page Bestuur, section Afdeling). */
export const BranchSettingsView = Type.Object({ schoolHolidayRegion: SchoolHolidayRegionSchema });
export type BranchSettingsView = Static<typeof BranchSettingsView>;
export const BranchSettingsResponse = Type.Object({ settings: BranchSettingsView });
export type BranchSettingsResponse = Static<typeof BranchSettingsResponse>;
export const BranchSettingsBody = Type.Object({ schoolHolidayRegion: SchoolHolidayRegionSchema }, { additionalProperties: false });
export type BranchSettingsBody = Static<typeof BranchSettingsBody>;

export const WorkingGroupRoleSchema = Type.Union(WORKING_GROUP_ROLES.map((role) => Type.Literal(role)));

export const WorkingGroupView = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  members: Type.Array(
    Type.Object({
      personId: Type.String(),
      name: Type.String(),
      role: WorkingGroupRoleSchema,
      isBoardMember: Type.Boolean(),
    }),
  ),
});
export type WorkingGroupView = Static<typeof WorkingGroupView>;

export const WorkingGroupsResponse = Type.Object({ workingGroups: Type.Array(WorkingGroupView) });
export type WorkingGroupsResponse = Static<typeof WorkingGroupsResponse>;

export const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal("ok"), Type.Literal("degraded")]),
  database: Type.Union([Type.Literal("up"), Type.Literal("down")]),
  // Only with "down": the standard code, and why (for example the embedded PostgreSQL being restarted).
  code: Type.Optional(Type.Literal("DATABASE_UNAVAILABLE")),
  reason: Type.Optional(Type.String()),
});
export type HealthResponse = Static<typeof HealthResponse>;
