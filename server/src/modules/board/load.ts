import { DEFAULT_TERM_POLICY, calendarDays, type SeatRecord, type TermRecord } from "@afdelingsplanner/shared";
import { type TermPolicyView } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** Reads work on the client or inside a transaction alike. */
export interface SeatRow extends SeatRecord {
  responsibilities: string;
}

export interface TermRow extends TermRecord {
  decidedOn: string | null;
  decisionNote: string;
}

export interface BoardData {
  seats: SeatRow[];
  terms: TermRow[];
  policy: TermPolicyView;
}

const isoOrNull = (date: Date | null) => (date === null ? null : calendarDays.isoDateOf(date));

export const termSelect = {
  id: true,
  seatId: true,
  personId: true,
  kind: true,
  startDate: true,
  endDate: true,
  endedEarlyOn: true,
  decidedOn: true,
  decisionNote: true,
  standingAgain: true,
  person: { select: { name: true } },
} as const satisfies Prisma.BoardTermSelect;

type SelectedTerm = Prisma.BoardTermGetPayload<{ select: typeof termSelect }>;

export function toTermRow(term: SelectedTerm & { seatId: string }): TermRow {
  return {
    id: term.id,
    seatId: term.seatId,
    personId: term.personId,
    personName: term.person.name,
    kind: term.kind,
    startDate: calendarDays.isoDateOf(term.startDate),
    endDate: calendarDays.isoDateOf(term.endDate),
    endedEarlyOn: isoOrNull(term.endedEarlyOn),
    standingAgain: term.standingAgain,
    decidedOn: isoOrNull(term.decidedOn),
    decisionNote: term.decisionNote,
  };
}

async function loadPolicy(db: Db, branchId: string): Promise<TermPolicyView> {
  const stored = await db.boardTermPolicy.findUnique({
    where: { branchId },
    select: { termLengthMonths: true, maxConsecutiveTerms: true, endingSoonWindowMonths: true, version: true },
  });
  // A branch that never set a policy works under the defaults, as version 1 (the version its first save must name).
  return stored ?? { ...DEFAULT_TERM_POLICY, version: 1 };
}

/** Everything the roster is computed from, for one branch. Terms whose seat was deleted only matter to the history. */
export async function loadBoardData(db: Db, branchId: string): Promise<BoardData> {
  const [seats, terms, policy] = await Promise.all([
    db.boardSeat.findMany({
      where: { branchId },
      orderBy: [{ position: "asc" }, { function: "asc" }],
      select: { id: true, function: true, portfolio: true, responsibilities: true, position: true, abolishedOn: true },
    }),
    db.boardTerm.findMany({ where: { branchId, seatId: { not: null } }, orderBy: [{ startDate: "asc" }, { createdAt: "asc" }], select: termSelect }),
    loadPolicy(db, branchId),
  ]);
  return {
    seats: seats.map((seat) => ({ ...seat, abolishedOn: isoOrNull(seat.abolishedOn) })),
    terms: terms.flatMap((term) => (term.seatId === null ? [] : [toTermRow({ ...term, seatId: term.seatId })])),
    policy,
  };
}
