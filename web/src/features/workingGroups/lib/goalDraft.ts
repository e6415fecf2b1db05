import type { ActivityType, CadenceUnit, GoalKind } from "@afdelingsplanner/shared";
import { LIMITS, type GoalCreateBody, type GoalUpdateBody, type GoalView, type PlanPhaseView } from "@afdelingsplanner/shared/schemas";
import { ACTIVITY_TYPES, CADENCE_UNITS, GOAL_KINDS } from "./types.ts";

/** What the goal form holds: strings, as the inputs give them, so nothing typed is lost or reformatted. */
export interface GoalDraft {
  title: string;
  description: string;
  kind: GoalKind;
  target: string;
  activityType: ActivityType | "";
  cadenceUnit: CadenceUnit;
  periodStart: string;
  periodEnd: string;
  ownerId: string;
  phaseId: string;
  focusTopicId: string;
}

/** Which inputs each kind shows; mirrors normaliseGoalShape in shared/src/goals/definition.ts. */
export const KIND_INPUTS: Record<GoalKind, { target: boolean; activityType: boolean; cadenceUnit: boolean; wholeTarget: boolean; startDate: boolean }> = {
  count: { target: true, activityType: true, cadenceUnit: false, wholeTarget: true, startDate: true },
  // Counts the different organisations of network conversations; the server's default type.
  distinct: { target: true, activityType: false, cadenceUnit: false, wholeTarget: true, startDate: true },
  cadence: { target: true, activityType: true, cadenceUnit: true, wholeTarget: true, startDate: true },
  // Done or not by the deadline (periodEnd); its target is always 1.
  milestone: { target: false, activityType: false, cadenceUnit: false, wholeTarget: true, startDate: false },
  metric: { target: true, activityType: false, cadenceUnit: false, wholeTarget: false, startDate: true },
};

export const toKind = (value: string): GoalKind => GOAL_KINDS.find((kind) => kind === value) ?? "count";
export const toActivityType = (value: string): ActivityType | "" => ACTIVITY_TYPES.find((type) => type === value) ?? "";
export const toCadenceUnit = (value: string): CadenceUnit => CADENCE_UNITS.find((unit) => unit === value) ?? "week";

/** The same day `months` later, or the month's last day when it is shorter ("2026-08-31" + 6 → "2027-02-28"). */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The phase running today that ends first, if any. */
export function currentPhase(phases: readonly PlanPhaseView[], today: string): PlanPhaseView | null {
  const running = phases.filter((phase) => phase.startDate <= today && phase.endDate >= today);
  return running.sort((a, b) => a.endDate.localeCompare(b.endDate))[0] ?? null;
}

/** A new goal: a count goal from today to the end of the current phase (linked to it), or six months on. */
export function newDraft(today: string, phases: readonly PlanPhaseView[]): GoalDraft {
  const phase = currentPhase(phases, today);
  return {
    title: "",
    description: "",
    kind: "count",
    target: "",
    activityType: "",
    cadenceUnit: "week",
    periodStart: today,
    periodEnd: phase && phase.endDate > today ? phase.endDate : addMonths(today, 6),
    ownerId: "",
    phaseId: phase?.id ?? "",
    focusTopicId: "",
  };
}

export function draftOf(goal: GoalView): GoalDraft {
  return {
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    target: goal.kind === "milestone" ? "" : String(goal.target),
    activityType: goal.activityType ?? "",
    cadenceUnit: goal.cadenceUnit ?? "week",
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    ownerId: goal.ownerId ?? "",
    phaseId: goal.phaseId ?? "",
    focusTopicId: goal.focusTopicId ?? "",
  };
}

export type DraftProblem = "title" | "target" | "wholeTarget" | "activityType" | "period";

/** What the browser's own checks may miss; the server checks it all again. */
export function draftProblems(draft: GoalDraft): DraftProblem[] {
  const inputs = KIND_INPUTS[draft.kind];
  const problems: DraftProblem[] = [];
  if (!draft.title.trim()) problems.push("title");
  if (inputs.target) {
    const target = Number(draft.target);
    if (draft.target.trim() === "" || !Number.isFinite(target) || target <= 0 || target > LIMITS.workingGroups.goalTarget.max) problems.push("target");
    else if (inputs.wholeTarget && !Number.isInteger(target)) problems.push("wholeTarget");
  }
  if (inputs.activityType && draft.activityType === "") problems.push("activityType");
  const { periodStart } = periodOf(draft);
  if (!draft.periodEnd || !periodStart || periodStart > draft.periodEnd) problems.push("period");
  return problems;
}

/** A milestone has only a deadline: its period starts no later than that. */
function periodOf(draft: GoalDraft): { periodStart: string; periodEnd: string } {
  const periodStart = KIND_INPUTS[draft.kind].startDate || draft.periodStart <= draft.periodEnd ? draft.periodStart : draft.periodEnd;
  return { periodStart, periodEnd: draft.periodEnd };
}

/** Every field, with null for what does not apply to the kind, so a changed kind leaves nothing behind. */
function fieldsOf(draft: GoalDraft) {
  const inputs = KIND_INPUTS[draft.kind];
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    kind: draft.kind,
    ...(inputs.target ? { target: Number(draft.target) } : {}),
    activityType: draft.kind === "distinct" ? ("network_conversation" as const) : inputs.activityType && draft.activityType !== "" ? draft.activityType : null,
    cadenceUnit: inputs.cadenceUnit ? draft.cadenceUnit : null,
    ...periodOf(draft),
    ownerId: draft.ownerId || null,
    phaseId: draft.phaseId || null,
    focusTopicId: draft.focusTopicId || null,
  };
}

export function createBody(draft: GoalDraft, workingGroupId: string): GoalCreateBody {
  return { workingGroupId, ...fieldsOf(draft) };
}

export function updateBody(draft: GoalDraft, version: number): GoalUpdateBody {
  return { ...fieldsOf(draft), version };
}
