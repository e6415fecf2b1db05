import { buildRoster, calendarDays, lastDayOf, proposeStaggering } from "@afdelingsplanner/shared";
import { type BoardResponse, type BoardTermView, type FormerBoardMember, type RosterResponse, type StaggeringResponse } from "@afdelingsplanner/shared/schemas";
import { badRequest } from "../../lib/errors.ts";
import { loadBoardData, type BoardData, type TermRow } from "./load.ts";
import type { Db } from "../../db/client.ts";
import { seatVersion } from "./views.ts";

export interface BranchClock {
  id: string;
  /** Today in the branch's time zone, from the app's clock. */
  today: string;
}

/** The day a roster is asked for: the given one, or today where the branch is. */
function rosterDay(branch: BranchClock, asOf?: string): string {
  if (asOf === undefined) return branch.today;
  // The route schema already checks this; a service called from elsewhere must not trust its caller.
  if (!calendarDays.isCalendarDate(asOf)) throw badRequest(`"${asOf}" is not a date in the calendar. Use YYYY-MM-DD, e.g. 2026-11-22.`, "INVALID_DATE");
  return asOf;
}

function rosterFrom(data: BoardData, asOf: string): RosterResponse {
  const roster = buildRoster({ ...data, asOf });
  return {
    asOf,
    policy: data.policy,
    entries: roster.rows.map(({ position: _position, ...entry }) => entry),
    warnings: roster.warnings,
    nextRetirements: roster.nextRetirements,
  };
}

export async function getRoster(db: Db, branch: BranchClock, asOf?: string): Promise<RosterResponse> {
  const day = rosterDay(branch, asOf);
  return rosterFrom(await loadBoardData(db, branch.id), day);
}

export function toTermView(term: TermRow): BoardTermView {
  return {
    termId: term.id,
    seatId: term.seatId,
    personId: term.personId,
    name: term.personName,
    kind: term.kind,
    startDate: term.startDate,
    endDate: term.endDate,
    endedEarlyOn: term.endedEarlyOn,
    decidedOn: term.decidedOn,
    decisionNote: term.decisionNote,
    standingAgain: term.standingAgain,
  };
}

/** People who held a seat before and hold none now, most recently left first. */
function formerMembers(data: BoardData, currentHolders: Set<string>, today: string): FormerBoardMember[] {
  const functionOf = new Map(data.seats.map((seat) => [seat.id, seat.function]));
  const byPerson = new Map<string, TermRow[]>();
  for (const term of data.terms) byPerson.set(term.personId, [...(byPerson.get(term.personId) ?? []), term]);
  const former: FormerBoardMember[] = [];
  for (const [personId, terms] of byPerson) {
    const first = terms[0];
    if (!first || currentHolders.has(personId) || first.startDate > today) continue;
    former.push({
      personId,
      name: first.personName,
      functions: [...new Set(terms.map((term) => functionOf.get(term.seatId) ?? ""))].filter(Boolean),
      firstStart: first.startDate,
      lastDay: terms.map(lastDayOf).reduce(calendarDays.laterOf),
    });
  }
  return former.sort((a, b) => (a.lastDay < b.lastDay ? 1 : -1));
}

/** The board today: each seat with its holder, status and full term history (for the timeline), and former members. */
export async function getBoard(db: Db, branch: BranchClock): Promise<BoardResponse> {
  const today = branch.today;
  const data = await loadBoardData(db, branch.id);
  const rows = buildRoster({ ...data, asOf: today }).rows;
  const seats = data.seats.filter((seat) => rows.some((row) => row.seatId === seat.id));
  const holders = new Set(rows.flatMap((row) => (row.personId === null ? [] : [row.personId])));
  return {
    asOf: today,
    seats: seats.map((seat) => {
      const row = rows.find((candidate) => candidate.seatId === seat.id);
      return {
        seatId: seat.id,
        function: seat.function,
        portfolio: seat.portfolio,
        responsibilities: seat.responsibilities,
        position: seat.position,
        holder: row?.personId && row.name ? { personId: row.personId, name: row.name } : null,
        status: row?.status ?? "vacant",
        termEnd: row?.termEnd ?? null,
        terms: data.terms.filter((term) => term.seatId === seat.id).map(toTermView),
        version: seatVersion(seat),
      };
    }),
    formerMembers: formerMembers(data, holders, today),
    abolishedSeats: data.seats
      .flatMap((seat) => (seat.abolishedOn !== null && seat.abolishedOn <= today ? [{ ...seat, abolishedOn: seat.abolishedOn }] : []))
      .sort((a, b) => (a.abolishedOn < b.abolishedOn ? 1 : -1))
      .map((seat) => ({
        seatId: seat.id,
        function: seat.function,
        portfolio: seat.portfolio,
        abolishedOn: seat.abolishedOn,
        terms: data.terms.filter((term) => term.seatId === seat.id).map(toTermView),
      })),
  };
}

/** The staggering proposal for today, if the roster has a continuity risk to fix. */
export async function getStaggeringProposal(db: Db, branch: BranchClock): Promise<StaggeringResponse> {
  const today = branch.today;
  const data = await loadBoardData(db, branch.id);
  return { proposal: proposeStaggering(buildRoster({ ...data, asOf: today }).rows, data.policy, today) };
}
