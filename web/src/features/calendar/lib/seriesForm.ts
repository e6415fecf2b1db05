import type { MeetingKind, MeetingMode, SeriesCreateBody, SeriesView } from "@afdelingsplanner/shared/schemas";
import { recurrenceOf, recurrenceValuesOf, type RecurrenceValues } from "./recurrence.ts";

/** What the series form holds: strings, exactly as typed, so nothing is lost when the server says no. */
export interface SeriesFormValues extends RecurrenceValues {
  kind: MeetingKind;
  title: string;
  description: string;
  /** "" = no working group. */
  workingGroupId: string;
  startTime: string;
  durationMinutes: string;
  location: string;
  mode: MeetingMode;
  validFrom: string;
  /** "" = open-ended. */
  validUntil: string;
}

export function newSeriesValues(today: string): SeriesFormValues {
  return {
    kind: "working_group",
    title: "",
    description: "",
    workingGroupId: "",
    preset: "even_weeks",
    weekday: "2",
    nth: "1",
    rule: "",
    date: today,
    startTime: "19:30",
    durationMinutes: "120",
    location: "",
    mode: "in_person",
    validFrom: today,
    validUntil: "",
  };
}

export function seriesValuesOf(series: SeriesView): SeriesFormValues {
  return {
    ...recurrenceValuesOf(series.recurrence, series.validFrom),
    kind: series.kind,
    title: series.title,
    description: series.description,
    workingGroupId: series.workingGroupId ?? "",
    startTime: series.startTime,
    durationMinutes: String(series.durationMinutes),
    location: series.location,
    mode: series.mode,
    validFrom: series.validFrom,
    validUntil: series.validUntil ?? "",
  };
}

/**
 * The request body. A one-off meeting is valid on its own day only, so its validity dates follow
 * the date (the form hides them for that choice).
 */
export function seriesBodyOf(values: SeriesFormValues): Required<Omit<SeriesCreateBody, "extraAttendeeIds">> {
  const single = values.preset === "single";
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim(),
    workingGroupId: values.workingGroupId || null,
    recurrence: recurrenceOf(values),
    startTime: values.startTime,
    durationMinutes: Number(values.durationMinutes),
    location: values.location.trim(),
    mode: values.mode,
    validFrom: single ? values.date : values.validFrom,
    validUntil: single ? values.date : values.validUntil || null,
  };
}
