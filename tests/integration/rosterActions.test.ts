import { describe, expect, it } from "vitest";
import { calendarDays } from "@afdelingsplanner/shared";
import { type RosterResponse } from "@afdelingsplanner/shared/schemas";
import { DEMO, bearer, login, useTestApp, type Session } from "../support/app.ts";
import { testToday } from "../support/clock.ts";

// The actions build on each other, in order: stagger the expired demo board, then record an
// intent, a departure and an interim appointment, then change the policy.
const ctx = useTestApp();
const today = () => testToday();
const tomorrow = () => calendarDays.addDays(today(), 1);

async function roster(session: Session, asOf?: string): Promise<RosterResponse> {
  const response = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/roster${asOf ? `?asOf=${asOf}` : ""}`, headers: bearer(session) });
  return response.json<RosterResponse>();
}

function act(session: Session, method: "POST" | "PUT", path: string, payload: object) {
  return ctx.app.inject({ method, url: `/api/branches/den-haag/roster${path}`, headers: bearer(session), payload });
}

async function seatOf(session: Session, name: string): Promise<string> {
  const entry = (await roster(session)).entries.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} holds no seat`);
  return entry.seatId;
}

describe("staggering the board in one action", () => {
  it("refuses a proposal other than the current one, and writes nothing", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const { proposal } = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster/staggering", headers: bearer(secretary) })).json();
    const seatIds: string[] = proposal.terms.map((term: { seatId: string }) => term.seatId);
    const response = await act(secretary, "POST", "/staggering", { seatIds: seatIds.slice(0, 3) });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("PROPOSAL_CHANGED");
    expect((await roster(secretary)).entries.every((entry) => entry.status === "expired")).toBe(true);
  });

  it("gives all five a new term, half of them one year, so that retirements alternate", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const { proposal } = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster/staggering", headers: bearer(secretary) })).json();
    const response = await act(secretary, "POST", "/staggering", { seatIds: proposal.terms.map((term: { seatId: string }) => term.seatId), note: "ALV" });
    expect(response.statusCode).toBe(201);
    expect(response.json().terms).toHaveLength(5);

    const after = await roster(secretary);
    expect(after.warnings).toEqual([]);
    expect(after.entries.map((entry) => [entry.status, entry.reappointments])).toEqual(Array(5).fill(["active", 1]));
    expect(after.nextRetirements).toEqual([
      { date: calendarDays.addMonths(today(), 12), personIds: [after.entries[1]?.personId, after.entries[3]?.personId] },
      { date: calendarDays.addMonths(today(), 24), personIds: [after.entries[0]?.personId, after.entries[2]?.personId, after.entries[4]?.personId] },
    ]);
    const { proposal: next } = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster/staggering", headers: bearer(secretary) })).json();
    expect(next).toBeNull();
    const { events } = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/roster/history", headers: bearer(secretary) })).json();
    expect(events.filter((event: { kind: string }) => event.kind === "staggering_applied")).toHaveLength(5);
  });
});

describe("intent to stand again", () => {
  it("is recorded on the running term", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const response = await act(secretary, "PUT", `/seats/${await seatOf(secretary, "Yuval Gal")}/standing-again`, { standingAgain: "no" });
    expect(response.statusCode).toBe(200);
    expect((await roster(secretary)).entries[1]).toMatchObject({ name: "Yuval Gal", standingAgain: "no" });
    expect((await act(secretary, "PUT", `/seats/${await seatOf(secretary, "Yuval Gal")}/standing-again`, { standingAgain: "maybe" })).statusCode).toBe(400);
  });
});

describe("a departure and an interim member", () => {
  it("leaves the seat vacant after the last day, with a warning", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const seatId = await seatOf(treasurer, "Tim Kies");
    const outside = await act(treasurer, "POST", `/seats/${seatId}/departure`, { lastDay: "2020-01-01" });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe("OUTSIDE_TERM");

    const response = await act(treasurer, "POST", `/seats/${seatId}/departure`, { lastDay: today(), note: "Verhuist naar Rotterdam" });
    expect(response.statusCode).toBe(200);
    expect(response.json().term).toMatchObject({ name: "Tim Kies", endedEarlyOn: today() });

    expect((await roster(treasurer)).entries[4]).toMatchObject({ name: "Tim Kies", status: "ending_soon", termEnd: today() });
    const later = await roster(treasurer, tomorrow());
    expect(later.entries[4]).toMatchObject({ status: "vacant", personId: null, function: "penningmeester" });
    expect(later.warnings).toEqual([{ code: "vacant_seat", message: "Er is een vacature in het bestuur: penningmeester.", personIds: [] }]);
  });

  it("appoints a member to the vacant seat for the rest of the predecessor's term, and puts them on the board", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const board = (await roster(secretary)).entries;
    const timSeat = board[4]?.seatId ?? "";
    const people = (await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/people", headers: bearer(secretary) })).json().people as { id: string; name: string; email: string }[];
    const sanne = people.find((person) => person.email === DEMO.member);

    const occupied = await act(secretary, "POST", `/seats/${timSeat}/interim`, { personId: sanne?.id, startDate: today() });
    expect(occupied.statusCode).toBe(409);
    const onBoard = await act(secretary, "POST", `/seats/${timSeat}/interim`, { personId: board[0]?.personId, startDate: tomorrow() });
    expect(onBoard.json().error.code).toBe("ALREADY_ON_BOARD");
    const stranger = await act(secretary, "POST", `/seats/${timSeat}/interim`, { personId: "00000000-0000-0000-0000-000000000000", startDate: tomorrow() });
    expect(stranger.json().error.code).toBe("UNKNOWN_PERSON");

    const response = await act(secretary, "POST", `/seats/${timSeat}/interim`, { personId: sanne?.id, startDate: tomorrow() });
    expect(response.statusCode).toBe(201);
    // Tim's staggered term was a full one, from today: Sanne's ends when his would have.
    expect(response.json().term).toMatchObject({ kind: "interim", name: "Sanne Mahabier", startDate: tomorrow(), endDate: calendarDays.addMonths(today(), 24) });
    const later = await roster(secretary, tomorrow());
    expect(later.entries[4]).toMatchObject({ name: "Sanne Mahabier", status: "active", reappointments: 0, consecutiveTerms: 0, termKind: "interim" });
    expect(later.warnings).toEqual([]);

    // The board_member role lets her keep the roster too.
    const sanneSession = await login(ctx.app, DEMO.member);
    expect((await act(sanneSession, "PUT", `/seats/${timSeat}/standing-again`, { standingAgain: "yes" })).statusCode).not.toBe(403);
  });
});

describe("the term policy", () => {
  it("changes with the version it was read at, and refuses a stale version", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const { policy } = await roster(secretary);
    const change = { termLengthMonths: 36, maxConsecutiveTerms: 2, endingSoonWindowMonths: 6 };
    const response = await act(secretary, "PUT", "/policy", { ...change, version: policy.version });
    expect(response.statusCode).toBe(200);
    expect(response.json().policy).toEqual({ ...change, version: policy.version + 1 });
    const stale = await act(secretary, "PUT", "/policy", { ...change, version: policy.version });
    expect(stale.statusCode).toBe(409);
    expect((await act(secretary, "PUT", "/policy", { ...change, termLengthMonths: 0, version: policy.version + 1 })).statusCode).toBe(400);
    expect((await roster(secretary)).policy).toEqual({ ...change, version: policy.version + 1 });
  });
});
