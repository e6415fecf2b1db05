import { describe, expect, it } from "vitest";
import { calendarDays } from "@afdelingsplanner/shared";
import type { BoardResponse, RosterHistoryResponse, RosterResponse, SeatView } from "@afdelingsplanner/shared/schemas";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { bearer, login, useTestApp, type Session } from "../support/app.ts";
import { testToday } from "../support/clock.ts";
import { aBranch, aMember, type BranchRef, type MemberRef } from "../support/factories.ts";

const ctx = useTestApp();
const day = (offset: number) => calendarDays.addDays(testToday(), offset);

interface Board {
  branch: BranchRef;
  /** A board member who keeps the roster and holds a seat of their own. */
  keeper: MemberRef & { seatId: string; session: Session };
  /** A board member holding one seat, with a term running from 100 days ago. */
  holder: MemberRef & { seatId: string; session: Session };
}

async function aSeatHeldBy(branch: BranchRef, member: MemberRef, fn: string, position: number): Promise<string> {
  const seat = await ctx.db.boardSeat.create({ data: { branchId: branch.id, function: fn, personId: member.personId, position } });
  await ctx.db.boardTerm.create({
    data: { branchId: branch.id, seatId: seat.id, personId: member.personId, kind: "elected", startDate: fromIsoDate(day(-100)), endDate: fromIsoDate(day(600)), decidedOn: fromIsoDate(day(-100)) },
  });
  return seat.id;
}

async function aBoard(): Promise<Board> {
  const branch = await aBranch(ctx.db);
  const keeperMember = await aMember(ctx.db, { branch, roles: ["board_member", "member"] });
  const holderMember = await aMember(ctx.db, { branch, roles: ["board_member", "member"] });
  const keeperSeat = await aSeatHeldBy(branch, keeperMember, "voorzitter", 1);
  const holderSeat = await aSeatHeldBy(branch, holderMember, "penningmeester", 2);
  return {
    branch,
    keeper: { ...keeperMember, seatId: keeperSeat, session: await login(ctx.app, keeperMember.email) },
    holder: { ...holderMember, seatId: holderSeat, session: await login(ctx.app, holderMember.email) },
  };
}

const call = (session: Session, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: bearer(session), ...(payload ? { payload } : {}) });
const base = (board: Board) => `/api/branches/${board.branch.slug}`;
const boardOf = async (board: Board) => (await call(board.keeper.session, "GET", `${base(board)}/board`)).json<BoardResponse>();
const rosterOf = async (board: Board, asOf?: string) => (await call(board.keeper.session, "GET", `${base(board)}/roster${asOf ? `?asOf=${asOf}` : ""}`)).json<RosterResponse>();
/** A board-only route without side effects: the audit log. */
const auditLogStatus = async (board: Board, session: Session) => (await call(session, "GET", `${base(board)}/audit-log`)).statusCode;
const auditOf = (board: Board, entityId: string) => ctx.db.auditEntry.findMany({ where: { branchId: board.branch.id, entityId }, orderBy: { at: "asc" } });
const rolesOf = async (member: MemberRef) => (await ctx.db.branchRole.findMany({ where: { personId: member.personId }, select: { role: true } })).map((row) => row.role).sort();

describe("adding and editing a seat", () => {
  it("adds a vacant seat last on the roster, with history and an audit entry", async () => {
    const board = await aBoard();
    const response = await call(board.keeper.session, "POST", `${base(board)}/roster/seats`, { function: "Algemeen bestuurslid", portfolio: "Scholing" });
    expect(response.statusCode).toBe(201);
    const { seat } = response.json<{ seat: SeatView }>();
    expect(seat).toMatchObject({ function: "Algemeen bestuurslid", portfolio: "Scholing", responsibilities: "", position: 3, abolishedOn: null });

    const roster = await rosterOf(board);
    expect(roster.entries.map((entry) => entry.function)).toEqual(["voorzitter", "penningmeester", "Algemeen bestuurslid"]);
    expect(roster.entries[2]).toMatchObject({ seatId: seat.seatId, status: "vacant", personId: null });
    const history = (await call(board.keeper.session, "GET", `${base(board)}/roster/history`)).json<RosterHistoryResponse>();
    expect(history.events[0]).toMatchObject({ kind: "seat_added", seatFunction: "Algemeen bestuurslid" });
    expect(await auditOf(board, seat.seatId)).toEqual([expect.objectContaining({ entityType: "board_seat", action: "created", summary: "Bestuurszetel Algemeen bestuurslid toegevoegd" })]);
  });

  it("refuses a seat without a function (400) and a plain member (403)", async () => {
    const board = await aBoard();
    expect((await call(board.keeper.session, "POST", `${base(board)}/roster/seats`, { function: "" })).statusCode).toBe(400);
    const member = await aMember(ctx.db, { branch: board.branch });
    const session = await login(ctx.app, member.email);
    expect((await call(session, "POST", `${base(board)}/roster/seats`, { function: "Extra" })).statusCode).toBe(403);
  });

  it("edits function, portfolio and responsibilities with the seat's version; a stale version gets 409", async () => {
    const board = await aBoard();
    const before = (await boardOf(board)).seats.find((seat) => seat.seatId === board.holder.seatId);
    expect(before).toBeDefined();
    const url = `${base(board)}/roster/seats/${board.holder.seatId}`;
    const edited = await call(board.keeper.session, "PATCH", url, { function: "Penningmeester", portfolio: "Financiën", responsibilities: "Begroting", version: before?.version });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().seat).toMatchObject({ function: "Penningmeester", portfolio: "Financiën", responsibilities: "Begroting" });
    expect(edited.json().seat.version).not.toBe(before?.version);

    const stale = await call(board.keeper.session, "PATCH", url, { portfolio: "Iets anders", version: before?.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect((await boardOf(board)).seats.find((seat) => seat.seatId === board.holder.seatId)?.portfolio).toBe("Financiën");
    const audit = await auditOf(board, board.holder.seatId);
    expect(audit).toEqual([expect.objectContaining({ action: "updated", changes: expect.objectContaining({ function: { from: "penningmeester", to: "Penningmeester" } }) })]);
  });
});

describe("abolishing a seat", () => {
  it("takes the seat off today's roster, ends the holder's term the day before and keeps the history", async () => {
    const board = await aBoard();
    const response = await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${board.holder.seatId}/abolition`, { note: "ALV van november" });
    expect(response.statusCode).toBe(200);
    expect(response.json().seat).toMatchObject({ abolishedOn: testToday() });

    expect((await rosterOf(board)).entries.map((entry) => entry.function)).toEqual(["voorzitter"]);
    const yesterday = await rosterOf(board, day(-1));
    expect(yesterday.entries.find((entry) => entry.seatId === board.holder.seatId)).toMatchObject({ personId: board.holder.personId, termEnd: day(-1) });

    const csv = await call(board.keeper.session, "GET", `${base(board)}/roster.csv?asOf=${day(-1)}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("penningmeester");

    const history = (await call(board.keeper.session, "GET", `${base(board)}/roster/history`)).json<RosterHistoryResponse>();
    expect(history.events[0]).toMatchObject({ kind: "seat_abolished", seatFunction: "penningmeester", details: { abolishedOn: testToday(), lastDay: day(-1), note: "ALV van november" } });

    const shown = await boardOf(board);
    expect(shown.seats.map((seat) => seat.seatId)).toEqual([board.keeper.seatId]);
    expect(shown.abolishedSeats).toEqual([
      expect.objectContaining({ seatId: board.holder.seatId, function: "penningmeester", abolishedOn: testToday(), terms: [expect.objectContaining({ personId: board.holder.personId, endedEarlyOn: day(-1) })] }),
    ]);
    expect(shown.formerMembers.map((former) => former.personId)).toEqual([board.holder.personId]);
    expect(await auditOf(board, board.holder.seatId)).toEqual([expect.objectContaining({ entityType: "board_seat", action: "abolished", summary: `Bestuurszetel penningmeester opgeheven per ${testToday()}` })]);
  });

  it("ends the holder's board rights: afterwards they get 403 on a board-only route", async () => {
    const board = await aBoard();
    expect(await auditLogStatus(board, board.holder.session)).toBe(200);
    expect((await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${board.holder.seatId}/abolition`, {})).statusCode).toBe(200);
    expect(await rolesOf(board.holder)).toEqual(["member"]);
    expect(await auditLogStatus(board, board.holder.session)).toBe(403);
    expect(await auditOf(board, board.holder.personId)).toEqual([expect.objectContaining({ entityType: "person", action: "board_rights_ended", changes: { roles: { from: ["board_member"], to: [] } } })]);
  });

  it("takes no appointments or departures on an abolished seat (409 SEAT_ABOLISHED)", async () => {
    const board = await aBoard();
    const url = `${base(board)}/roster/seats/${board.holder.seatId}`;
    await call(board.keeper.session, "POST", `${url}/abolition`, {});
    const someone = await aMember(ctx.db, { branch: board.branch });
    for (const [path, body] of [["interim", { personId: someone.personId }], ["reappointment", {}], ["departure", {}], ["abolition", {}]] as const) {
      const response = await call(board.keeper.session, "POST", `${url}/${path}`, body);
      expect(response.statusCode, path).toBe(409);
      expect(response.json().error.code, path).toBe("SEAT_ABOLISHED");
    }
    const edit = await call(board.keeper.session, "PATCH", url, { portfolio: "x", version: "whatever" });
    expect(edit.json().error.code).toBe("SEAT_ABOLISHED");
  });

  it("refuses a date in the future (400) and one before a term that has begun (409)", async () => {
    const board = await aBoard();
    const url = `${base(board)}/roster/seats/${board.holder.seatId}/abolition`;
    const future = await call(board.keeper.session, "POST", url, { abolishedOn: day(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe("DATE_IN_FUTURE");
    const beforeTerm = await call(board.keeper.session, "POST", url, { abolishedOn: day(-200) });
    expect(beforeTerm.statusCode).toBe(409);
    expect(beforeTerm.json().error.code).toBe("TERM_AFTER_ABOLITION");
    expect(await rolesOf(board.holder)).toEqual(["board_member", "member"]);
  });
});

describe("a roster departure ends board rights", () => {
  it("leaves someone without a seat a plain member, audited, until an interim appointment gives the rights back", async () => {
    const board = await aBoard();
    const departure = await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${board.holder.seatId}/departure`, {});
    expect(departure.statusCode).toBe(200);
    expect(await rolesOf(board.holder)).toEqual(["member"]);
    expect(await auditLogStatus(board, board.holder.session)).toBe(403);
    expect(await auditOf(board, board.holder.personId)).toEqual([
      expect.objectContaining({ action: "board_rights_ended", summary: expect.stringContaining("geen bestuurszetel meer na vertrek als penningmeester") }),
    ]);

    const vacant = (await call(board.keeper.session, "POST", `${base(board)}/roster/seats`, { function: "Algemeen bestuurslid" })).json<{ seat: SeatView }>().seat;
    const interim = await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${vacant.seatId}/interim`, { personId: board.holder.personId, startDate: day(1) });
    expect(interim.statusCode).toBe(201);
    expect(await auditLogStatus(board, board.holder.session)).toBe(200);
  });

  it("keeps the rights of someone who holds a second seat after leaving one", async () => {
    const board = await aBoard();
    const secondSeat = await ctx.db.boardSeat.create({ data: { branchId: board.branch.id, function: "tweede zetel", personId: board.holder.personId, position: 3 } });
    expect((await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${board.holder.seatId}/departure`, {})).statusCode).toBe(200);
    expect(await rolesOf(board.holder)).toEqual(["board_member", "member"]);
    expect(await auditLogStatus(board, board.holder.session)).toBe(200);
    expect(await auditOf(board, board.holder.personId)).toEqual([]);

    expect((await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${secondSeat.id}/abolition`, {})).statusCode).toBe(200);
    expect(await rolesOf(board.holder)).toEqual(["member"]);
  });

  it("keeps the secretary role: it is a branch role, not a seat", async () => {
    const board = await aBoard();
    await ctx.db.branchRole.create({ data: { branchId: board.branch.id, personId: board.holder.personId, role: "secretary" } });
    expect((await call(board.keeper.session, "POST", `${base(board)}/roster/seats/${board.holder.seatId}/departure`, {})).statusCode).toBe(200);
    expect(await rolesOf(board.holder)).toEqual(["member", "secretary"]);
  });
});
