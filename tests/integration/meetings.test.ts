import { afterEach, describe, expect, it } from "vitest";
import { DEMO, login, useTestApp } from "../support/app.ts";
import { toIsoDate } from "../../server/src/lib/dates.ts";
import { meetingClient } from "./meetingsHelpers.ts";
import { aBranch, aSeries } from "../support/factories.ts";
import { TEST_NOW } from "../support/clock.ts";

const ctx = useTestApp();
const client = () => meetingClient(ctx.app);
// Closing waits for the meeting's day: the tests that close move the clock there, and back afterwards.
afterEach(() => ctx.clock.set(TEST_NOW));

/** The evening of `date` (21:30 in The Hague), with Tim logged in again (his earlier token is stale by then). */
async function onTheEveningOf(date: string) {
  ctx.clock.set(`${date}T20:30:00Z`);
  return login(ctx.app, DEMO.treasurer);
}

/** The demo's next board meeting: the one with "Begroting 2027" on it. */
async function nextBoardMeeting() {
  const item = await ctx.db.agendaItem.findFirstOrThrow({ where: { title: "Begroting 2027" } });
  return { seriesId: item.seriesId, date: toIsoDate(item.date) };
}

async function boardDatesAfter(date: string, count: number) {
  const tim = await login(ctx.app, DEMO.treasurer);
  const to = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  const all = await client().occurrences(tim, `from=${date}&to=${to}&kind=board`);
  return all.filter((occurrence) => occurrence.date > date).slice(0, count).map((occurrence) => occurrence.date);
}

describe("the agenda of a meeting", () => {
  it("shows the demo board agenda in order, with the carried item, the guest's proposal, the preparer and the timing", async () => {
    const { seriesId, date } = await nextBoardMeeting();
    const member = await login(ctx.app, DEMO.member);
    const agenda = await client().agenda(member, seriesId, date);
    expect(agenda.meeting).toMatchObject({ date, durationMinutes: 120, closedAt: null, preparer: { name: "Tim Kies" } });
    expect(agenda.items.map((item) => item.title)).toEqual(["Huisstijl nieuwsbrief", "Begroting 2027", "Terugkoppeling landelijke partij", "Werving nieuwe bestuursleden"]);
    expect(agenda.items[0]).toMatchObject({ postponedCount: 1, oftenPostponed: false, origin: "carried_over" });
    expect(agenda.proposals).toEqual([expect.objectContaining({ origin: "guest", status: "proposed", proposedBy: "Amina Bouzid" })]);
    expect(agenda.timing).toEqual({ estimatedMinutes: 110, durationMinutes: 120, overByMinutes: 0, warning: null });
    expect(agenda.permissions).toEqual({ editAgenda: false, propose: true, manageActions: false, recordPresence: false });
  });

  it("lets only the preparer and board members edit; a member proposes and the preparer accepts", async () => {
    const { seriesId, date } = await nextBoardMeeting();
    const [member, tim] = [await login(ctx.app, DEMO.member), await login(ctx.app, DEMO.treasurer)];
    const api = client();
    const url = `${api.meeting(seriesId, date)}/agenda`;
    const item = { title: "Ledenwerving", estimatedMinutes: 20 };
    expect((await api.call(member, "POST", url, item)).status).toBe(403);
    const first = (await api.agenda(member, seriesId, date)).items[0];
    expect((await api.call(member, "PATCH", `${url}/${first?.id}`, { status: "handled", version: first?.version })).status).toBe(403);
    expect((await api.call(member, "POST", `${api.meeting(seriesId, date)}/close`)).status).toBe(403);

    const proposed = await api.call(member, "POST", `${url}/proposals`, item);
    expect(proposed.status).toBe(201);
    expect(proposed.body.item).toMatchObject({ status: "proposed", origin: "proposal", proposedBy: "Sanne Mahabier" });
    expect((await api.call(member, "POST", `${url}/${proposed.body.item.id}/accept`)).status).toBe(403);
    const accepted = await api.call(tim, "POST", `${url}/${proposed.body.item.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.item.status).toBe("open");
    expect((await api.call(tim, "POST", `${url}/${proposed.body.item.id}/accept`)).status).toBe(409);

    // The board names someone else (not on the board) as preparer: she may now edit, members still may not name one.
    const priya = await ctx.db.person.findFirstOrThrow({ where: { email: "priya@bij1-denhaag.example" } });
    expect((await api.call(member, "PUT", `/api/branches/den-haag/series/${seriesId}/preparer`, { personId: priya.id })).status).toBe(403);
    expect((await api.call(tim, "PUT", `/api/branches/den-haag/series/${seriesId}/preparer`, { personId: priya.id })).body.preparer.name).toBe("Priya Ramdin");
    const priyaSession = await login(ctx.app, "priya@bij1-denhaag.example");
    const added = await api.call(priyaSession, "POST", url, { title: "Jaarplanning", type: "decision", estimatedMinutes: 45, links: ["https://example.org/plan"] });
    expect(added.status).toBe(201);
    expect((await api.call(tim, "PUT", `/api/branches/den-haag/series/${seriesId}/preparer`, { personId: (await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.treasurer } })).id })).status).toBe(200);

    const agenda = await api.agenda(tim, seriesId, date);
    expect(agenda.timing.overByMinutes).toBe(55);
    expect(agenda.timing.warning).toMatch(/175 minutes but the meeting lasts 120/);
    // Reordering must name exactly the items on the agenda.
    const ids = agenda.items.map((one) => one.id);
    expect((await api.call(tim, "PUT", `${url}/order`, { itemIds: ids.slice(1) })).status).toBe(409);
    const reordered = await api.call(tim, "PUT", `${url}/order`, { itemIds: [...ids].reverse() });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((one: { id: string }) => one.id)).toEqual([...ids].reverse());
  });

  it("refuses bad input with 4xx and a message", async () => {
    const { seriesId, date } = await nextBoardMeeting();
    const tim = await login(ctx.app, DEMO.treasurer);
    const api = client();
    const notAMeeting = await api.call(tim, "GET", `${api.meeting(seriesId, "2026-11-24")}/agenda`);
    expect(notAMeeting).toMatchObject({ status: 400, body: { error: { code: "NOT_AN_OCCURRENCE" } } });
    expect((await api.call(tim, "GET", `${api.meeting(seriesId, "2026-02-30")}/agenda`)).status).toBe(400);
    expect((await api.call(tim, "GET", `${api.meeting("00000000-0000-4000-8000-000000000000", date)}/agenda`)).status).toBe(404);
    const url = `${api.meeting(seriesId, date)}/agenda`;
    expect((await api.call(tim, "POST", url, { title: "", estimatedMinutes: 5 })).status).toBe(400);
    expect((await api.call(tim, "POST", url, { title: "x", links: ["javascript:alert(1)"] })).status).toBe(400);
    expect((await api.call(tim, "POST", url, { title: "x", type: "gossip" })).status).toBe(400);
    expect((await api.call(tim, "POST", url, { title: "x", extra: 1 })).status).toBe(400);
    const utrechtPerson = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.utrechtMember } });
    expect((await api.call(tim, "POST", url, { title: "x", ownerId: utrechtPerson.id })).body.error.code).toBe("UNKNOWN_PERSON");
    const first = (await api.agenda(tim, seriesId, date)).items[0];
    expect((await api.call(tim, "PATCH", `${url}/${first?.id}`, { minutes: "x", version: (first?.version ?? 1) + 5 })).status).toBe(409);
  });

  it("hides another branch's meetings (404) and its agenda from a member of another branch", async () => {
    const series = await aSeries(ctx.db, {
      branch: await aBranch(ctx.db, { slug: "utrecht" }),
      data: { title: "Bestuur Utrecht", recurrenceKind: "odd_weeks", weekday: 2, singleDate: null, startTime: "20:00", validFrom: new Date("2026-01-01T00:00:00Z") },
    });
    const tim = await login(ctx.app, DEMO.treasurer);
    const { date } = await nextBoardMeeting();
    expect((await client().call(tim, "GET", `${client().meeting(series.id, date)}/agenda`)).status).toBe(404);
    const { seriesId } = await nextBoardMeeting();
    const utrechtMember = await login(ctx.app, DEMO.utrechtMember);
    expect((await client().call(utrechtMember, "GET", `${client().meeting(seriesId, date)}/agenda`)).status).toBe(404);
  });
});

describe("closing a meeting", () => {
  it("carries every unhandled item to the next non-cancelled meeting in one go, counting the postponement; twice → 409", async () => {
    const { seriesId, date } = await nextBoardMeeting();
    let tim = await login(ctx.app, DEMO.treasurer);
    const api = client();
    const [following, afterThat] = await boardDatesAfter(date, 2);
    // The following meeting is cancelled (Christmas break, say): items skip it.
    expect((await api.call(tim, "PUT", `/api/branches/den-haag/series/${seriesId}/occurrences/${following}`, { status: "cancelled", reason: "Geen vergadering", expectedVersion: null })).status).toBe(200);

    const before = await api.agenda(tim, seriesId, date);
    const handled = before.items.find((item) => item.title === "Begroting 2027");
    const handledResponse = await api.call(tim, "PATCH", `${api.meeting(seriesId, date)}/agenda/${handled?.id}`, { status: "handled", minutes: "Vastgesteld.", version: handled?.version });
    expect(handledResponse.status).toBe(200);

    tim = await onTheEveningOf(date);
    const closed = await api.call(tim, "POST", `${api.meeting(seriesId, date)}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.carriedTo).toBe(afterThat);
    expect(closed.body.meeting.closedAt).not.toBeNull();
    const unhandled = before.items.filter((item) => item.id !== handled?.id);
    expect(closed.body.carriedItems.map((item: { title: string }) => item.title)).toEqual([...unhandled.map((item) => item.title), ...before.proposals.map((item) => item.title)]);

    const next = await api.agenda(tim, seriesId, afterThat as string);
    const newsletter = next.items.find((item) => item.title === "Huisstijl nieuwsbrief");
    expect(newsletter).toMatchObject({ postponedCount: 2, oftenPostponed: true, origin: "carried_over" });
    expect(next.items.find((item) => item.title === "Terugkoppeling landelijke partij")).toMatchObject({ postponedCount: 1, oftenPostponed: false });
    expect(next.proposals.map((item) => item.proposedBy)).toContain("Amina Bouzid");
    expect(next.items.some((item) => item.title === "Begroting 2027")).toBe(false);

    const old = await api.agenda(tim, seriesId, date);
    expect(old.items.filter((item) => item.status === "postponed").length).toBe(unhandled.length);
    expect(old.items.find((item) => item.id === handled?.id)?.status).toBe("handled");
    expect((await api.call(tim, "POST", `${api.meeting(seriesId, date)}/close`)).status).toBe(409);
    expect((await api.call(tim, "POST", `${api.meeting(seriesId, date)}/agenda`, { title: "Te laat" })).status).toBe(409);

    const history = await api.call(tim, "GET", `/api/branches/den-haag/agenda-items/${newsletter?.id}/history`);
    expect(history.body.steps.map((step: { how: string }) => step.how)).toEqual(["created", "carried_over", "carried_over"]);
  });

  it("waits for the meeting's day in the branch's time zone: before it, 409 MEETING_NOT_YET_HELD and nothing changes", async () => {
    // A board meeting no other test here touches: the fourth after the demo's next one.
    const { seriesId, date: next } = await nextBoardMeeting();
    const date = (await boardDatesAfter(next, 4))[3] as string;
    const api = client();
    const closeOn = async (instant: string) => {
      ctx.clock.set(instant);
      return api.call(await login(ctx.app, DEMO.treasurer), "POST", `${api.meeting(seriesId, date)}/close`);
    };
    // 23:30 UTC the evening before is already the meeting's day in Amsterdam, 22:59 UTC is not.
    const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const instant of [TEST_NOW.toISOString(), `${dayBefore}T22:59:00Z`]) {
      const early = await closeOn(instant);
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe("MEETING_NOT_YET_HELD");
      expect(early.body.error.message).toContain(date);
    }
    expect(await ctx.db.meetingRecord.count({ where: { seriesId, closedAt: { not: null }, date: new Date(`${date}T00:00:00Z`) } })).toBe(0);
    const tim = await login(ctx.app, DEMO.treasurer);
    expect((await api.agenda(tim, seriesId, date)).meeting).toMatchObject({ held: false, closedAt: null });
    const onTheDay = await closeOn(`${dayBefore}T23:30:00Z`);
    expect(onTheDay.status).toBe(200);
    expect(onTheDay.body.meeting).toMatchObject({ held: true, closedAt: expect.any(String) });
  });

  it("rolls everything back when carrying over fails half-way", async () => {
    let tim = await login(ctx.app, DEMO.treasurer);
    const api = client();
    const { seriesId, date } = await nextBoardMeeting();
    const [, , target] = await boardDatesAfter(date, 3);
    const url = `${api.meeting(seriesId, target as string)}/agenda`;
    for (const title of ["Eerste punt", "Boom"]) expect((await api.call(tim, "POST", url, { title })).status).toBe(201);
    tim = await onTheEveningOf(target as string);
    // A trigger makes the second carried copy fail inside the transaction.
    await ctx.db.$executeRawUnsafe(`CREATE FUNCTION fail_boom() RETURNS trigger AS $$ BEGIN IF NEW.title = 'Boom' AND NEW.origin = 'carried_over' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await ctx.db.$executeRawUnsafe(`CREATE TRIGGER fail_boom BEFORE INSERT ON "AgendaItem" FOR EACH ROW EXECUTE FUNCTION fail_boom()`);
    try {
      const failed = await api.call(tim, "POST", `${api.meeting(seriesId, target as string)}/close`);
      expect(failed.status).toBe(500);
    } finally {
      await ctx.db.$executeRawUnsafe(`DROP TRIGGER fail_boom ON "AgendaItem"`);
      await ctx.db.$executeRawUnsafe(`DROP FUNCTION fail_boom()`);
    }
    const agenda = await api.agenda(tim, seriesId, target as string);
    expect(agenda.meeting.closedAt).toBeNull();
    expect(agenda.items.map((item) => item.status)).toEqual(["open", "open"]);
    expect(await ctx.db.agendaItem.count({ where: { seriesId, title: { in: ["Eerste punt", "Boom"] } } })).toBe(2);
    expect((await api.call(tim, "POST", `${api.meeting(seriesId, target as string)}/close`)).status).toBe(200);
  });
});
