import { Type, type Static } from "@sinclair/typebox";
import { IsoDate } from "./common.ts";
import { Nullable } from "./goals.ts";
import { LIMITS } from "./limits.ts";

export const IsoWeek = Type.String({ pattern: "^\\d{4}-W\\d{2}$", examples: ["2026-W48"] });

export const DutyWeekView = Type.Object({
  week: IsoWeek,
  monday: IsoDate,
  sunday: IsoDate,
  personId: Nullable(Type.String()),
  name: Nullable(Type.String()),
  swapped: Type.Boolean({ description: "A swap decided this week" }),
});
export type DutyWeekView = Static<typeof DutyWeekView>;

export const RotaView = Type.Object({
  id: Type.String(),
  workingGroupId: Type.String(),
  name: Type.String(),
  description: Type.String(),
  anchorWeek: Type.String({ description: "The week the first member in the order is on duty; the rest follow week by week" }),
  members: Type.Array(Type.Object({ personId: Type.String(), name: Type.String() }), { description: "In rotation order" }),
  lastWeek: Nullable({ ...IsoWeek, description: "The last week with a duty once the rota is ended; null while it runs" }),
  ended: Type.Boolean({ description: "The last week is over: nobody is on duty any more; the rota is kept with its history" }),
  weeks: Type.Array(DutyWeekView, { description: "This week first, then the coming weeks; for an ended rota its last weeks up to the end" }),
  version: Type.Integer(),
});
export type RotaView = Static<typeof RotaView>;

export const RotasQuery = Type.Object(
  {
    workingGroup: Type.Optional(Type.String({ maxLength: LIMITS.common.workingGroupRef.maxLength, description: "Working group id or slug" })),
    weeks: Type.Optional(Type.Integer({ minimum: LIMITS.workingGroups.rotaWeeks.min, maximum: LIMITS.workingGroups.rotaWeeks.max, default: 8, description: "How many weeks to show, this week included (default 8)" })),
  },
  { additionalProperties: false },
);
export type RotasQuery = Static<typeof RotasQuery>;

export const RotasResponse = Type.Object({ today: Type.String(), rotas: Type.Array(RotaView) });
export type RotasResponse = Static<typeof RotasResponse>;
export const RotaResponse = Type.Object({ today: Type.String(), rota: RotaView });
export type RotaResponse = Static<typeof RotaResponse>;

const MemberIds = Type.Array(Type.String({ format: "uuid" }), { maxItems: LIMITS.workingGroups.rotaMembers.maxItems, description: "Members of the working group, in rotation order" });

export const RotaCreateBody = Type.Object(
  {
    workingGroupId: Type.String({ format: "uuid" }),
    name: Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.rotaName.maxLength, examples: ["Sociale media"] }),
    description: Type.Optional(Type.String({ maxLength: LIMITS.workingGroups.rotaDescription.maxLength })),
    anchorWeek: Type.Optional({ ...IsoWeek, description: "Week of the first member; default this week" }),
    memberIds: MemberIds,
  },
  { additionalProperties: false },
);
export type RotaCreateBody = Static<typeof RotaCreateBody>;

export const RotaUpdateBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.workingGroups.rotaName.maxLength })),
    description: Type.Optional(Type.String({ maxLength: LIMITS.workingGroups.rotaDescription.maxLength })),
    anchorWeek: Type.Optional(IsoWeek),
    memberIds: Type.Optional(MemberIds),
    version: Type.Integer({ minimum: 1, description: "The version you edited; a stale one gets 409" }),
  },
  { additionalProperties: false },
);
export type RotaUpdateBody = Static<typeof RotaUpdateBody>;

export const RotaSwapBody = Type.Object(
  {
    weeks: Type.Array(IsoWeek, { minItems: 2, maxItems: 2, description: "The two weeks whose people trade places" }),
    version: Type.Integer({ minimum: 1, description: "The version of the rota you looked at; a stale one gets 409" }),
  },
  { additionalProperties: false },
);
export type RotaSwapBody = Static<typeof RotaSwapBody>;

export const RotaEndBody = Type.Object(
  {
    lastWeek: Type.Optional({ ...IsoWeek, description: "The last week with a duty: last week (ending now) or later; default last week, so nobody is on duty from this week on" }),
    version: Type.Integer({ minimum: 1, description: "The version of the rota you looked at; a stale one gets 409" }),
  },
  { additionalProperties: false },
);
export type RotaEndBody = Static<typeof RotaEndBody>;
