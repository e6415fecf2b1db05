import type { RecurrenceInput } from "@afdelingsplanner/shared/schemas";

/**
 * The recurrence choices on the series form. The monthly presets produce an RRULE, so the server
 * only ever sees the three recurrence kinds of the contract (odd/even weeks, rrule, single).
 */
export const RECURRENCE_PRESETS = ["odd_weeks", "even_weeks", "monthly", "bimonthly", "single", "rrule"] as const;
export type RecurrencePreset = (typeof RECURRENCE_PRESETS)[number];

/** Which weekday of the month: first … fourth, or the last ("-1"). */
export const NTH_OPTIONS = ["1", "2", "3", "4", "-1"] as const;
export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
const BYDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export interface RecurrenceValues {
  preset: RecurrencePreset;
  /** ISO weekday "1" (Monday) … "7" (Sunday), for the week presets and the monthly ones. */
  weekday: string;
  nth: string;
  /** The raw RRULE, for the advanced choice. */
  rule: string;
  /** The day of a one-off meeting. */
  date: string;
}

/** "FREQ=MONTHLY;BYDAY=+1TH", or with INTERVAL=2 for every two months. */
export function monthlyRule(intervalMonths: 1 | 2, nth: string, weekday: string): string {
  const code = BYDAY_CODES[Number(weekday) - 1] ?? "MO";
  const ordinal = nth.startsWith("-") ? nth : `+${nth}`;
  return intervalMonths === 1 ? `FREQ=MONTHLY;BYDAY=${ordinal}${code}` : `FREQ=MONTHLY;INTERVAL=2;BYDAY=${ordinal}${code}`;
}

export function recurrenceOf(values: RecurrenceValues): RecurrenceInput {
  switch (values.preset) {
    case "odd_weeks":
    case "even_weeks":
      return { kind: values.preset, weekday: Number(values.weekday) };
    case "monthly":
      return { kind: "rrule", rule: monthlyRule(1, values.nth, values.weekday) };
    case "bimonthly":
      return { kind: "rrule", rule: monthlyRule(2, values.nth, values.weekday) };
    case "single":
      return { kind: "single", date: values.date };
    case "rrule":
      return { kind: "rrule", rule: values.rule.trim().replace(/^RRULE:/i, "") };
  }
}

/** Recognises a monthly or bimonthly "nth weekday" rule, so editing such a series shows the preset, not the raw rule. */
export function presetOfRule(rule: string): Pick<RecurrenceValues, "preset" | "nth" | "weekday"> | null {
  const parts = new Map<string, string>();
  for (const part of rule.trim().toUpperCase().split(";")) {
    const [key, value, ...rest] = part.split("=");
    if (!key || value === undefined || rest.length > 0 || parts.has(key)) return null;
    parts.set(key, value);
  }
  const interval = parts.get("INTERVAL") ?? "1";
  const byDay = /^([+]?([1-4])|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts.get("BYDAY") ?? "");
  const known = [...parts.keys()].every((key) => key === "FREQ" || key === "INTERVAL" || key === "BYDAY");
  if (!known || parts.get("FREQ") !== "MONTHLY" || !byDay || (interval !== "1" && interval !== "2")) return null;
  const nth = byDay[2] ?? "-1";
  const weekday = String(BYDAY_CODES.indexOf(byDay[3] as (typeof BYDAY_CODES)[number]) + 1);
  return { preset: interval === "1" ? "monthly" : "bimonthly", nth, weekday };
}

export function recurrenceValuesOf(recurrence: RecurrenceInput, fallbackDate: string): RecurrenceValues {
  const base: RecurrenceValues = { preset: "even_weeks", weekday: "2", nth: "1", rule: "", date: fallbackDate };
  switch (recurrence.kind) {
    case "odd_weeks":
    case "even_weeks":
      return { ...base, preset: recurrence.kind, weekday: String(recurrence.weekday) };
    case "single":
      return { ...base, preset: "single", date: recurrence.date };
    case "rrule": {
      const preset = presetOfRule(recurrence.rule);
      return preset ? { ...base, ...preset, rule: recurrence.rule } : { ...base, preset: "rrule", rule: recurrence.rule };
    }
  }
}
