import { describe, expect, it } from "vitest";
import { rosterRow } from "./roster.ts";
import { policy, seat, term } from "./testData.ts";
import type { TermRecord } from "./types.ts";

/** `count` consecutive two-year terms of one person on seat "s", the first elected in 2018. */
function termsInARow(count: number, personId = "p"): TermRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const year = 2018 + index * 2;
    return term({ seatId: "s", personId, kind: index === 0 ? "elected" : "reappointed", startDate: `${year}-09-01`, endDate: `${year + 2}-09-01` });
  });
}

const rowOn = (terms: TermRecord[], asOf: string, rules = policy) => rosterRow(seat("s"), terms, rules, asOf);

describe("reappointments and eligibility under a maximum of three consecutive terms", () => {
  it.each([
    [1, 0, true],
    [2, 1, true],
    [3, 2, false], // the third term is the last one allowed
  ])("after %i term(s): reappointed %i times, eligible: %s", (count, reappointments, eligible) => {
    const terms = termsInARow(count);
    const asOf = terms.at(-1)?.startDate ?? "";
    expect(rowOn(terms, asOf)).toMatchObject({ reappointments, consecutiveTerms: count, eligibleForReappointment: eligible });
  });

  it("counts from the history as of the date asked, not the latest row", () => {
    const terms = termsInARow(3);
    expect(rowOn(terms, "2019-01-01")).toMatchObject({ reappointments: 0, eligibleForReappointment: true, nextTermStart: "2020-09-01" });
    expect(rowOn(terms, "2021-01-01")).toMatchObject({ reappointments: 1, nextTermStart: "2022-09-01" });
    expect(rowOn(terms, "2023-01-01")).toMatchObject({ reappointments: 2, nextTermStart: null, eligibleForReappointment: false });
  });

  it("keeps counting across a gap in which nobody held the seat (a lapsed board reappointed later)", () => {
    const terms = [
      term({ seatId: "s", personId: "p" }),
      term({ seatId: "s", personId: "p", kind: "reappointed", startDate: "2026-11-22", endDate: "2028-11-22" }),
    ];
    expect(rowOn(terms, "2026-11-22")).toMatchObject({ status: "active", reappointments: 1, consecutiveTerms: 2 });
  });

  it("starts again after someone else held the seat", () => {
    const terms = [
      term({ seatId: "s", personId: "p", startDate: "2016-09-01", endDate: "2018-09-01" }),
      term({ seatId: "s", personId: "q", startDate: "2018-09-01", endDate: "2020-09-01" }),
      term({ seatId: "s", personId: "p", startDate: "2020-09-01", endDate: "2022-09-01" }),
    ];
    expect(rowOn(terms, "2021-01-01")).toMatchObject({ personId: "p", reappointments: 0, consecutiveTerms: 1 });
  });

  it("does not count an interim term towards the maximum, but does count the reappointment after it", () => {
    const terms = [
      term({ seatId: "s", personId: "p", kind: "interim", startDate: "2017-03-01", endDate: "2018-09-01" }),
      ...termsInARow(2),
    ];
    expect(rowOn(terms, "2020-09-01")).toMatchObject({ reappointments: 2, consecutiveTerms: 2, eligibleForReappointment: true });
  });

  it("follows a stricter policy", () => {
    expect(rowOn(termsInARow(1), "2018-09-01", { ...policy, maxConsecutiveTerms: 1 }).eligibleForReappointment).toBe(false);
  });
});
