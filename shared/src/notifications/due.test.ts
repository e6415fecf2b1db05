import { describe, expect, it } from "vitest";
import type { TermRecord } from "../board/types.ts";
import { localToInstant } from "../calendar/localTime.ts";
import { daysBeforeReminderAt, digestDue, eveningReminderAt, isDue, REMINDER_GRACE_MS, rosterMailsDue } from "./due.ts";

const AMS = "Europe/Amsterdam";
const at = (iso: string) => Date.parse(iso);
const meeting = (startLocal: string) => ({ startLocal, startsAt: localToInstant(startLocal, AMS).epochMs });
const iso = (ms: number) => new Date(ms).toISOString();

describe("the evening-before reminder, at the member's local time across both DST changes", () => {
  it.each([
    // Autumn: clocks go back in the night of Saturday 24 to Sunday 25 October 2026.
    ["the Saturday before the change (summer time)", "2026-10-25T19:30", "19:00", "2026-10-24T17:00:00.000Z"],
    ["the Sunday of the change (winter time from 03:00)", "2026-10-26T19:30", "19:00", "2026-10-25T18:00:00.000Z"],
    // Spring: clocks go forward in the night of Saturday 27 to Sunday 28 March 2027.
    ["the Saturday before the change (winter time)", "2027-03-28T19:30", "19:00", "2027-03-27T18:00:00.000Z"],
    ["the Sunday of the change (summer time from 03:00)", "2027-03-29T19:30", "19:00", "2027-03-28T17:00:00.000Z"],
    ["a time of the member's own", "2027-01-05T19:30", "20:15", "2027-01-04T19:15:00.000Z"],
    ["a reminder time inside the spring gap moves forward, as meetings do", "2027-03-29T19:30", "02:30", "2027-03-28T01:30:00.000Z"],
  ])("%s", (_label, startLocal, time, expected) => {
    expect(iso(eveningReminderAt(meeting(startLocal), time, AMS))).toBe(expected);
  });

  it("does not depend on the host's time zone (the unit-tz project runs this under America/New_York)", () => {
    expect(iso(eveningReminderAt(meeting("2026-10-26T19:30"), "19:00", "America/New_York"))).toBe("2026-10-25T23:00:00.000Z");
  });

  it("is due from its minute until three hours later, and never after the meeting began", () => {
    const dueAt = at("2026-10-25T18:00:00Z");
    expect(isDue(dueAt, dueAt - 60_000, REMINDER_GRACE_MS)).toBe(false);
    expect(isDue(dueAt, dueAt, REMINDER_GRACE_MS)).toBe(true);
    expect(isDue(dueAt, dueAt + REMINDER_GRACE_MS - 1, REMINDER_GRACE_MS)).toBe(true);
    expect(isDue(dueAt, dueAt + REMINDER_GRACE_MS, REMINDER_GRACE_MS)).toBe(false);
    expect(isDue(dueAt, dueAt + 60_000, REMINDER_GRACE_MS, dueAt + 60_000)).toBe(false);
  });
});

describe("the reminder N days before", () => {
  it("counts local days across the autumn change", () => {
    // A theme evening on Thursday 29 October 2026; a week before is Thursday 22 October, still summer time.
    expect(iso(daysBeforeReminderAt(meeting("2026-10-29T20:00"), 7, "19:00", AMS))).toBe("2026-10-22T17:00:00.000Z");
    expect(iso(daysBeforeReminderAt(meeting("2027-04-01T20:00"), 3, "19:00", AMS))).toBe("2027-03-29T17:00:00.000Z");
  });
});

describe("the weekly digest", () => {
  it("is due on Monday from 08:00 local, for that day only, keyed by its Monday", () => {
    // Monday 26 October 2026, the day after the autumn change: 08:00 CET is 07:00Z.
    expect(digestDue(at("2026-10-26T06:59:00Z"), AMS)).toBeNull();
    expect(digestDue(at("2026-10-26T07:00:00Z"), AMS)).toEqual({ week: "2026-10-26", dueAt: at("2026-10-26T07:00:00Z") });
    expect(digestDue(at("2026-10-27T06:59:00Z"), AMS)?.week).toBe("2026-10-26");
    expect(digestDue(at("2026-10-27T07:00:00Z"), AMS)).toBeNull();
  });
});

describe("roster mails", () => {
  const term = (overrides: Partial<TermRecord> = {}): TermRecord => ({
    id: "t1", seatId: "s1", personId: "p1", personName: "Tim", kind: "elected", startDate: "2025-01-10", endDate: "2027-01-10", endedEarlyOn: null, standingAgain: "undecided", ...overrides,
  });
  const kinds = (terms: TermRecord[], instant: string) => rosterMailsDue(terms, at(instant), AMS).map((mail) => mail.key);

  it("sends the notice 60 days ahead and one on the last day, from 09:00 local", () => {
    // 60 days before 2027-01-10 is 2026-11-11.
    expect(kinds([term()], "2026-11-11T07:59:00Z")).toEqual([]);
    expect(kinds([term()], "2026-11-11T08:00:00Z")).toEqual(["roster_term:notice:t1:2026-11-11"]);
    expect(kinds([term()], "2027-01-10T08:00:00Z")).toEqual(["roster_term:last_day:t1:2027-01-10"]);
  });

  it("keeps a mail due for a week (a restart catches up; the outbox's key sends it once)", () => {
    expect(kinds([term()], "2027-01-17T07:59:00Z")).toEqual(["roster_term:last_day:t1:2027-01-10"]);
  });

  it("reminds weekly once the term ended without a decision, and stops when one is recorded", () => {
    expect(kinds([term()], "2027-01-17T08:00:00Z")).toEqual(["roster_term:undecided:t1:2027-01-17"]);
    expect(kinds([term()], "2027-01-24T07:59:00Z")).toEqual(["roster_term:undecided:t1:2027-01-17"]);
    expect(kinds([term()], "2027-01-23T12:00:00Z")).toEqual(["roster_term:undecided:t1:2027-01-17"]);
    expect(kinds([term()], "2027-01-24T08:00:00Z")).toEqual(["roster_term:undecided:t1:2027-01-24"]);
    // Reappointed (a follow-up term), or left early: decided.
    expect(kinds([term(), term({ id: "t2", kind: "reappointed", startDate: "2027-01-11", endDate: "2029-01-10" })], "2027-01-24T08:00:00Z")).toEqual([]);
    expect(kinds([term({ endedEarlyOn: "2027-01-10" })], "2027-01-24T08:00:00Z")).toEqual([]);
  });
});
