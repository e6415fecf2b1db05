import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { DEMO, bearer, login, useTestApp } from "../support/app.ts";
import { fromIsoDate, toIsoDate } from "../../server/src/lib/dates.ts";
import { meetingClient } from "./meetingsHelpers.ts";
import { TEST_NOW } from "../support/clock.ts";

const ctx = useTestApp();
const api = () => meetingClient(ctx.app);
const personId = async (email: string) => (await ctx.db.person.findFirstOrThrow({ where: { email } })).id;

async function lastBoardMeeting() {
  const item = await ctx.db.agendaItem.findFirstOrThrow({ where: { title: "Begroting campagne straatintimidatie" } });
  return { seriesId: item.seriesId, date: toIsoDate(item.date) };
}

async function nextOrganizingMeeting() {
  const tim = await login(ctx.app, DEMO.treasurer);
  const seriesId = await api().seriesByTitle(tim, "Werkgroep Organizing");
  const [first] = await api().occurrences(tim, "from=2026-11-23&to=2027-01-31&workingGroup=organizing&kind=working_group");
  return { seriesId, date: first?.date as string };
}

describe("decisions", () => {
  it("records decisions per meeting and lists them per body; members may not record them", async () => {
    const { seriesId, date } = await lastBoardMeeting();
    const [nadine, member] = [await login(ctx.app, DEMO.secretary), await login(ctx.app, DEMO.member)];
    const url = `${api().meeting(seriesId, date)}/decisions`;
    expect((await api().call(member, "POST", url, { text: "Nee" })).status).toBe(403);
    const created = await api().call(nadine, "POST", url, { text: "Het bestuur vergadert in januari online." });
    expect(created.status).toBe(201);
    const list = await api().call(member, "GET", `/api/branches/den-haag/series/${seriesId}/decisions`);
    expect(list.body.decisions.length).toBe(3);
    const stale = await api().call(nadine, "PATCH", `/api/branches/den-haag/decisions/${created.body.decision.id}`, { text: "Anders", version: 7 });
    expect(stale.status).toBe(409);
    expect((await api().call(nadine, "PATCH", `/api/branches/den-haag/decisions/${created.body.decision.id}`, { text: "Anders", version: 1 })).body.decision.version).toBe(2);
  });
});

describe("the action list", () => {
  it("shows open actions across meetings with the overdue one flagged, per body and per person", async () => {
    const member = await login(ctx.app, DEMO.member);
    const all = await api().call(member, "GET", "/api/branches/den-haag/actions");
    expect(all.status).toBe(200);
    expect(all.body.actions.map((action: { title: string }) => action.title)).toEqual(["Offerte drukwerk flyers opvragen", "Campagneplan delen met de werkgroepen"]);
    expect(all.body.actions.map((action: { overdue: boolean }) => action.overdue)).toEqual([true, false]);
    const tims = await api().call(member, "GET", `/api/branches/den-haag/actions?ownerId=${await personId(DEMO.treasurer)}`);
    expect(tims.body.actions.length).toBe(1);
    const done = await api().call(member, "GET", "/api/branches/den-haag/actions?status=done");
    expect(done.body.actions.length).toBe(1);
    expect((await api().call(member, "GET", "/api/branches/den-haag/actions?status=late")).status).toBe(400);
  });

  it("lets a working group's action-list keeper manage its actions, not the board's; an owner ticks off their own", async () => {
    const sanne = await login(ctx.app, DEMO.member);
    const organizing = await nextOrganizingMeeting();
    const board = await lastBoardMeeting();
    const action = { title: "Spandoeken ophalen", ownerId: await personId(DEMO.member), dueDate: "2026-12-20" };
    const created = await api().call(sanne, "POST", `${api().meeting(organizing.seriesId, organizing.date)}/actions`, action);
    expect(created.status).toBe(201);
    expect(created.body.action).toMatchObject({ status: "open", overdue: false, seriesTitle: "Werkgroep Organizing" });
    expect((await api().call(sanne, "POST", `${api().meeting(board.seriesId, board.date)}/actions`, action)).status).toBe(403);
    expect((await api().call(sanne, "POST", `${api().meeting(organizing.seriesId, organizing.date)}/actions`, { ...action, dueDate: "2026-02-30" })).status).toBe(400);

    const mine = await api().call(sanne, "GET", "/api/branches/den-haag/actions?mine=true");
    expect(mine.body.actions.map((one: { title: string }) => one.title)).toEqual(["Spandoeken ophalen"]);
    const timsAction = (await api().call(sanne, "GET", "/api/branches/den-haag/actions")).body.actions.find((one: { title: string }) => one.title === "Offerte drukwerk flyers opvragen");
    expect((await api().call(sanne, "PATCH", `/api/branches/den-haag/actions/${timsAction.id}`, { status: "done", version: timsAction.version })).status).toBe(403);
    const tim = await login(ctx.app, DEMO.treasurer);
    const ticked = await api().call(tim, "PATCH", `/api/branches/den-haag/actions/${timsAction.id}`, { status: "done", version: timsAction.version });
    expect(ticked.body.action).toMatchObject({ status: "done", overdue: false });
  });
});

describe("attendance", () => {
  it("takes a member's own RSVP, presence from those who run the meeting, and gives figures per member and series", async () => {
    const { seriesId, date } = await lastBoardMeeting();
    const [member, tim] = [await login(ctx.app, DEMO.member), await login(ctx.app, DEMO.treasurer)];
    const sanneId = await personId(DEMO.member);
    const url = `${api().meeting(seriesId, date)}/attendance`;
    const own = await api().call(member, "PUT", `${url}/${sanneId}`, { rsvp: "maybe" });
    expect(own.status).toBe(200);
    expect(own.body.people.find((row: { personId: string }) => row.personId === sanneId)).toMatchObject({ expected: false, rsvp: "maybe", presence: null });
    expect((await api().call(member, "PUT", `${url}/${await personId(DEMO.treasurer)}`, { rsvp: "no" })).status).toBe(403);
    expect((await api().call(member, "PUT", `${url}/${sanneId}`, { presence: "present" })).status).toBe(403);
    expect((await api().call(member, "PUT", `${url}/${sanneId}`, {})).status).toBe(400);
    const recorded = await api().call(tim, "PUT", `${url}/${sanneId}`, { presence: "present" });
    expect(recorded.body.counts).toMatchObject({ present: 5, excused: 1 });
    expect(recorded.body.people.filter((row: { expected: boolean }) => row.expected).length).toBe(5);

    const figures = await api().call(member, "GET", `/api/branches/den-haag/attendance?seriesId=${seriesId}`);
    expect(figures.body.perSeries).toEqual([expect.objectContaining({ title: "Bestuursvergadering", meetings: 2, recorded: 11, present: 10, excused: 1 })]);
    expect(figures.body.perMember.find((row: { name: string }) => row.name === "Yuval Gal")).toMatchObject({ recorded: 2, present: 1, presentPercent: 50 });
  });
});

describe("referral between bodies", () => {
  it("refers a working group's item to the board and back, keeping its history", async () => {
    const tim = await login(ctx.app, DEMO.treasurer);
    const organizing = await nextOrganizingMeeting();
    const board = await lastBoardMeeting();
    const created = await api().call(tim, "POST", `${api().meeting(organizing.seriesId, organizing.date)}/agenda`, { title: "Budget voor spandoeken" });
    const itemUrl = `${api().meeting(organizing.seriesId, organizing.date)}/agenda/${created.body.item.id}`;
    const theme = await api().seriesByTitle(tim, "ThemaBIJ1komst");
    expect((await api().call(tim, "POST", `${itemUrl}/refer`, { toSeriesId: theme })).body.error.code).toBe("INVALID_REFERRAL");
    const toBoard = await api().call(tim, "POST", `${itemUrl}/refer`, { toSeriesId: board.seriesId, note: "Vraagt budget" });
    expect(toBoard.status).toBe(201);
    expect(toBoard.body.item).toMatchObject({ origin: "referred", status: "open", seriesId: board.seriesId, referralNote: "Vraagt budget" });
    expect(toBoard.body.item.date > organizing.date || toBoard.body.item.date >= "2026-11-22").toBe(true);
    expect((await api().call(tim, "POST", `${itemUrl}/refer`, { toSeriesId: board.seriesId })).status).toBe(409);

    const boardItemUrl = `${api().meeting(board.seriesId, toBoard.body.item.date)}/agenda/${toBoard.body.item.id}`;
    const back = await api().call(tim, "POST", `${boardItemUrl}/refer`, { toSeriesId: organizing.seriesId, note: "Akkoord, uitvoeren" });
    expect(back.status).toBe(201);
    const history = await api().call(tim, "GET", `/api/branches/den-haag/agenda-items/${back.body.item.id}/history`);
    expect(history.body.steps.map((step: { how: string; seriesTitle: string }) => [step.how, step.seriesTitle])).toEqual([
      ["created", "Werkgroep Organizing"],
      ["referred", "Bestuursvergadering"],
      ["referred", "Werkgroep Organizing"],
    ]);
    expect(history.body.referrals.map((hop: { note: string }) => hop.note)).toEqual(["Vraagt budget", "Akkoord, uitvoeren"]);
  });

  it("sends a referral without a date to the target's next meeting that is still open", async () => {
    let tim = await login(ctx.app, DEMO.treasurer);
    const organizing = await nextOrganizingMeeting();
    const board = await lastBoardMeeting();
    const [nextBoard, followingBoard] = await api().occurrences(tim, `from=2026-11-23&to=2027-01-31&kind=board`);
    // A meeting can be closed from its day on (issue 18): on the evening of the next board meeting, with a fresh login.
    ctx.clock.set(`${nextBoard?.date}T20:30:00Z`);
    try {
      tim = await login(ctx.app, DEMO.treasurer);
      expect((await api().call(tim, "POST", `${api().meeting(board.seriesId, nextBoard?.date as string)}/close`)).status).toBe(200);

      const created = await api().call(tim, "POST", `${api().meeting(organizing.seriesId, organizing.date)}/agenda`, { title: "Flyers voor de wijkmarkt" });
      const referred = await api().call(tim, "POST", `${api().meeting(organizing.seriesId, organizing.date)}/agenda/${created.body.item.id}/refer`, { toSeriesId: board.seriesId });
      expect(referred.status).toBe(201);
      expect(referred.body.item.date).toBe(followingBoard?.date);
    } finally {
      ctx.clock.set(TEST_NOW);
    }
  });
});

/**
 * The text a PDF shows, for a test: each content stream inflated (pdfkit compresses them) and the hex strings
 * of its text operators (Tj/TJ) decoded as WinAnsi, the encoding of the built-in Helvetica. pdfmake places each
 * word on its own (with its trailing space), so the words are joined as they are.
 */
function pdfText(pdf: Buffer): string {
  // WinAnsi is Latin-1 but for a few signs in 0x80-0x9f.
  const winAnsi = (bytes: Buffer) => bytes.toString("latin1").replace(/[\x80\x96\x97]/g, (sign) => ({ "\x80": "€", "\x96": "–", "\x97": "—" })[sign] ?? sign);
  const raw = pdf.toString("latin1");
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(match[1] ?? "", "latin1");
    let stream: string;
    try {
      stream = inflateSync(bytes).toString("latin1");
    } catch {
      stream = bytes.toString("latin1");
    }
    for (const operator of stream.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexParts = operator[1] !== undefined ? [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1] ?? "") : [operator[2] ?? ""];
      texts.push(hexParts.map((hex) => winAnsi(Buffer.from(hex, "hex"))).join(""));
    }
  }
  return texts.join("");
}

describe("the minutes as PDF", () => {
  it("downloads a meeting's minutes, decisions and actions as an A4 PDF made on the server, for every member", async () => {
    const { seriesId, date } = await lastBoardMeeting();
    const member = await login(ctx.app, DEMO.member);
    const decision = await ctx.db.decision.findFirstOrThrow({ where: { seriesId, date: fromIsoDate(date) }, orderBy: { createdAt: "asc" } });
    const series = await ctx.db.meetingSeries.findUniqueOrThrow({ where: { id: seriesId } });
    const response = await ctx.app.inject({ method: "GET", url: `${api().meeting(seriesId, date)}/minutes.pdf`, headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="notulen-den-haag-${date}.pdf"`);
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/); // A4 in points
    const text = pdfText(pdf);
    expect(text).toContain(`Notulen ${series.title}`);
    expect(text).toContain("Besluitenlijst");
    expect(text).toContain("Begroting campagne straatintimidatie — Behandeld");
    expect(text).toContain(decision.text); // "Het bestuur stelt € 750 beschikbaar …": the euro sign survives
    expect(text).toContain("Campagneplan delen met de werkgroepen");
  });

  it("marks an item a guest proposed as a guest's, in the PDF and in the agenda the minutes page shows (issue 16 finding 8)", async () => {
    // The demo's guest proposal, taken onto the agenda.
    const item = await ctx.db.agendaItem.update({ where: { id: (await ctx.db.agendaItem.findFirstOrThrow({ where: { origin: "guest" } })).id }, data: { status: "open" } });
    const member = await login(ctx.app, DEMO.member);
    const meeting = api().meeting(item.seriesId, toIsoDate(item.date));
    const agenda = await api().call(member, "GET", `${meeting}/agenda`);
    expect(agenda.body.items.find((one: { id: string }) => one.id === item.id)).toMatchObject({ origin: "guest", proposedBy: "Amina Bouzid" });
    const text = pdfText((await ctx.app.inject({ method: "GET", url: `${meeting}/minutes.pdf`, headers: bearer(member) })).rawPayload);
    expect(text).toContain(`${item.title} — Open`);
    expect(text).toContain("Voorgesteld door Amina Bouzid (gast, geen lid)");
  });
});
