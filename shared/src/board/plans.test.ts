import { describe, expect, it } from "vitest";
import { planDeparture, planInterim, planReappointment } from "./plans.ts";
import { rosterRow } from "./roster.ts";
import { policy, seat, term } from "./testData.ts";

const demoTerm = term({ seatId: "s", personId: "p" });
const rowOn = (asOf: string, terms = [demoTerm]) => rosterRow(seat("s"), terms, policy, asOf);

describe("planReappointment", () => {
  it("starts today when the term has run out, for the policy's length", () => {
    expect(planReappointment(rowOn("2026-11-22"), policy, "2026-11-22")).toEqual({ ok: true, value: { startDate: "2026-11-22", endDate: "2028-11-22" } });
  });

  it("starts on the end date when decided in advance, so the anniversaries stay put", () => {
    expect(planReappointment(rowOn("2024-06-01"), policy, "2024-06-01")).toEqual({ ok: true, value: { startDate: "2024-08-21", endDate: "2026-08-21" } });
  });

  it("refuses while the term is not yet ending soon", () => {
    expect(planReappointment(rowOn("2024-05-20"), policy, "2024-05-20")).toEqual({ ok: false, problem: "not_due" });
    expect(planReappointment(rowOn("2024-05-21"), policy, "2024-05-21").ok).toBe(true);
  });

  it("refuses a start before the current term ends", () => {
    expect(planReappointment(rowOn("2024-06-01"), policy, "2024-06-01", "2024-07-01")).toEqual({ ok: false, problem: "starts_before_term_end" });
  });

  it("refuses when the holder has had the maximum number of terms", () => {
    const oneTermOnly = { ...policy, maxConsecutiveTerms: 1 };
    const row = rosterRow(seat("s"), [demoTerm], oneTermOnly, "2026-11-22");
    expect(planReappointment(row, oneTermOnly, "2026-11-22")).toEqual({ ok: false, problem: "term_limit" });
  });

  it("refuses twice and for a vacant seat", () => {
    const next = term({ seatId: "s", personId: "p", kind: "reappointed", startDate: "2024-08-21", endDate: "2026-08-21" });
    expect(planReappointment(rowOn("2024-06-01", [demoTerm, next]), policy, "2024-06-01")).toEqual({ ok: false, problem: "already_followed_up" });
    expect(planReappointment(rowOn("2024-06-01", []), policy, "2024-06-01")).toEqual({ ok: false, problem: "seat_vacant" });
  });
});

describe("planInterim", () => {
  it("takes over the rest of the predecessor's term", () => {
    const left = term({ seatId: "s", personId: "p", endedEarlyOn: "2023-03-31" });
    expect(planInterim([left], policy, "2023-05-01")).toEqual({ ok: true, value: { startDate: "2023-05-01", endDate: "2024-08-21" } });
  });

  it("gives a full term on a seat whose term has run out", () => {
    expect(planInterim([demoTerm], policy, "2026-11-22")).toEqual({ ok: true, value: { startDate: "2026-11-22", endDate: "2028-11-22" } });
  });

  it("refuses a seat that is held on the start date", () => {
    expect(planInterim([demoTerm], policy, "2023-01-01")).toEqual({ ok: false, problem: "seat_occupied" });
  });

  it("refuses an end before the start, and an overlap with a term recorded later", () => {
    expect(planInterim([], policy, "2026-11-22", "2026-11-01")).toEqual({ ok: false, problem: "ends_before_start" });
    const later = term({ seatId: "s", personId: "q", startDate: "2027-06-01", endDate: "2029-06-01" });
    expect(planInterim([later], policy, "2026-11-22")).toEqual({ ok: false, problem: "overlaps_later_term" });
    expect(planInterim([later], policy, "2026-11-22", "2027-05-31")).toEqual({ ok: true, value: { startDate: "2026-11-22", endDate: "2027-05-31" } });
  });
});

describe("planDeparture", () => {
  it("defaults to today, or to the end of a term that has run out", () => {
    expect(planDeparture(rowOn("2023-06-01"), "2023-06-01")).toEqual({ ok: true, value: "2023-06-01" });
    expect(planDeparture(rowOn("2026-11-22"), "2026-11-22")).toEqual({ ok: true, value: "2024-08-21" });
  });

  it("accepts an announced last day within the term and refuses one outside it", () => {
    expect(planDeparture(rowOn("2023-06-01"), "2023-06-01", "2023-12-31")).toEqual({ ok: true, value: "2023-12-31" });
    expect(planDeparture(rowOn("2023-06-01"), "2023-06-01", "2024-08-22")).toEqual({ ok: false, problem: "outside_term" });
    expect(planDeparture(rowOn("2023-06-01"), "2023-06-01", "2022-08-20")).toEqual({ ok: false, problem: "outside_term" });
    expect(planDeparture(rowOn("2023-06-01", []), "2023-06-01")).toEqual({ ok: false, problem: "seat_vacant" });
  });
});
