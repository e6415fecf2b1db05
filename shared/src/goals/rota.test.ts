import { describe, expect, it } from "vitest";
import { dutyFor, dutyWeeks, rotaHasEnded, rotationPersonFor, rotaWeeksToShow, swapWeeks, type RotaDefinition } from "./rota.ts";

const rota: RotaDefinition = { anchorWeek: "2026-W36", memberIds: ["latifa", "martijn", "priya"], overrides: new Map() };

describe("who is on duty", () => {
  it.each([
    ["2026-W36", "latifa"], // the anchor week: the first in the order
    ["2026-W37", "martijn"],
    ["2026-W38", "priya"],
    ["2026-W39", "latifa"], // round again
    ["2026-W35", "priya"], // before the anchor, the rotation runs backwards
    ["2026-W47", "priya"], // eleven weeks on: 11 mod 3 = 2
    ["2026-W53", "priya"], // the 53rd week of 2026 is a week like any other
    ["2027-W01", "latifa"],
  ])("in %s it is %s", (week, person) => {
    expect(rotationPersonFor(rota, week)).toBe(person);
  });

  it("lists this week and the coming ones, from any day of this week", () => {
    expect(dutyWeeks(rota, "2026-11-22", 3)).toEqual([
      { week: "2026-W47", monday: "2026-11-16", sunday: "2026-11-22", personId: "priya", swapped: false },
      { week: "2026-W48", monday: "2026-11-23", sunday: "2026-11-29", personId: "latifa", swapped: false },
      { week: "2026-W49", monday: "2026-11-30", sunday: "2026-12-06", personId: "martijn", swapped: false },
    ]);
  });

  it("lets a recorded swap decide its week", () => {
    const swapped = { ...rota, overrides: new Map([["2026-W48", "priya"]]) };
    expect(dutyFor(swapped, "2026-W48")).toMatchObject({ personId: "priya", swapped: true });
  });

  it("names nobody for a rota without members", () => {
    expect(dutyFor({ ...rota, memberIds: [] }, "2026-W48").personId).toBeNull();
  });
});

describe("swapping two weeks", () => {
  it("gives each week the other's person", () => {
    expect(swapWeeks(rota, "2026-W48", "2026-W49")).toEqual({ problems: [], changes: [{ week: "2026-W48", personId: "martijn" }, { week: "2026-W49", personId: "latifa" }] });
  });

  it("drops the overrides when swapping back", () => {
    const swapped = { ...rota, overrides: new Map([["2026-W48", "martijn"], ["2026-W49", "latifa"]]) };
    expect(swapWeeks(swapped, "2026-W48", "2026-W49").changes).toEqual([{ week: "2026-W48", personId: null }, { week: "2026-W49", personId: null }]);
  });

  it.each([
    ["the same week twice", "2026-W48", "2026-W48", /different weeks/],
    ["a week that does not exist", "2027-W53", "2026-W48", /ISO weeks that exist/],
    ["two weeks of the same person", "2026-W36", "2026-W39", /same person/],
  ])("refuses %s", (_label, a, b, message) => {
    const result = swapWeeks(rota, a, b);
    expect(result.changes).toEqual([]);
    expect(result.problems.join(" ")).toMatch(message);
  });
});

describe("an ended rota", () => {
  // Ended in week 47 of 2026: its last duty week is W47, nobody after.
  const ended: RotaDefinition = { ...rota, lastWeek: "2026-W47" };

  it("names nobody after its last week, and keeps the weeks before as they were", () => {
    expect(dutyFor(ended, "2026-W47").personId).toBe("priya");
    expect(dutyFor(ended, "2026-W48")).toMatchObject({ personId: null, swapped: false });
    // A swap recorded for a week after the end no longer counts.
    expect(dutyFor({ ...ended, overrides: new Map([["2026-W49", "latifa"]]) }, "2026-W49").personId).toBeNull();
    // Across the year boundary: 2027-W01 comes after 2026-W53.
    expect(dutyFor({ ...rota, lastWeek: "2026-W53" }, "2027-W01").personId).toBeNull();
  });

  it("has ended once its last week is over, not during it", () => {
    expect(rotaHasEnded(ended, "2026-11-22")).toBe(false); // Sunday of W47
    expect(rotaHasEnded(ended, "2026-11-23")).toBe(true); // Monday of W48
    expect(rotaHasEnded(rota, "2030-01-01")).toBe(false);
  });

  it("shows its last weeks up to the end once ended, and the coming weeks while it runs", () => {
    expect(rotaWeeksToShow(ended, "2026-12-10", 3).map((week) => [week.week, week.personId])).toEqual([
      ["2026-W45", "latifa"],
      ["2026-W46", "martijn"],
      ["2026-W47", "priya"],
    ]);
    expect(rotaWeeksToShow(ended, "2026-11-22", 2).map((week) => week.week)).toEqual(["2026-W47", "2026-W48"]);
  });

  it("refuses a swap with a week after the end", () => {
    const result = swapWeeks(ended, "2026-W47", "2026-W48");
    expect(result.changes).toEqual([]);
    expect(result.problems.join(" ")).toMatch(/ends after 2026-W47/);
  });
});
