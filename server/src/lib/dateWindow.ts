import { isLocalDate } from "@afdelingsplanner/shared";
import { addYears, parseISO } from "date-fns";
import { badRequest } from "./errors.ts";

export interface DateWindow {
  from: string;
  to: string;
}

export function assertRealDate(name: string, value: string): void {
  if (!isLocalDate(value)) throw badRequest(`"${name}" is ${value}, which is not a date that exists. Use YYYY-MM-DD.`, "INVALID_DATE");
}

/** Validates a from/to pair of calendar days: real dates, in order, and not too far apart. */
export function parseDateWindow(query: { from: string; to: string }, maxYears: number): DateWindow {
  assertRealDate("from", query.from);
  assertRealDate("to", query.to);
  if (query.from > query.to) throw badRequest(`"from" (${query.from}) is after "to" (${query.to}).`, "INVALID_RANGE");
  if (addYears(parseISO(query.from), maxYears) < parseISO(query.to)) {
    throw badRequest(`The range may span at most ${maxYears} years; ask for a shorter one.`, "RANGE_TOO_LONG");
  }
  return { from: query.from, to: query.to };
}
