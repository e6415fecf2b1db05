import { describe, expect, it } from "vitest";
import { buildRoster } from "./roster.ts";
import { seatStatusOn } from "./status.ts";
import { demoBoard, policy, seat, term } from "./testData.ts";

describe("status on a date: the demo term 2022-08-21 → 2024-08-21, window of three months", () => {
  const terms = [term({ seatId: "s", personId: "p" })];

  it.each([
    ["2022-08-20", "vacant"], // before the first term began
    ["2022-08-21", "active"], // the first day counts
    ["2023-06-01", "active"],
    ["2024-05-20", "active"], // the day before the window opens
    ["2024-05-21", "ending_soon"], // three months before the end: the window opens
    ["2024-08-20", "ending_soon"], // the day before the end
    ["2024-08-21", "ending_soon"], // the end date itself still belongs to the term
    ["2024-08-22", "expired"], // the day after
    ["2026-11-22", "expired"], // today in the demo
  ] as const)("on %s the seat is %s", (asOf, expected) => {
    expect(seatStatusOn(terms, asOf, policy)).toBe(expected);
  });

  it("follows the policy's window", () => {
    const noWindow = { ...policy, endingSoonWindowMonths: 0 };
    expect(seatStatusOn(terms, "2024-08-20", noWindow)).toBe("active");
    expect(seatStatusOn(terms, "2024-08-21", noWindow)).toBe("ending_soon");
    const sixMonths = { ...policy, endingSoonWindowMonths: 6 };
    expect(seatStatusOn(terms, "2024-02-20", sixMonths)).toBe("active");
    expect(seatStatusOn(terms, "2024-02-21", sixMonths)).toBe("ending_soon");
  });

  it("is not ending soon when a follow-up term is already recorded", () => {
    const followedUp = [...terms, term({ seatId: "s", personId: "p", kind: "reappointed", startDate: "2024-08-21", endDate: "2026-08-21" })];
    expect(seatStatusOn(followedUp, "2024-07-01", policy)).toBe("active");
    expect(seatStatusOn(followedUp, "2024-08-22", policy)).toBe("active");
  });

  it("is vacant after a recorded departure, and ending soon before the announced last day", () => {
    const leaving = [term({ seatId: "s", personId: "p", endedEarlyOn: "2023-12-31" })];
    expect(seatStatusOn(leaving, "2023-11-01", policy)).toBe("ending_soon");
    expect(seatStatusOn(leaving, "2023-12-31", policy)).toBe("ending_soon");
    expect(seatStatusOn(leaving, "2024-01-01", policy)).toBe("vacant");
  });

  it("is vacant for a seat that never had a term", () => {
    expect(seatStatusOn([], "2024-01-01", policy)).toBe("vacant");
  });
});

describe("the demo roster", () => {
  it.each([
    ["2026-11-22", "expired"],
    ["2024-06-15", "ending_soon"],
    ["2023-06-15", "active"],
  ] as const)("on %s shows all five as %s, reappointed 0 times", (asOf, status) => {
    const roster = buildRoster({ ...demoBoard(), policy, asOf });
    expect(roster.rows).toHaveLength(5);
    for (const row of roster.rows) expect(row).toMatchObject({ status, reappointments: 0, termStart: "2022-08-21", termEnd: "2024-08-21", eligibleForReappointment: true });
  });

  it("lists the next retirement date with everyone leaving on it", () => {
    const roster = buildRoster({ ...demoBoard(), policy, asOf: "2023-06-15" });
    expect(roster.nextRetirements).toEqual([{ date: "2024-08-21", personIds: ["latifa", "yuval", "martijn", "nadine", "tim"] }]);
    expect(buildRoster({ ...demoBoard(), policy, asOf: "2026-11-22" }).nextRetirements).toEqual([]);
  });

  it("leaves out a seat once it is abolished", () => {
    const board = demoBoard();
    const seats = board.seats.map((entry) => (entry.id === "seat-tim" ? { ...entry, abolishedOn: "2025-01-01" } : entry));
    expect(buildRoster({ seats, terms: board.terms, policy, asOf: "2024-12-31" }).rows).toHaveLength(5);
    expect(buildRoster({ seats, terms: board.terms, policy, asOf: "2025-01-01" }).rows).toHaveLength(4);
  });

  it("shows a vacant seat without a person", () => {
    const roster = buildRoster({ seats: [seat("empty", 0, "penningmeester")], terms: [], policy, asOf: "2024-01-01" });
    expect(roster.rows[0]).toMatchObject({ status: "vacant", personId: null, name: null, termEnd: null, eligibleForReappointment: false });
  });
});
