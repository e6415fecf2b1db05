// Clash warnings while scheduling (issue 18): the holidays the server computes, and the three check routes,
// which answer the warnings as data and save nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { ClashView } from "@afdelingsplanner/shared/schemas";
import { dutchDaysOff } from "../../server/src/modules/calendar/holidays.ts";
import { DEMO, bearer, login, useTestApp, type Session } from "../support/app.ts";

describe("Dutch days off (date-holidays and the school holiday table)", () => {
  it.each([
    ["2026-12-25", "Eerste Kerstdag"],
    ["2026-12-26", "Tweede kerstdag"],
    ["2026-04-27", "Koningsdag"], // a Monday
    ["2025-04-26", "Koningsdag"], // 27 April 2025 is a Sunday: Koningsdag moves to the Saturday before
    ["2031-04-26", "Koningsdag"], // and again in 2031
  ])("%s is a public holiday: %s", (date, name) => {
    expect(dutchDaysOff(date, date, "midden").filter((day) => day.kind === "public")).toEqual([{ from: date, to: date, name, kind: "public" }]);
  });

  it("has no Koningsdag on a Sunday the 27th", () => {
    expect(dutchDaysOff("2025-04-27", "2025-04-27", "midden").filter((day) => day.kind === "public")).toEqual([]);
  });

  it("knows the school holidays of the branch's region (The Hague: midden)", () => {
    const names = (from: string, region: "noord" | "midden" | "zuid") => dutchDaysOff(from, from, region).filter((day) => day.kind === "school").map((day) => day.name);
    expect(names("2026-12-25", "midden")).toEqual(["Kerstvakantie"]);
    expect(names("2026-08-25", "midden")).toEqual(["Zomervakantie"]); // midden's summer runs to 30 August 2026
    expect(names("2026-08-25", "noord")).toEqual([]); // noord's ended on the 16th
    expect(names("2026-10-12", "zuid")).toEqual(["Herfstvakantie"]);
    expect(names("2026-10-12", "midden")).toEqual([]);
  });
});

const ctx = useTestApp();
const B = "/api/branches/den-haag";
let tim: Session;

async function post(url: string, payload: object) {
  const response = await ctx.app.inject({ method: "POST", url, headers: bearer(tim), payload });
  return { status: response.statusCode, body: response.json() as { clashes: ClashView[]; from: string; to: string; error?: { code: string } } };
}

const seriesOf = async (kind: string) => {
  const response = await ctx.app.inject({ method: "GET", url: `${B}/series`, headers: bearer(tim) });
  const found = (response.json().series as { id: string; kind: string; version: number }[]).find((series) => series.kind === kind);
  if (!found) throw new Error(`The demo has no ${kind} series`);
  return found;
};

/** What the database holds of the calendar: a check must leave it as it was. */
const calendarRows = async () => [await ctx.db.meetingSeries.count(), await ctx.db.occurrenceException.count(), await ctx.db.auditEntry.count()];

beforeAll(async () => {
  tim = await login(ctx.app, DEMO.treasurer);
});

describe("checking a series before saving it", () => {
  it("warns that the demo's branch meeting falls on Eerste Kerstdag and in kerstvakantie, each with a suggested date; nothing is saved", async () => {
    const before = await calendarRows();
    // The demo's own series (last Friday of the month) as it stands, and the same rule as a new series.
    const demo = await seriesOf("branch_meeting");
    const changed = await post(`${B}/series/${demo.id}/check`, { version: demo.version });
    const created = await post(`${B}/series/check`, {
      kind: "branch_meeting",
      title: "Afdelingsbijeenkomst",
      recurrence: { kind: "rrule", rule: "FREQ=MONTHLY;BYDAY=-1FR" },
      startTime: "19:30",
      durationMinutes: 150,
      validFrom: "2026-11-01",
    });
    for (const answer of [changed, created]) {
      expect(answer.status).toBe(200);
      expect(answer.body.from).toBe("2026-11-22"); // from today on, not from the series' first day
      expect(answer.body.clashes.find((clash) => clash.date === "2026-12-25" && clash.kind === "school_holiday")).toMatchObject({ holiday: "Kerstvakantie", suggestedDate: "2026-12-18" });
    }
    const holiday = (answer: typeof changed) => answer.body.clashes.find((clash) => clash.date === "2026-12-25" && clash.kind === "public_holiday");
    // Not Tweede kerstdag (the 26th), nor Thursday the 24th: Organizing meets then, with members in common. Sunday the 27th.
    expect(holiday(changed)).toMatchObject({ holiday: "Eerste Kerstdag", suggestedDate: "2026-12-27" });
    // A second branch meeting shares the demo's evening already, so an evening shared with Organizing is no new kind of clash.
    expect(created.body.clashes.find((clash) => clash.date === "2026-12-25" && clash.kind === "shared_members_same_evening")?.meetings.map((meeting) => meeting.title)).toEqual(["Afdelingsbijeenkomst"]);
    expect(holiday(created)).toMatchObject({ holiday: "Eerste Kerstdag", suggestedDate: "2026-12-24" });
    expect(await calendarRows()).toEqual(before);
  });

  it("refuses a body the save would refuse, with the save's code", async () => {
    const answer = await post(`${B}/series/check`, { kind: "working_group", title: "Zonder groep", recurrence: { kind: "even_weeks", weekday: 1 }, startTime: "19:30", durationMinutes: 60, validFrom: "2026-12-01" });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("INVALID_SCHEDULE");
  });
});

describe("checking a move of one meeting before saving it", () => {
  it("warns that a board meeting moved onto Communicatie's Monday in an even week is against the rhythm and shares members that evening", async () => {
    const board = await seriesOf("board");
    const before = await calendarRows();
    // The board meets on Tuesday 1 December (week 49); Communicatie on Monday 7 December (week 50).
    const answer = await post(`${B}/series/${board.id}/occurrences/2026-12-01/check`, { status: "moved", start: "2026-12-07T19:30", end: "2026-12-07T21:30", reason: "Zaal bezet", expectedVersion: null });
    expect(answer.status).toBe(200);
    const kinds = answer.body.clashes.map((clash) => clash.kind);
    expect(kinds).toEqual(expect.arrayContaining(["wrong_week_parity", "shared_members_same_evening", "member_week_overloaded"]));
    const evening = answer.body.clashes.find((clash) => clash.kind === "shared_members_same_evening");
    expect(evening?.meetings.map((meeting) => meeting.title)).toEqual(["Werkgroep Communicatie"]);
    expect(evening?.people.map((person) => person.name)).toContain("Latifa Salmi");
    expect(evening?.count).toBe(evening?.people.length);
    expect(answer.body.clashes.find((clash) => clash.kind === "wrong_week_parity")).toMatchObject({ expectedParity: "odd", week: "2026-W50", suggestedDate: expect.any(String) });
    expect(await calendarRows()).toEqual(before);

    // Where it was planned there is nothing to warn about; a cancellation has no date to check.
    const stays = await post(`${B}/series/${board.id}/occurrences/2026-12-01/check`, { status: "moved", start: "2026-12-01T20:00", end: "2026-12-01T22:00", reason: "Later", expectedVersion: null });
    expect(stays.body.clashes.filter((clash) => clash.kind !== "member_week_overloaded")).toEqual([]);
    const cancelled = await post(`${B}/series/${board.id}/occurrences/2026-12-01/check`, { status: "cancelled", reason: "Geen zaal", expectedVersion: null });
    expect(cancelled.body.clashes).toEqual([]);
  });
});
