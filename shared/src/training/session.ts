import { isLocalDate } from "../calendar/localTime.ts";

export interface SessionInput {
  date?: string | null;
  startTime?: string;
  lenses?: readonly string[];
  speakers?: readonly { name: string }[];
  attendance?: number | null;
  evaluation?: string;
}

/**
 * What is wrong with a session someone wants to save, as sentences that say what to fix; empty when fine.
 * `lenses` are the branch's (built-in keys and its own names); `today` is the branch's local day: attendance
 * and an evaluation describe a session that took place, so a later or missing date refuses them.
 */
export function sessionProblems(input: SessionInput, lenses: readonly string[], today: string): string[] {
  const problems: string[] = [];
  const date = input.date ?? null;
  if (date !== null && !isLocalDate(date)) problems.push(`"date" is ${date}, which is not a day in the calendar. Use YYYY-MM-DD.`);
  if (input.startTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.startTime)) problems.push(`"startTime" ${input.startTime} is not a time of day; use HH:MM, e.g. 19:30.`);
  const unknown = (input.lenses ?? []).filter((lens) => !lenses.includes(lens));
  if (unknown.length > 0) problems.push(`Unknown lens(es): ${unknown.join(", ")}. Use one of: ${lenses.join(", ")}, or add the lens to the branch first.`);
  if ((input.speakers ?? []).some((speaker) => speaker.name.trim() === "")) problems.push("A speaker has no name; give each speaker a name or leave them out.");
  const held = date !== null && date <= today;
  if (!held && input.attendance != null) problems.push(`"attendance" is for a session that took place; this one ${date === null ? "has no date yet" : `is on ${date}, after today (${today})`}.`);
  if (!held && (input.evaluation ?? "").trim() !== "") problems.push(`"evaluation" is for a session that took place; this one ${date === null ? "has no date yet" : `is on ${date}, after today (${today})`}.`);
  return problems;
}
