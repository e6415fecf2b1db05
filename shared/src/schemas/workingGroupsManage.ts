import { Type, type Static } from "@sinclair/typebox";
import { WORKING_GROUP_ROLES } from "../auth/roles.ts";
import { IsoDate } from "./common.ts";
import { IdParams, StringEnum } from "./goals.ts";
import { LIMITS } from "./limits.ts";

// Working groups as bodies of the branch (issue 14 part 3): create, rename, archive, members and their
// roles, and members asking to join.

const Uuid = Type.String({ format: "uuid" });
const Version = Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" });
const GroupName = Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.groupName.maxLength });
const GroupDescription = Type.String({ maxLength: LIMITS.workingGroups.groupDescription.maxLength });
export const WorkingGroupRoleInput = StringEnum(WORKING_GROUP_ROLES, { description: "chair (trekker), convener (bijeenroeper), action_list_keeper (actielijsthouder) or member" });

export const WorkingGroupCreateBody = Type.Object({ name: GroupName, description: Type.Optional(GroupDescription) }, { additionalProperties: false });
export type WorkingGroupCreateBody = Static<typeof WorkingGroupCreateBody>;

export const WorkingGroupUpdateBody = Type.Object(
  { version: Version, name: Type.Optional(GroupName), description: Type.Optional(GroupDescription) },
  { additionalProperties: false },
);
export type WorkingGroupUpdateBody = Static<typeof WorkingGroupUpdateBody>;

/** Archiving and bringing back: the version of the group you saw. */
export const WorkingGroupVersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export type WorkingGroupVersionBody = Static<typeof WorkingGroupVersionBody>;

export const GroupMemberParams = Type.Composite([IdParams, Type.Object({ personId: Uuid })]);
export type GroupMemberParams = Static<typeof GroupMemberParams>;
export const JoinRequestParams = Type.Composite([IdParams, Type.Object({ requestId: Uuid })]);
export type JoinRequestParams = Static<typeof JoinRequestParams>;

export const GroupMemberAddBody = Type.Object({ personId: Uuid, role: Type.Optional(WorkingGroupRoleInput) }, { additionalProperties: false });
export type GroupMemberAddBody = Static<typeof GroupMemberAddBody>;
export const GroupMemberRoleBody = Type.Object({ role: WorkingGroupRoleInput }, { additionalProperties: false });
export type GroupMemberRoleBody = Static<typeof GroupMemberRoleBody>;

export const JoinRequestBody = Type.Object(
  { message: Type.Optional(Type.String({ maxLength: LIMITS.workingGroups.joinRequestMessage.maxLength })) },
  { additionalProperties: false },
);
export type JoinRequestBody = Static<typeof JoinRequestBody>;

export const JoinRequestDecisionBody = Type.Object(
  { decision: StringEnum(["accept", "decline"] as const, { description: "accept makes the person a member; decline says no" }) },
  { additionalProperties: false },
);
export type JoinRequestDecisionBody = Static<typeof JoinRequestDecisionBody>;

export const JoinRequestView = Type.Object({
  id: Type.String(),
  workingGroupId: Type.String(),
  personId: Type.String(),
  name: Type.String(),
  message: Type.String(),
  status: StringEnum(["pending", "accepted", "declined", "withdrawn"] as const),
  createdAt: Type.String({ format: "date-time" }),
});
export type JoinRequestView = Static<typeof JoinRequestView>;
export const JoinRequestsResponse = Type.Object({ joinRequests: Type.Array(JoinRequestView) });
export type JoinRequestsResponse = Static<typeof JoinRequestsResponse>;

export const ManagedWorkingGroup = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  version: Type.Integer(),
  archivedOn: Type.Union([IsoDate, Type.Null()], { description: "The day it was archived (branch time zone); null while active" }),
  members: Type.Array(Type.Object({ personId: Type.String(), name: Type.String(), role: WorkingGroupRoleInput })),
  pendingRequests: Type.Integer({ description: "Pending join requests; 0 for callers who may not answer them" }),
  you: Type.Object({
    edit: Type.Boolean({ description: "May rename and archive it (the secretary and board members)" }),
    manageMembers: Type.Boolean({ description: "May add and remove members and answer join requests (also the group's chair and convener)" }),
    setRoles: Type.Boolean({ description: "May name the chair, convener and action-list keeper (the secretary and board members)" }),
    member: Type.Boolean(),
    pendingRequestId: Type.Union([Type.String(), Type.Null()], { description: "Your own pending request to join" }),
  }),
});
export type ManagedWorkingGroup = Static<typeof ManagedWorkingGroup>;

export const WorkingGroupsManageResponse = Type.Object({
  mayCreate: Type.Boolean(),
  active: Type.Array(ManagedWorkingGroup),
  archived: Type.Array(ManagedWorkingGroup),
});
export type WorkingGroupsManageResponse = Static<typeof WorkingGroupsManageResponse>;


export const ManagedWorkingGroupResponse = Type.Object({ workingGroup: ManagedWorkingGroup });
export type ManagedWorkingGroupResponse = Static<typeof ManagedWorkingGroupResponse>;
export const JoinRequestResponse = Type.Object({ joinRequest: JoinRequestView });
export type JoinRequestResponse = Static<typeof JoinRequestResponse>;
