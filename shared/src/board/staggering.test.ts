import { describe, expect, it } from "vitest";
import { buildRoster } from "./roster.ts";
import { proposeStaggering } from "./staggering.ts";
import { demoBoard, policy } from "./testData.ts";
import type { TermRecord } from "./types.ts";

const rowsOn = (asOf: string, board = demoBoard()) => buildRoster({ ...board, policy, asOf }).rows;

describe("proposeStaggering", () => {
  it("gives the expired demo board new terms from today, alternately two years and one", () => {
    const proposal = proposeStaggering(rowsOn("2026-11-22"), policy, "2026-11-22");
    expect(proposal?.sharedEndDate).toBe("2024-08-21");
    expect(proposal?.skipped).toEqual([]);
    expect(proposal?.terms.map((entry) => [entry.personId, entry.startDate, entry.endDate, entry.months])).toEqual([
      ["latifa", "2026-11-22", "2028-11-22", 24],
      ["yuval", "2026-11-22", "2027-11-22", 12],
      ["martijn", "2026-11-22", "2028-11-22", 24],
      ["nadine", "2026-11-22", "2027-11-22", 12],
      ["tim", "2026-11-22", "2028-11-22", 24],
    ]);
  });

  it("starts the new terms when the running ones end", () => {
    const proposal = proposeStaggering(rowsOn("2024-06-15"), policy, "2024-06-15");
    expect(new Set(proposal?.terms.map((entry) => entry.startDate))).toEqual(new Set(["2024-08-21"]));
    expect(new Set(proposal?.terms.map((entry) => entry.endDate))).toEqual(new Set(["2026-08-21", "2025-08-21"]));
  });

  it("leaves a roster without a continuity risk once applied", () => {
    const board = demoBoard();
    const proposal = proposeStaggering(rowsOn("2026-11-22", board), policy, "2026-11-22");
    const newTerms: TermRecord[] = (proposal?.terms ?? []).map((entry) => ({
      id: `new-${entry.seatId}`,
      seatId: entry.seatId,
      personId: entry.personId,
      personName: entry.name,
      kind: "reappointed",
      startDate: entry.startDate,
      endDate: entry.endDate,
      endedEarlyOn: null,
      standingAgain: "undecided",
    }));
    const after = { seats: board.seats, terms: [...board.terms, ...newTerms] };
    const roster = buildRoster({ ...after, policy, asOf: "2026-11-22" });
    expect(roster.warnings).toEqual([]);
    expect(roster.rows.every((row) => row.status === "active" && row.reappointments === 1)).toBe(true);
    expect(roster.nextRetirements.map((entry) => [entry.date, entry.personIds.length])).toEqual([
      ["2027-11-22", 2],
      ["2028-11-22", 3],
    ]);
    expect(proposeStaggering(roster.rows, policy, "2026-11-22")).toBeNull();
  });

  it("skips people who will not stand again or may not, and alternates among the rest", () => {
    const board = demoBoard();
    board.terms = board.terms.map((entry) => (entry.personId === "yuval" ? { ...entry, standingAgain: "no" } : entry));
    const strict = { ...policy, maxConsecutiveTerms: 3 };
    const rows = buildRoster({ ...board, policy: strict, asOf: "2026-11-22" }).rows.map((row) => (row.personId === "tim" ? { ...row, eligibleForReappointment: false } : row));
    const proposal = proposeStaggering(rows, strict, "2026-11-22");
    expect(proposal?.skipped.map((entry) => [entry.personId, entry.reason])).toEqual([
      ["yuval", "not_standing_again"],
      ["tim", "term_limit"],
    ]);
    expect(proposal?.terms.map((entry) => [entry.personId, entry.months])).toEqual([
      ["latifa", 24],
      ["martijn", 12],
      ["nadine", 24],
    ]);
  });

  it("rounds an odd term length to whole months for the short half", () => {
    const proposal = proposeStaggering(rowsOn("2026-11-22"), { ...policy, termLengthMonths: 36 }, "2026-11-22");
    expect(proposal?.terms.map((entry) => entry.months)).toEqual([36, 18, 36, 18, 36]);
  });
});
