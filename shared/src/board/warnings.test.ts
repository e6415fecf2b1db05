import { describe, expect, it } from "vitest";
import { buildRoster } from "./roster.ts";
import { demoBoard, policy, seat, term } from "./testData.ts";
import { isContinuityRisk } from "./warnings.ts";

const codes = (asOf: string, board = demoBoard()) => buildRoster({ ...board, policy, asOf }).warnings.map((warning) => warning.code);

describe("warnings on the demo board", () => {
  it("today: five terms ended without a decision, all on the same day", () => {
    const { warnings } = buildRoster({ ...demoBoard(), policy, asOf: "2026-11-22" });
    expect(warnings.map((warning) => warning.code)).toEqual(["ended_without_decision", "same_end_date"]);
    const [ended, sameDay] = warnings;
    expect(ended?.personIds).toEqual(["latifa", "yuval", "martijn", "nadine", "tim"]);
    expect(ended?.message).toBe(
      "De termijnen van Latifa Salmi, Yuval Gal, Martijn Schackmann, Nadine Avéres en Tim Kies zijn afgelopen, zonder besluit over herbenoeming of vertrek.",
    );
    expect(sameDay?.message).toMatch(/^Alle vijf termijnen eindigden op dezelfde dag, 21 augustus 2024: het hele bestuur trad tegelijk af\./);
    expect(sameDay?.personIds).toHaveLength(5);
  });

  it("in 2023: only the continuity risk, in the future tense", () => {
    const { warnings } = buildRoster({ ...demoBoard(), policy, asOf: "2023-06-15" });
    expect(warnings).toEqual([expect.objectContaining({ code: "same_end_date", message: expect.stringMatching(/^Alle vijf termijnen eindigen op dezelfde dag, 21 augustus 2024: dan treedt/) })]);
  });

  it("names the people when several but not all terms end together", () => {
    const board = demoBoard();
    board.terms = board.terms.map((entry) => (entry.personId === "tim" ? { ...entry, endDate: "2025-08-21" } : entry));
    const [warning] = buildRoster({ ...board, policy, asOf: "2023-06-15" }).warnings;
    expect(warning).toMatchObject({ code: "same_end_date", personIds: ["latifa", "yuval", "martijn", "nadine"] });
    expect(warning?.message).toMatch(/^Vier termijnen eindigen op dezelfde dag, 21 augustus 2024 \(Latifa Salmi, Yuval Gal, Martijn Schackmann en Nadine Avéres\): een risico voor de continuïteit/);
  });

  it("says one expired term with its date", () => {
    const board = { seats: [seat("s")], terms: [term({ seatId: "s", personId: "p", personName: "Tim Kies" })] };
    const [warning] = buildRoster({ ...board, policy, asOf: "2024-09-01" }).warnings;
    expect(warning).toEqual({ code: "ended_without_decision", message: "De termijn van Tim Kies is op 21 augustus 2024 afgelopen, zonder besluit over herbenoeming of vertrek.", personIds: ["p"] });
  });

  it("reports vacant seats by function", () => {
    const board = demoBoard();
    board.terms = board.terms.map((entry) => (entry.personId === "tim" || entry.personId === "nadine" ? { ...entry, endedEarlyOn: "2023-01-31" } : entry));
    const { warnings } = buildRoster({ ...board, policy, asOf: "2023-06-15" });
    expect(warnings.find((warning) => warning.code === "vacant_seat")).toEqual({
      code: "vacant_seat",
      message: "Er zijn twee vacatures in het bestuur: secretaris en penningmeester.",
      personIds: [],
    });
    // Three of the four remaining terms still end together: more than half, so still a risk.
    expect(codes("2023-06-15", board)).toEqual(["same_end_date", "vacant_seat"]);
  });

  it("warns about someone over the term limit", () => {
    const terms = [2016, 2018, 2020, 2022].map((year, index) =>
      term({ seatId: "s", personId: "p", personName: "Tim Kies", kind: index === 0 ? "elected" : "reappointed", startDate: `${year}-09-01`, endDate: `${year + 2}-09-01` }),
    );
    const { warnings } = buildRoster({ seats: [seat("s")], terms, policy, asOf: "2023-01-01" });
    expect(warnings).toEqual([{ code: "over_term_limit", message: "Tim Kies zit vier termijnen achter elkaar in het bestuur, meer dan het maximum van drie.", personIds: ["p"] }]);
  });

  it("has nothing to say about a staggered board", () => {
    const board = demoBoard();
    board.terms = board.terms.map((entry, index) => (index % 2 === 1 ? { ...entry, endDate: "2023-08-21" } : entry));
    expect(codes("2023-01-15", board)).toEqual([]);
  });
});

describe("isContinuityRisk: more than half, rounded up, ending on one day", () => {
  it.each([
    [2, 2, true],
    [1, 2, false],
    [2, 3, false],
    [3, 3, true],
    [3, 5, false], // the larger half of a staggered five-seat board
    [4, 5, true],
    [5, 5, true],
    [1, 1, false], // a board of one cannot stagger
  ])("%i of %i → %s", (together, held, expected) => {
    expect(isContinuityRisk(together, held)).toBe(expected);
  });
});
