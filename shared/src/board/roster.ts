import { consecutiveRun, countedTerms, governingTerm, lastDayOf, mayServeAnotherTerm, reappointmentsIn, seatStatusOn, termsOfSeat } from "./status.ts";
import { rosterWarnings } from "./warnings.ts";
import type { RosterStatus, RosterWarning, SeatRecord, StandingAgain, TermKind, TermPolicy, TermRecord } from "./types.ts";

/** One row of the rooster van aftreden: a seat and who holds it on the roster's date. */
export interface RosterRow {
  seatId: string;
  function: string;
  portfolio: string;
  position: number;
  /** Null when the seat is vacant. */
  personId: string | null;
  name: string | null;
  termId: string | null;
  termKind: TermKind | null;
  termStart: string | null;
  /** The last day in office: the end date, or the day someone leaves early. */
  termEnd: string | null;
  reappointments: number;
  /** Terms in a row that count towards the policy's maximum. */
  consecutiveTerms: number;
  standingAgain: StandingAgain | null;
  status: RosterStatus;
  eligibleForReappointment: boolean;
  /** Start of a term already recorded to follow this one on the seat (a reappointment decided in advance, or a successor). */
  nextTermStart: string | null;
}

export interface RetirementDate {
  date: string;
  personIds: string[];
}

export interface Roster {
  asOf: string;
  rows: RosterRow[];
  warnings: RosterWarning[];
  nextRetirements: RetirementDate[];
}

export interface RosterInput {
  seats: SeatRecord[];
  terms: TermRecord[];
  policy: TermPolicy;
  asOf: string;
}

function vacantRow(seat: SeatRecord, nextTermStart: string | null): RosterRow {
  return {
    seatId: seat.id,
    function: seat.function,
    portfolio: seat.portfolio,
    position: seat.position,
    personId: null,
    name: null,
    termId: null,
    termKind: null,
    termStart: null,
    termEnd: null,
    reappointments: 0,
    consecutiveTerms: 0,
    standingAgain: null,
    status: "vacant",
    eligibleForReappointment: false,
    nextTermStart,
  };
}

/** The row of one seat on `asOf`. */
export function rosterRow(seat: SeatRecord, allTerms: TermRecord[], policy: TermPolicy, asOf: string): RosterRow {
  const seatTerms = termsOfSeat(allTerms, seat.id);
  const nextTermStart = seatTerms.find((term) => term.startDate > asOf)?.startDate ?? null;
  const status = seatStatusOn(seatTerms, asOf, policy);
  const term = governingTerm(seatTerms, asOf);
  if (!term || status === "vacant") return vacantRow(seat, nextTermStart);
  const run = consecutiveRun(seatTerms, term);
  return {
    seatId: seat.id,
    function: seat.function,
    portfolio: seat.portfolio,
    position: seat.position,
    personId: term.personId,
    name: term.personName,
    termId: term.id,
    termKind: term.kind,
    termStart: term.startDate,
    termEnd: lastDayOf(term),
    reappointments: reappointmentsIn(run),
    consecutiveTerms: countedTerms(run),
    standingAgain: term.standingAgain,
    status,
    eligibleForReappointment: mayServeAnotherTerm(run, policy),
    nextTermStart,
  };
}

function isOpenOn(seat: SeatRecord, asOf: string): boolean {
  return seat.abolishedOn === null || seat.abolishedOn > asOf;
}

/**
 * Upcoming days on which terms end (periodiek aftreden), earliest first; people whose terms end the
 * same day share a date. A reappointment decided in advance does not remove the date: on the
 * rooster van aftreden a member still retires then, and is reappointed.
 */
export function nextRetirements(rows: RosterRow[], asOf: string): RetirementDate[] {
  const byDate = new Map<string, string[]>();
  for (const row of rows) {
    if (row.personId === null || row.termEnd === null || row.termEnd < asOf) continue;
    byDate.set(row.termEnd, [...(byDate.get(row.termEnd) ?? []), row.personId]);
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, personIds]) => ({ date, personIds }));
}

/** The whole roster on one day: a row per seat that exists then, the warnings and the coming retirement dates. */
export function buildRoster({ seats, terms, policy, asOf }: RosterInput): Roster {
  const rows = seats
    .filter((seat) => isOpenOn(seat, asOf))
    .sort((a, b) => a.position - b.position)
    .map((seat) => rosterRow(seat, terms, policy, asOf));
  return { asOf, rows, warnings: rosterWarnings(rows, asOf, policy), nextRetirements: nextRetirements(rows, asOf) };
}
