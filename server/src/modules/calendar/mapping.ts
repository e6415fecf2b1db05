import type { ExceptionInput, Schedule } from "@afdelingsplanner/shared";
import type { MeetingMode, OccurrenceExceptionView, RecurrenceInput, SeriesView } from "@afdelingsplanner/shared/schemas";
import { fromIsoDate, toIsoDate, toLocalDateTime } from "../../lib/dates.ts";
import type { MeetingSeries, OccurrenceException, SeriesAttendee } from "../../generated/prisma/client.ts";


export type SeriesRow = MeetingSeries & { attendees: Pick<SeriesAttendee, "personId">[] };

export function recurrenceOf(series: MeetingSeries): RecurrenceInput {
  switch (series.recurrenceKind) {
    case "odd_weeks":
    case "even_weeks":
      return { kind: series.recurrenceKind, weekday: series.weekday ?? 1 };
    case "rrule":
      return { kind: "rrule", rule: series.rrule ?? "" };
    case "single":
      return { kind: "single", date: toIsoDate(series.singleDate ?? series.validFrom) };
  }
}

/** The columns that store a recurrence; the others are cleared so no stale rule lingers. */
export function recurrenceColumns(recurrence: RecurrenceInput) {
  return {
    recurrenceKind: recurrence.kind,
    weekday: recurrence.kind === "odd_weeks" || recurrence.kind === "even_weeks" ? recurrence.weekday : null,
    rrule: recurrence.kind === "rrule" ? recurrence.rule.trim().replace(/^RRULE:/i, "") : null,
    singleDate: recurrence.kind === "single" ? fromIsoDate(recurrence.date) : null,
  };
}

export function scheduleOf(series: MeetingSeries): Schedule {
  return {
    recurrence: recurrenceOf(series),
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    validFrom: toIsoDate(series.validFrom),
    validUntil: series.validUntil ? toIsoDate(series.validUntil) : null,
  };
}

export function seriesView(series: SeriesRow): SeriesView {
  return {
    id: series.id,
    kind: series.kind,
    title: series.title,
    description: series.description,
    workingGroupId: series.workingGroupId,
    recurrence: recurrenceOf(series),
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    location: series.location,
    mode: series.mode,
    validFrom: toIsoDate(series.validFrom),
    validUntil: series.validUntil ? toIsoDate(series.validUntil) : null,
    extraAttendeeIds: series.attendees.map((attendee) => attendee.personId),
    version: series.version,
  };
}

export function exceptionInput(exception: OccurrenceException): ExceptionInput {
  return {
    date: toIsoDate(exception.occurrenceDate),
    status: exception.change === "changed" ? "scheduled" : exception.change,
    startLocal: exception.newStartLocal ? toLocalDateTime(exception.newStartLocal) : null,
    endLocal: exception.newEndLocal ? toLocalDateTime(exception.newEndLocal) : null,
    location: exception.location,
    mode: exception.mode as MeetingMode | null,
    reason: exception.reason,
  };
}

export function exceptionView(exception: OccurrenceException): OccurrenceExceptionView {
  const input = exceptionInput(exception);
  return { date: input.date, status: input.status, start: input.startLocal, end: input.endLocal, location: input.location, mode: input.mode, reason: input.reason, version: exception.version };
}
