/**
 * RRULE text (RFC 5545, without DTSTART) for meeting series: parsing with actionable messages, and
 * expansion to local dates with rrule.js in *floating* time.
 *
 * How a rule is expanded (background: notes/calendar.md in the project's shared notes):
 * - The rule gets a `dtstart` whose UTC fields are the series' first day and start time, and no `tzid`.
 *   rrule then works purely on UTC fields, which we read back as the branch's wall clock. The caller
 *   turns wall-clock times into instants (`resolveWallTime`), so the host's TZ never matters.
 * - Speed: `between()` walks from `dtstart`. Without COUNT we move `dtstart` forward by a whole number
 *   of periods (years, months, weeks or days, respecting INTERVAL and WKST) to the period holding the
 *   window's first day. Before moving it we write out the parts rrule would otherwise derive from
 *   `dtstart` (BYMONTHDAY for MONTHLY, BYMONTH + BYMONTHDAY for YEARLY, BYDAY for WEEKLY), so the moved
 *   rule yields exactly the same dates.
 * - Boundedness: rrule stops only when it produces a date past the window, or at the year 9999. A rule
 *   that never matches again (BYMONTHDAY=30;BYMONTH=2 slipped through, say) would walk to 9999, which
 *   takes seconds for FREQ=DAILY. The Gregorian calendar repeats exactly every 400 years (146097 days =
 *   20871 weeks = 4800 months), so we run rrule on dates moved forward by a multiple of 400 years, as
 *   close to 9999 as the window allows, and move the results back. A runaway walk is then at most 400
 *   years (about 0.4 s for a never-matching DAILY rule, milliseconds for MONTHLY); normal rules are
 *   unaffected.
 * - UNTIL is read as a local date-time in the branch's zone (a trailing Z is ignored: the rule has no zone
 *   of its own). A date-only UNTIL includes that whole day.
 */
import * as rruleNamespace from "rrule";
import type { Options, Weekday } from "rrule";
import {
  addDaysLocal,
  daysInMonth,
  formatFloatingDate,
  isoWeekdayOf,
  localDateToDayNumber,
  dayNumberToLocalDate,
  parseLocalDate,
  parseLocalTime,
} from "./localTime.ts";

type RRuleModule = typeof rruleNamespace;
// Node loads rrule's CommonJS build, whose exports Node can only offer as `default`;
// bundlers (Vite) load its ES build, which has the named exports.
const rruleLoose = rruleNamespace as Partial<RRuleModule> & { default?: RRuleModule };
const rruleModule: RRuleModule = rruleLoose.RRule ? (rruleLoose as RRuleModule) : (rruleLoose.default as RRuleModule);
const { RRule } = rruleModule;

export type RuleFrequency = "YEARLY" | "MONTHLY" | "WEEKLY" | "DAILY";

export interface RuleWeekday {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** +1 = first, -1 = last in the month (or year); null = every such weekday. */
  n: number | null;
}

/** A checked RRULE. Lists are null when the part is absent. */
export interface ParsedRule {
  freq: RuleFrequency;
  interval: number;
  count: number | null;
  /** Last local date and time (seconds of the day) still included; from UNTIL. */
  until: { date: string; secondOfDay: number } | null;
  byDay: RuleWeekday[] | null;
  byMonthDay: number[] | null;
  byYearDay: number[] | null;
  byMonth: number[] | null;
  bySetPos: number[] | null;
  /** ISO weekday the week starts on (WKST), default Monday = 1. */
  weekStart: number;
}

export type RuleParseResult = { rule: ParsedRule; problems: [] } | { rule: null; problems: string[] };

const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const FREQUENCIES: readonly RuleFrequency[] = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY"];
const SUPPORTED_PARTS = "FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYYEARDAY, BYMONTH, BYSETPOS and WKST";
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parseIntegerList(key: string, value: string, min: number, max: number, allowNegative: boolean, problems: string[]): number[] | null {
  const values: number[] = [];
  for (const item of value.split(",")) {
    const match = /^([+-]?)(\d{1,4})$/.exec(item);
    const n = match ? Number(`${match[1]}${match[2]}`) : NaN;
    const abs = Math.abs(n);
    if (!match || abs < min || abs > max || (n < 0 && !allowNegative) || n === 0) {
      const range = allowNegative ? `${min} to ${max} or -${max} to -${min}` : `${min} to ${max}`;
      problems.push(`In ${key}=${value}, "${item}" is not allowed: use whole numbers from ${range}, separated by commas.`);
      return null;
    }
    values.push(n);
  }
  return values;
}

function parseUntil(value: string): { date: string; secondOfDay: number } | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (!parseLocalDate(date)) return null;
  if (match[4] === undefined) return { date, secondOfDay: 86_399 };
  const h = Number(match[4]);
  const m = Number(match[5]);
  const s = Number(match[6]);
  if (h > 23 || m > 59 || s > 59) return null;
  return { date, secondOfDay: h * 3600 + m * 60 + s };
}

/**
 * Parses an RRULE such as "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE" (an optional "RRULE:" prefix is accepted).
 * Every problem is an English sentence naming the part to fix. The time of day and the first day are not
 * part of the rule (they are the series' start time and "valid from" date), so DTSTART, TZID, BYHOUR,
 * BYMINUTE and BYSECOND are refused; so is BYWEEKNO, which rrule.js gets wrong in some years.
 */
export function parseRecurrenceRule(text: string): RuleParseResult {
  const problems: string[] = [];
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length === 0) return { rule: null, problems: ["The rule is empty: write one such as FREQ=MONTHLY;BYDAY=+1TH (first Thursday of every month)."] };
  if (lines.length > 1) {
    return { rule: null, problems: ["Write the rule on a single line, with no DTSTART, RDATE or EXDATE lines: for example FREQ=WEEKLY;BYDAY=TU."] };
  }
  const body = (lines[0] as string).replace(/^RRULE:/i, "");
  const seen = new Set<string>();
  let freq: RuleFrequency | null = null;
  let interval = 1;
  let count: number | null = null;
  let until: ParsedRule["until"] = null;
  let byDay: RuleWeekday[] | null = null;
  let byMonthDay: number[] | null = null;
  let byYearDay: number[] | null = null;
  let byMonth: number[] | null = null;
  let bySetPos: number[] | null = null;
  let weekStart = 1;

  for (const rawPart of body.split(";")) {
    const part = rawPart.trim();
    if (part === "") continue;
    const upper = part.toUpperCase();
    if (upper.startsWith("DTSTART")) {
      problems.push(`Remove "${part}" from the rule: a series starts on its "valid from" date, at its start time.`);
      continue;
    }
    const eq = part.indexOf("=");
    if (eq <= 0 || eq === part.length - 1) {
      problems.push(`The rule part "${part}" is not of the form NAME=VALUE (for example BYDAY=TU).`);
      continue;
    }
    const key = upper.slice(0, eq);
    const value = upper.slice(eq + 1);
    if (seen.has(key)) {
      problems.push(`The rule has ${key} more than once; keep one ${key} part.`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case "FREQ":
        if ((FREQUENCIES as readonly string[]).includes(value)) freq = value as RuleFrequency;
        else if (value === "HOURLY" || value === "MINUTELY" || value === "SECONDLY") {
          problems.push(`FREQ=${value} repeats within a day; a meeting series repeats at most daily. Use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.`);
        } else problems.push(`FREQ=${value} is not a frequency; use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.`);
        break;
      case "INTERVAL": {
        const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
        if (n >= 1 && n <= 1000) interval = n;
        else problems.push(`INTERVAL=${value} is not allowed: use a whole number from 1 to 1000 (INTERVAL=2 means every other period).`);
        break;
      }
      case "COUNT": {
        const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
        if (n >= 1 && n <= 10_000) count = n;
        else problems.push(`COUNT=${value} is not allowed: use a whole number of meetings from 1 to 10000.`);
        break;
      }
      case "UNTIL":
        until = parseUntil(value);
        if (!until) problems.push(`UNTIL=${value} is not a date: write UNTIL=20271231 (or UNTIL=20271231T235959Z). It is read in the branch's time zone.`);
        break;
      case "BYDAY": {
        const days: RuleWeekday[] = [];
        for (const item of value.split(",")) {
          const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          const n = match?.[1] === undefined ? null : Number(match[1]);
          if (!match || n === 0 || (n !== null && Math.abs(n) > 53)) {
            problems.push(`In BYDAY=${value}, "${item}" is not a weekday: use MO, TU, WE, TH, FR, SA or SU, optionally with a position such as +1TH (first Thursday) or -1FR (last Friday).`);
            days.length = 0;
            break;
          }
          days.push({ weekday: WEEKDAY_CODES.indexOf(match[2] as (typeof WEEKDAY_CODES)[number]) + 1, n });
        }
        byDay = days.length > 0 ? days : null;
        break;
      }
      case "BYMONTHDAY":
        byMonthDay = parseIntegerList(key, value, 1, 31, true, problems);
        break;
      case "BYYEARDAY":
        byYearDay = parseIntegerList(key, value, 1, 366, true, problems);
        break;
      case "BYMONTH":
        byMonth = parseIntegerList(key, value, 1, 12, false, problems);
        break;
      case "BYSETPOS":
        bySetPos = parseIntegerList(key, value, 1, 366, true, problems);
        break;
      case "WKST": {
        const index = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
        if (index >= 0) weekStart = index + 1;
        else problems.push(`WKST=${value} is not a weekday; use MO, TU, WE, TH, FR, SA or SU.`);
        break;
      }
      case "TZID":
        problems.push(`Remove TZID from the rule: meetings are in the branch's time zone.`);
        break;
      case "BYHOUR":
      case "BYMINUTE":
      case "BYSECOND":
        problems.push(`Remove ${key} from the rule: the time of day comes from the series' start time.`);
        break;
      case "BYWEEKNO":
        problems.push(
          "BYWEEKNO is not supported: the rule library gets week numbers wrong in some years (2039, 2050). For meetings in odd or even ISO weeks choose odd weeks or even weeks instead of a rule.",
        );
        break;
      default:
        problems.push(`The rule part "${part}" is not supported; use ${SUPPORTED_PARTS}.`);
    }
  }

  if (freq === null && !seen.has("FREQ")) problems.push("The rule needs a FREQ part, for example FREQ=WEEKLY or FREQ=MONTHLY.");
  if (count !== null && until !== null) problems.push("Use COUNT or UNTIL in the rule, not both.");
  if (byDay && freq !== null) {
    const numbered = byDay.filter((d) => d.n !== null);
    if (numbered.length > 0 && (freq === "DAILY" || freq === "WEEKLY")) {
      problems.push(`A position before a weekday (as in +1TH) only works with FREQ=MONTHLY or FREQ=YEARLY, not FREQ=${freq}.`);
    } else if (numbered.some((d) => Math.abs(d.n as number) > 5) && (freq === "MONTHLY" || byMonth !== null)) {
      problems.push("A month has at most 5 of each weekday: use a position from +1 to +5 or -1 to -5 in BYDAY (for example -1FR for the last Friday).");
    }
  }
  if (bySetPos && !byDay && !byMonthDay && !byYearDay && !byMonth) {
    problems.push("BYSETPOS picks from the days the other BY parts give; add one, for example BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (last weekday).");
  }
  if (byMonthDay && byMonth) {
    const months = byMonth;
    const fits = months.some((m) => byMonthDay!.some((d) => Math.abs(d) <= daysInMonth(2000, m)));
    if (!fits) {
      const names = months.map((m) => MONTH_NAMES[m - 1]).join(", ");
      problems.push(`BYMONTHDAY=${byMonthDay.join(",")} never falls in ${names} (BYMONTH=${months.join(",")}), so the rule gives no meetings.`);
    }
  }
  if (problems.length > 0 || freq === null) return { rule: null, problems: problems.length > 0 ? problems : ["The rule needs a FREQ part."] };
  return { rule: { freq, interval, count, until, byDay, byMonthDay, byYearDay, byMonth, bySetPos, weekStart }, problems: [] };
}

const parsedCache = new Map<string, RuleParseResult>();

/** `parseRecurrenceRule`, memoised (the same few rules are expanded over and over). */
export function parseRecurrenceRuleCached(text: string): RuleParseResult {
  let result = parsedCache.get(text);
  if (!result) {
    result = parseRecurrenceRule(text);
    if (parsedCache.size >= 1000) parsedCache.clear();
    parsedCache.set(text, result);
  }
  return result;
}

/** "Every two weeks" in any spelling: FREQ=WEEKLY;INTERVAL=2 (with or without BYDAY). */
export function isEveryOtherWeek(rule: ParsedRule): boolean {
  return rule.freq === "WEEKLY" && rule.interval === 2;
}

const YEARS_PER_CYCLE = 400; // the Gregorian calendar repeats exactly every 400 years
const RRULE_MAX_YEAR = 9999; // where rrule.js stops iterating

function floatingAt(date: string, yearShift: number, hour: number, minute: number, second = 0): Date {
  const p = parseLocalDate(date);
  if (!p) throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
  return new Date(Date.UTC(p.year + yearShift, p.month - 1, p.day, hour, minute, second));
}

/** The first day of the rule's period (year, month, WKST-week or day) that holds `date`. */
function periodStart(rule: ParsedRule, date: string): string {
  switch (rule.freq) {
    case "YEARLY":
      return `${date.slice(0, 4)}-01-01`;
    case "MONTHLY":
      return `${date.slice(0, 7)}-01`;
    case "WEEKLY":
      return addDaysLocal(date, -((isoWeekdayOf(date) - rule.weekStart + 7) % 7));
    case "DAILY":
      return date;
  }
}

/** Whole periods from the period holding `a` to the one holding `b`. */
function periodsBetween(rule: ParsedRule, a: string, b: string): number {
  switch (rule.freq) {
    case "YEARLY":
      return Number(b.slice(0, 4)) - Number(a.slice(0, 4));
    case "MONTHLY":
      return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    case "WEEKLY":
      return (localDateToDayNumber(periodStart(rule, b)) - localDateToDayNumber(periodStart(rule, a))) / 7;
    case "DAILY":
      return localDateToDayNumber(b) - localDateToDayNumber(a);
  }
}

/** `start` moved forward by `periods` periods, to the first day of that period. */
function addPeriods(rule: ParsedRule, start: string, periods: number): string {
  switch (rule.freq) {
    case "YEARLY":
      return `${Number(start.slice(0, 4)) + periods}-01-01`;
    case "MONTHLY": {
      const months = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + periods;
      const month = (months % 12) + 1;
      return `${Math.floor(months / 12)}-${month < 10 ? "0" : ""}${month}-01`;
    }
    case "WEEKLY":
      return dayNumberToLocalDate(localDateToDayNumber(periodStart(rule, start)) + periods * 7);
    case "DAILY":
      return dayNumberToLocalDate(localDateToDayNumber(start) + periods);
  }
}

const FREQ_TO_RRULE: Record<RuleFrequency, number> = { YEARLY: 0, MONTHLY: 1, WEEKLY: 2, DAILY: 3 };

function toRRuleWeekday(day: RuleWeekday): Weekday {
  const weekdays = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
  const weekday = weekdays[day.weekday - 1] as Weekday;
  return day.n === null ? weekday : weekday.nth(day.n);
}

/**
 * Local dates (sorted, "YYYY-MM-DD") on which `rule`, started on `firstDay` at `startTime`, has a meeting
 * within [from, to] (inclusive). `from` before `firstDay` is treated as `firstDay`.
 */
export function ruleDates(rule: ParsedRule, firstDay: string, startTime: string, from: string, to: string): string[] {
  const time = parseLocalTime(startTime);
  const first = parseLocalDate(firstDay);
  if (!time || !first) throw new RangeError(`Not a start (YYYY-MM-DD, HH:MM): "${firstDay}", "${startTime}"`);
  if (from < firstDay) from = firstDay;
  // UNTIL only cuts the end: the last day whose meeting starts no later than UNTIL.
  if (rule.until) {
    const lastDay = time.hour * 3600 + time.minute * 60 <= rule.until.secondOfDay ? rule.until.date : addDaysLocal(rule.until.date, -1);
    if (lastDay < to) to = lastDay;
  }
  if (from > to) return [];

  // Spell out what rrule would derive from dtstart, so that dtstart can move.
  let { byDay, byMonthDay, byMonth } = rule;
  if (!byDay && !byMonthDay && !rule.byYearDay) {
    if (rule.freq === "YEARLY") {
      byMonth = byMonth ?? [first.month];
      byMonthDay = [first.day];
    } else if (rule.freq === "MONTHLY") byMonthDay = [first.day];
    else if (rule.freq === "WEEKLY") byDay = [{ weekday: isoWeekdayOf(firstDay), n: null }];
  }

  // Move dtstart to the start of the period (a multiple of INTERVAL away) that holds `from`.
  let start = firstDay;
  if (rule.count === null && from > firstDay) {
    const periods = Math.floor(periodsBetween(rule, firstDay, from) / rule.interval) * rule.interval;
    if (periods >= 1) start = addPeriods(rule, firstDay, periods);
  }

  // Run 400·k years later, as near rrule's last year as the window allows (see the module comment).
  const shift = Math.max(0, Math.floor((RRULE_MAX_YEAR - Number(to.slice(0, 4))) / YEARS_PER_CYCLE)) * YEARS_PER_CYCLE;
  const options: Partial<Options> = {
    freq: FREQ_TO_RRULE[rule.freq],
    interval: rule.interval,
    wkst: rule.weekStart - 1,
    count: rule.count,
    until: null,
    tzid: null,
    dtstart: floatingAt(start, shift, time.hour, time.minute),
    byweekday: byDay ? byDay.map(toRRuleWeekday) : null,
    bymonthday: byMonthDay,
    byyearday: rule.byYearDay,
    bymonth: byMonth,
    bysetpos: rule.bySetPos,
  };
  const found = new RRule(options, true).between(floatingAt(from, shift, 0, 0), floatingAt(to, shift, 23, 59, 59), true);
  return found.map((date) => {
    const shifted = new Date(date.getTime());
    shifted.setUTCFullYear(shifted.getUTCFullYear() - shift);
    return formatFloatingDate(shifted.getTime());
  });
}
