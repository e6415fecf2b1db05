import type { TemplateSeries } from "@afdelingsplanner/shared";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * The template's meeting series as rows for one branch, each working group's meeting tied to that group.
 * Shared by new branches (service.ts) and the demo seed, so both plan the same rhythm.
 */
export function templateSeriesRows(
  series: readonly TemplateSeries[],
  target: { branchId: string; validFrom: Date; workingGroupIdBySlug: ReadonlyMap<string, string> },
): Prisma.MeetingSeriesCreateManyInput[] {
  return series.map((entry) => {
    const workingGroupId = entry.workingGroup ? target.workingGroupIdBySlug.get(entry.workingGroup) : undefined;
    if (entry.workingGroup && !workingGroupId) throw new Error(`The template's series ${entry.key} meets for working group ${entry.workingGroup}, which the branch lacks`);
    return {
      branchId: target.branchId,
      kind: entry.kind,
      title: entry.title,
      description: entry.description,
      workingGroupId: workingGroupId ?? null,
      recurrenceKind: entry.recurrence.kind,
      ...(entry.recurrence.kind === "rrule" ? { rrule: entry.recurrence.rrule } : { weekday: entry.recurrence.weekday }),
      startTime: entry.startTime,
      durationMinutes: entry.durationMinutes,
      mode: entry.mode,
      validFrom: target.validFrom,
    };
  });
}
