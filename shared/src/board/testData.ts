import { DEFAULT_TERM_POLICY, type SeatRecord, type TermRecord } from "./types.ts";

// The demo board (../../../../shared/notes/domain.md): five seats, all elected 2022-08-21 until 2024-08-21.
// Kept next to the tests; not exported from the package.

export const DEMO_BOARD = [
  ["latifa", "Latifa Salmi", "duo-voorzitter"],
  ["yuval", "Yuval Gal", "duo-voorzitter"],
  ["martijn", "Martijn Schackmann", "algemeen bestuurslid"],
  ["nadine", "Nadine Avéres", "secretaris"],
  ["tim", "Tim Kies", "penningmeester"],
] as const;

export const policy = DEFAULT_TERM_POLICY;

export function seat(id: string, position = 0, fn = "bestuurslid"): SeatRecord {
  return { id, function: fn, portfolio: "", position, abolishedOn: null };
}

export function term(overrides: Partial<TermRecord> & Pick<TermRecord, "seatId" | "personId">): TermRecord {
  return {
    id: `${overrides.seatId}:${overrides.startDate ?? "2022-08-21"}`,
    personName: overrides.personId,
    kind: "elected",
    startDate: "2022-08-21",
    endDate: "2024-08-21",
    endedEarlyOn: null,
    standingAgain: "undecided",
    ...overrides,
  };
}

export function demoBoard(): { seats: SeatRecord[]; terms: TermRecord[] } {
  return {
    seats: DEMO_BOARD.map(([id, , fn], position) => seat(`seat-${id}`, position, fn)),
    terms: DEMO_BOARD.map(([id, name]) => term({ seatId: `seat-${id}`, personId: id, personName: name })),
  };
}
