import { describe, expect, it } from "vitest";
import { getISOWeek, parseISO } from "date-fns";
import { DEMO, bearer, login, useTestApp, type Session } from "../support/app.ts";

const ctx = useTestApp();

type Occurrence = { seriesId: string; kind: string; title: string; date: string; start: string; end: string; isoWeek: number; isoWeekYear: number; parity: string; status: string; reason: string; location: string; mode: string; exceptionVersion: number | null };

async function occurrences(session: Session, query: string, slug = "den-haag") {
  const response = await ctx.app.inject({ method: "GET", url: `/api/branches/${slug}/occurrences?${query}`, headers: bearer(session) });
  return { status: response.statusCode, body: response.json() as { occurrences: Occurrence[]; error?: { code: string; message: string } } };
}

async function seriesId(session: Session, title: string) {
  const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/series", headers: bearer(session) });
  const found = (response.json().series as { id: string; title: string; version: number }[]).find((series) => series.title === title);
  if (!found) throw new Error(`No series ${title}`);
  return found;
}

const boardSeries = {
  kind: "other",
  title: "Extra ledenvergadering",
  recurrence: { kind: "single", date: "2027-02-10" },
  startTime: "20:00",
  durationMinutes: 90,
  validFrom: "2027-02-10",
};

describe("the demo rhythm", () => {
  it("puts every board meeting in an odd ISO week and every working-group meeting in an even one, across the 53-week turn of 2026", async () => {
    const member = await login(ctx.app, DEMO.member);
    const { status, body } = await occurrences(member, "from=2026-11-30&to=2027-02-28");
    expect(status).toBe(200);
    const board = body.occurrences.filter((occurrence) => occurrence.kind === "board");
    const groups = body.occurrences.filter((occurrence) => occurrence.kind === "working_group");
    expect(board.length).toBeGreaterThan(5);
    for (const occurrence of board) {
      expect(occurrence.isoWeek % 2, occurrence.date).toBe(1);
      expect(getISOWeek(parseISO(occurrence.date))).toBe(occurrence.isoWeek);
    }
    for (const occurrence of groups) expect(occurrence.isoWeek % 2, `${occurrence.title} ${occurrence.date}`).toBe(0);
    // The board meets in week 53 of 2026 and again in week 1 of 2027: two odd weeks in a row.
    expect(board.map((occurrence) => `${occurrence.isoWeekYear}-W${occurrence.isoWeek}`)).toEqual(expect.arrayContaining(["2026-W53", "2027-W1"]));
    expect(board.find((occurrence) => occurrence.date === "2027-01-05")).toMatchObject({ start: "2027-01-05T19:30:00+01:00", end: "2027-01-05T21:30:00+01:00", parity: "odd", status: "scheduled" });
    const starts = body.occurrences.map((occurrence) => Date.parse(occurrence.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("keeps the board at 19:30 local time on both sides of the October DST change", async () => {
    const member = await login(ctx.app, DEMO.member);
    const { body } = await occurrences(member, "from=2026-10-01&to=2026-11-15&kind=board");
    expect(body.occurrences.map((occurrence) => occurrence.start)).toEqual([
      "2026-10-06T19:30:00+02:00",
      "2026-10-20T19:30:00+02:00",
      "2026-11-03T19:30:00+01:00",
    ]);
  });

  it("holds the branch meeting on the last Friday of each month and the theme evening every other month", async () => {
    const member = await login(ctx.app, DEMO.member);
    const branchMeetings = (await occurrences(member, "from=2027-01-01&to=2027-04-30&kind=branch_meeting")).body.occurrences;
    expect(branchMeetings.map((occurrence) => occurrence.date)).toEqual(["2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30"]);
    const themes = (await occurrences(member, "from=2027-01-01&to=2027-06-30&kind=theme")).body.occurrences;
    expect(themes.map((occurrence) => occurrence.date)).toEqual(["2027-01-21", "2027-03-18", "2027-05-20"]);
  });

  it("filters by working group (slug or id) and by the caller's own meetings", async () => {
    const member = await login(ctx.app, DEMO.member); // Sanne: Organizing only, not on the board
    const organizing = (await occurrences(member, "from=2027-01-01&to=2027-01-31&workingGroup=organizing")).body.occurrences;
    expect(new Set(organizing.map((occurrence) => occurrence.title))).toEqual(new Set(["Werkgroep Organizing"]));
    const mine = (await occurrences(member, "from=2027-01-01&to=2027-01-31&mine=true")).body.occurrences;
    expect(new Set(mine.map((occurrence) => occurrence.kind))).toEqual(new Set(["working_group", "branch_meeting", "theme"]));
    expect(mine.some((occurrence) => occurrence.title === "Werkgroep Communicatie")).toBe(false);
  });
});

describe("GET /occurrences rejects bad ranges", () => {
  it.each([
    ["from after to", "from=2027-02-01&to=2027-01-01", /after/],
    ["a range over two years", "from=2026-01-01&to=2028-01-02", /at most 2 years/],
    ["a date that does not exist", "from=2026-02-30&to=2026-03-31", /2026-02-30.*not a date that exists/],
    ["a malformed date", "from=30-01-2026&to=2026-03-31", /from/],
    ["a missing to", "from=2026-01-01", /"to" is required/],
    ["an unknown kind", "from=2026-01-01&to=2026-02-01&kind=party", /^Invalid querystring: "kind" must be one of: board, working_group, branch_meeting, theme, other\.$/],
  ])("answers 400 for %s", async (_label, query, message) => {
    const member = await login(ctx.app, DEMO.member);
    const { status, body } = await occurrences(member, query);
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(message);
  });

  it("allows exactly two years", async () => {
    const member = await login(ctx.app, DEMO.member);
    expect((await occurrences(member, "from=2026-01-01&to=2028-01-01")).status).toBe(200);
  });
});

describe("series: who may write", () => {
  it("lets a board member create a series, which then shows up in the agenda", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const created = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/series", headers: bearer(treasurer), payload: boardSeries });
    expect(created.statusCode).toBe(201);
    expect(created.json().series).toMatchObject({ title: "Extra ledenvergadering", version: 1, mode: "in_person", extraAttendeeIds: [] });
    const { body } = await occurrences(treasurer, "from=2027-02-01&to=2027-02-28&kind=other");
    expect(body.occurrences).toEqual([expect.objectContaining({ title: "Extra ledenvergadering", start: "2027-02-10T20:00:00+01:00", end: "2027-02-10T21:30:00+01:00" })]);
  });

  it("refuses a plain member with 403 and another branch with 404", async () => {
    const member = await login(ctx.app, DEMO.member);
    const utrecht = await login(ctx.app, DEMO.utrechtMember);
    expect((await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/series", headers: bearer(member), payload: boardSeries })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/series", headers: bearer(utrecht), payload: boardSeries })).statusCode).toBe(404);
    const board = await seriesId(member, "Bestuursvergadering");
    expect((await ctx.app.inject({ method: "GET", url: `/api/branches/utrecht/series/${board.id}`, headers: bearer(utrecht) })).statusCode).toBe(404);
  });

  it.each([
    ["an RRULE that cannot be parsed", { recurrence: { kind: "rrule", rule: "FREQ=FORTNIGHTLY" } }, /FREQ|rule/i],
    ["an hourly rule", { recurrence: { kind: "rrule", rule: "FREQ=HOURLY" } }, /HOURLY|daily/i],
    ["validUntil before validFrom", { recurrence: { kind: "odd_weeks", weekday: 2 }, validFrom: "2027-01-01", validUntil: "2026-01-01" }, /before|after/i],
    ["a weekday of 8", { recurrence: { kind: "odd_weeks", weekday: 8 } }, /^Invalid body: "recurrence.weekday" must be <= 7\.$/],
    ["an unknown kind of recurrence", { recurrence: { kind: "weekly" } }, /^Invalid body: "recurrence.kind" must be one of: odd_weeks, even_weeks, rrule, single\.$/],
    ["odd weeks without a weekday", { recurrence: { kind: "odd_weeks" } }, /^Invalid body: "recurrence.weekday" is required\.$/],
    ["a working-group meeting without a group", { kind: "working_group", recurrence: { kind: "even_weeks", weekday: 1 } }, /working group/i],
    ["a start time of 25:00", { startTime: "25:00" }, /startTime/],
    ["a single date that does not exist", { recurrence: { kind: "single", date: "2027-02-30" }, validFrom: "2027-02-01" }, /2027-02-30/],
    ["a working group of another branch", { workingGroupId: "00000000-0000-4000-8000-000000000000" }, /working group/i],
    ["an unexpected field", { branchId: "00000000-0000-4000-8000-000000000000" }, /"branchId" is not an accepted field/],
  ])("answers 400 for %s", async (_label, change, message) => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const response = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/series", headers: bearer(treasurer), payload: { ...boardSeries, ...change } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it("refuses a stale edit with 409 and applies a current one", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const board = await seriesId(treasurer, "Bestuursvergadering");
    const url = `/api/branches/den-haag/series/${board.id}`;
    const first = await ctx.app.inject({ method: "PATCH", url, headers: bearer(treasurer), payload: { version: board.version, location: "Online" } });
    expect(first.statusCode).toBe(200);
    expect(first.json().series).toMatchObject({ location: "Online", version: board.version + 1 });
    const stale = await ctx.app.inject({ method: "PATCH", url, headers: bearer(treasurer), payload: { version: board.version, location: "Ergens anders" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/reload/i);
    expect((await ctx.app.inject({ method: "GET", url, headers: bearer(treasurer) })).json().series.location).toBe("Online");
  });

  it("deletes a series", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const created = await ctx.app.inject({ method: "POST", url: "/api/branches/den-haag/series", headers: bearer(treasurer), payload: { ...boardSeries, title: "Eenmalig" } });
    const url = `/api/branches/den-haag/series/${created.json().series.id}`;
    expect((await ctx.app.inject({ method: "DELETE", url, headers: bearer(treasurer) })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: "GET", url, headers: bearer(treasurer) })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: "DELETE", url, headers: bearer(treasurer) })).statusCode).toBe(404);
  });
});

describe("exceptions to one occurrence", () => {
  it("cancels, moves and restores one board meeting", async () => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const board = await seriesId(treasurer, "Bestuursvergadering");
    const url = `/api/branches/den-haag/series/${board.id}/occurrences/2027-01-05`;
    const boardOn = async (query: string) => (await occurrences(treasurer, `${query}&kind=board`)).body.occurrences;

    expect((await boardOn("from=2027-01-04&to=2027-01-10"))[0]).toMatchObject({ date: "2027-01-05", status: "scheduled", exceptionVersion: null });
    const cancel = await ctx.app.inject({ method: "PUT", url, headers: bearer(treasurer), payload: { status: "cancelled", reason: "Nieuwjaarsborrel", expectedVersion: null } });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().exception).toMatchObject({ status: "cancelled", version: 1 });
    expect((await boardOn("from=2027-01-04&to=2027-01-10"))[0]).toMatchObject({ date: "2027-01-05", status: "cancelled", reason: "Nieuwjaarsborrel", exceptionVersion: 1 });

    const moved = { status: "moved", start: "2027-01-12T20:00", end: "2027-01-12T21:30", reason: "Zaal bezet", expectedVersion: 1 };
    const move = await ctx.app.inject({ method: "PUT", url, headers: bearer(treasurer), payload: moved });
    expect(move.statusCode).toBe(200);
    expect(await boardOn("from=2027-01-04&to=2027-01-10")).toEqual([]);
    expect((await boardOn("from=2027-01-11&to=2027-01-17"))[0]).toMatchObject({ date: "2027-01-05", status: "moved", start: "2027-01-12T20:00:00+01:00", isoWeek: 2, exceptionVersion: 2 });

    expect((await ctx.app.inject({ method: "DELETE", url: `${url}?version=2`, headers: bearer(treasurer) })).statusCode).toBe(204);
    expect((await boardOn("from=2027-01-04&to=2027-01-10"))[0]).toMatchObject({ status: "scheduled", start: "2027-01-05T19:30:00+01:00", exceptionVersion: null });
    // Undone already (by someone else, say): the version the caller saw is stale.
    const again = await ctx.app.inject({ method: "DELETE", url: `${url}?version=2`, headers: bearer(treasurer) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("STALE_VERSION");
  });

  it.each([
    ["a date the series does not meet on", "2027-01-06", { status: "cancelled", reason: "", expectedVersion: null }, /no meeting planned on 2027-01-06/],
    ["a date that does not exist", "2027-02-30", { status: "cancelled", reason: "", expectedVersion: null }, /not a date that exists/],
    ["a move without times", "2027-01-05", { status: "moved", reason: "", expectedVersion: null }, /needs a new start/],
    ["a move that ends before it starts", "2027-01-05", { status: "moved", start: "2027-01-12T20:00", end: "2027-01-12T19:00", reason: "", expectedVersion: null }, /must be after the new start/],
    ["a change that changes nothing", "2027-01-05", { status: "scheduled", reason: "", expectedVersion: null }, /location or mode/],
    ["a change without the version it saw", "2027-01-05", { status: "cancelled", reason: "" }, /expectedVersion/],
  ])("answers 400 for %s", async (_label, date, payload, message) => {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const board = await seriesId(treasurer, "Bestuursvergadering");
    const response = await ctx.app.inject({ method: "PUT", url: `/api/branches/den-haag/series/${board.id}/occurrences/${date}`, headers: bearer(treasurer), payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it("lets only board members change an occurrence", async () => {
    const member = await login(ctx.app, DEMO.member);
    const board = await seriesId(member, "Bestuursvergadering");
    const response = await ctx.app.inject({ method: "PUT", url: `/api/branches/den-haag/series/${board.id}/occurrences/2027-01-19`, headers: bearer(member), payload: { status: "cancelled", reason: "", expectedVersion: null } });
    expect(response.statusCode).toBe(403);
  });
});

describe("versions of a change to one occurrence (issue 7: a stale edit gets 409)", () => {
  const STALE = "Someone else changed this meeting in the meantime. Reload to see their change, then try again.";
  const date = "2027-01-19";

  async function setup() {
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const secretary = await login(ctx.app, DEMO.secretary);
    const board = await seriesId(treasurer, "Bestuursvergadering");
    const url = `/api/branches/den-haag/series/${board.id}/occurrences/${date}`;
    const key = { seriesId_occurrenceDate: { seriesId: board.id, occurrenceDate: new Date(`${date}T00:00:00Z`) } };
    const stored = () => ctx.db.occurrenceException.findUnique({ where: key });
    const logged = () => ctx.db.auditEntry.count({ where: { entityType: "occurrence_exception", summary: { startsWith: `Bestuursvergadering op ${date}` } } });
    const put = (session: Session, payload: object) => ctx.app.inject({ method: "PUT", url, headers: bearer(session), payload });
    const undo = (session: Session, version: number | string) => ctx.app.inject({ method: "DELETE", url: `${url}?version=${version}`, headers: bearer(session) });
    const seen = async () => (await occurrences(treasurer, `from=${date}&to=${date}&kind=board`)).body.occurrences[0];
    return { treasurer, secretary, url, stored, logged, put, undo, seen };
  }

  function expectStale(response: { statusCode: number; json: () => { error: { code: string; message: string } } }) {
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({ code: "STALE_VERSION", message: STALE });
  }

  it("bumps the version on every change, refuses stale changes and undos without changing anything, and logs each success once", async () => {
    const { treasurer, secretary, stored, logged, put, undo, seen } = await setup();
    expect((await seen())?.exceptionVersion).toBeNull();
    const logBefore = await logged();

    // Both board members open the dialog on the planned meeting; the treasurer cancels first.
    expect((await put(treasurer, { status: "cancelled", reason: "Kerstreces", expectedVersion: null })).statusCode).toBe(200);
    expect((await seen())?.exceptionVersion).toBe(1);
    expect(await logged()).toBe(logBefore + 1);

    // The secretary still saw no change: moving it now would silently overwrite the cancellation.
    expectStale(await put(secretary, { status: "moved", start: "2027-01-20T20:00", end: "2027-01-20T21:30", reason: "Zaal", expectedVersion: null }));
    // A version that never existed, or the undo of a version that is gone, is stale too.
    expectStale(await put(secretary, { status: "cancelled", reason: "Dubbel", expectedVersion: 7 }));
    expectStale(await undo(secretary, 2));
    expect(await stored()).toMatchObject({ change: "cancelled", reason: "Kerstreces", version: 1 });
    expect(await logged()).toBe(logBefore + 1);

    // After reloading she sees version 1 and moves it: version 2.
    const move = await put(secretary, { status: "moved", start: "2027-01-20T20:00", end: "2027-01-20T21:30", reason: "Zaal", expectedVersion: 1 });
    expect(move.statusCode).toBe(200);
    expect(move.json().exception).toMatchObject({ status: "moved", start: "2027-01-20T20:00", version: 2 });
    expect(await logged()).toBe(logBefore + 2);

    // The treasurer's undo of version 1 comes too late; nothing is undone.
    expectStale(await undo(treasurer, 1));
    expect(await stored()).toMatchObject({ change: "moved", version: 2 });
    expect(await logged()).toBe(logBefore + 2);

    expect((await undo(treasurer, 2)).statusCode).toBe(204);
    expect(await stored()).toBeNull();
    expect((await seen())?.exceptionVersion).toBeNull();
    expect(await logged()).toBe(logBefore + 3);
  });

  it("requires the version: a change without expectedVersion or an undo without ?version= is a 400 that names the field", async () => {
    const { treasurer, url, put, stored } = await setup();
    const noBody = await put(treasurer, { status: "cancelled", reason: "Geen versie" });
    expect(noBody.statusCode).toBe(400);
    expect(noBody.json().error.message).toMatch(/expectedVersion/);
    const noQuery = await ctx.app.inject({ method: "DELETE", url, headers: bearer(treasurer) });
    expect(noQuery.statusCode).toBe(400);
    expect(noQuery.json().error.message).toMatch(/version/);
    expect((await put(treasurer, { status: "cancelled", reason: "Nul", expectedVersion: 0 })).statusCode).toBe(400);
    expect(await stored()).toBeNull();
  });

  it("answers 404, not 409, for a series that is not this branch's: the version check reveals nothing about other branches", async () => {
    const { treasurer } = await setup();
    // A series of another branch looks to Den Haag exactly like one that does not exist.
    const elsewhere = "00000000-0000-4000-8000-000000000000";
    const response = await ctx.app.inject({ method: "DELETE", url: `/api/branches/den-haag/series/${elsewhere}/occurrences/${date}?version=1`, headers: bearer(treasurer) });
    expect(response.statusCode).toBe(404);
  });
});

describe("weekly load", () => {
  it("flags the treasurer in week 47 of 2026: the board on Tuesday and the theme evening on Thursday", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/load?week=2026-W47", headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    const tim = response.json().people.find((person: { name: string }) => person.name === "Tim Kies");
    expect(tim.overloaded).toBe(true);
    expect(tim.meetings.map((meeting: { title: string }) => meeting.title).sort()).toEqual(["Bestuursvergadering", "ThemaBIJ1komst"]);
    const daan = response.json().people.find((person: { name: string }) => person.name === "Daan Kortenhoeven");
    expect(daan).toMatchObject({ overloaded: false, meetings: [expect.objectContaining({ title: "ThemaBIJ1komst" })] });
  });

  it("accepts week 53 of 2026 and refuses weeks that do not exist", async () => {
    const member = await login(ctx.app, DEMO.member);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/load?week=2026-W53", headers: bearer(member) })).statusCode).toBe(200);
    for (const week of ["2026-W60", "2027-W53", "2026-W00"]) {
      const response = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/load?week=${week}`, headers: bearer(member) });
      expect(response.statusCode, week).toBe(400);
      expect(response.json().error.message).toMatch(new RegExp(`Week ${week} does not exist`));
    }
  });

  it("lists the overloaded weeks per person over a range", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/load?from=2026-11-16&to=2026-12-31", headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.weeks).toEqual(["2026-W47", "2026-W48", "2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53"]);
    const tim = body.people.find((person: { name: string }) => person.name === "Tim Kies");
    expect(tim.perWeek).toHaveLength(7);
    expect(body.overloaded).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Tim Kies", week: "2026-W47" })]));
    for (const entry of body.overloaded) expect(entry.meetings.length).toBeGreaterThan(1);
  });

  it("answers 400 for a week and a range together, or for neither", async () => {
    const member = await login(ctx.app, DEMO.member);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/load?week=2026-W48&from=2026-01-01&to=2026-02-01", headers: bearer(member) })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/load", headers: bearer(member) })).statusCode).toBe(400);
  });
});
