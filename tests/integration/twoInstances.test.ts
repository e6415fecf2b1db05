import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { calendarDays } from "@afdelingsplanner/shared";
import { createDatabaseClient, type Database } from "../../server/src/db/client.ts";
import { toIsoDate } from "../../server/src/lib/dates.ts";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { buildTestApp, DEMO } from "../support/app.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMONSTRATIONS, PEOPLE } from "./goalsHelpers.ts";
import { pinnedClock, testToday, TEST_NOW } from "../support/clock.ts";

/*
 * Two app instances, as behind a load balancer: each has its own Prisma client (its own connection
 * pool) on the same database, and every write goes over real HTTP. Requests are split across both
 * and sent at once, so only the database can keep them apart.
 */
let database: TestDatabase;
let secondDb: Database;
const apps: FastifyInstance[] = [];
const bases: string[] = [];
const today = () => testToday();

// One clock for both instances, as one real clock would be.
const clock = pinnedClock();

async function startInstance(db: Database): Promise<void> {
  const app = await buildTestApp(db, { clock });
  apps.push(app);
  await app.listen({ host: "127.0.0.1", port: 0 });
  bases.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, TEST_NOW);
  secondDb = createDatabaseClient(database.url);
  await startInstance(database.db);
  await startInstance(secondDb);
});

afterAll(async () => {
  await Promise.allSettled(apps.map((app) => app.close()));
  await secondDb?.$disconnect();
  await database?.drop();
});

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** One HTTP request to instance `n % 2`. */
async function call(n: number, token: string | null, method: string, url: string, body?: object): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body) headers["content-type"] = "application/json";
  const response = await fetch(`${bases[n % 2]}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const tokens = new Map<string, string>();
async function tokenOf(email: string): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const response = await call(tokens.size, null, "POST", "/api/auth/login", { email, password: DEMO_PASSWORD });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  tokens.set(email, response.body.accessToken);
  return response.body.accessToken;
}

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort();

describe("two app instances on one database", () => {
  it("both answer, and a token from one is accepted by the other", async () => {
    expect(bases).toHaveLength(2);
    expect(bases[0]).not.toBe(bases[1]);
    const token = await tokenOf(PEOPLE.sanne);
    for (const n of [0, 1]) expect((await call(n, token, "GET", "/api/branches/den-haag/working-groups")).status).toBe(200);
  });

  it("keeps all 40 activities logged at once for one working group, and the goal counts all of them", async () => {
    const sanne = await tokenOf(PEOPLE.sanne);
    const groups = (await call(0, sanne, "GET", "/api/branches/den-haag/working-groups")).body.workingGroups as { id: string; slug: string }[];
    const organizing = groups.find((group) => group.slug === "organizing")?.id;
    expect(organizing).toBeDefined();
    const demonstrations = async () => {
      const goals = (await call(0, sanne, "GET", "/api/branches/den-haag/goals?workingGroup=organizing")).body.goals as { title: string; current: number }[];
      return goals.find((goal) => goal.title === DEMONSTRATIONS)?.current ?? Number.NaN;
    };
    const before = await demonstrations();

    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) => call(n, sanne, "POST", "/api/branches/den-haag/activities", { type: "demonstration", date: today(), workingGroupId: organizing, note: `parallel ${n}` })),
    );
    expect(statuses(answers)).toEqual(Array(40).fill(201));
    expect(await database.db.activity.count({ where: { note: { startsWith: "parallel " } } })).toBe(40);
    expect(new Set(answers.map((answer) => answer.body.activity.id)).size).toBe(40);
    expect(await demonstrations()).toBe(before + 40);
  });

  it("lets exactly one of 10 simultaneous edits of a meeting series with the same version win; the rest are told to reload", async () => {
    const nadine = await tokenOf(DEMO.secretary);
    const list = (await call(0, nadine, "GET", "/api/branches/den-haag/series")).body.series as { id: string; title: string; version: number }[];
    const series = list.find((one) => one.title === "Werkgroep Organizing");
    if (!series) throw new Error("demo series Werkgroep Organizing is missing");

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) => call(n, nadine, "PATCH", `/api/branches/den-haag/series/${series.id}`, { version: series.version, location: `Zaal ${n}` })),
    );
    const won = answers.filter((answer) => answer.status === 200);
    const lost = answers.filter((answer) => answer.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const answer of lost) {
      expect(answer.body.error.code).toBe("STALE_VERSION");
      expect(answer.body.error.message).toBe("Someone else changed this meeting series in the meantime. Reload to see their change, then try again.");
    }
    const stored = await database.db.meetingSeries.findUniqueOrThrow({ where: { id: series.id } });
    expect(stored.location).toBe(won[0]?.body.series.location);
    expect(stored.version).toBe(series.version + 1);
    expect(won[0]?.body.series.version).toBe(series.version + 1);
  });

  it("records a reappointment sent four times at once only once", async () => {
    const nadine = await tokenOf(DEMO.secretary);
    const roster = (await call(0, nadine, "GET", "/api/branches/den-haag/roster")).body as { entries: { name: string; seatId: string }[] };
    const latifa = roster.entries.find((entry) => entry.name === "Latifa Salmi");
    if (!latifa) throw new Error("Latifa holds no seat");
    const termsBefore = await database.db.boardTerm.count({ where: { seatId: latifa.seatId } });
    const url = `/api/branches/den-haag/roster/seats/${latifa.seatId}/reappointment`;
    const answers = await Promise.all([0, 1, 2, 3].map((n) => call(n, nadine, "POST", url, { note: "dubbel verzonden" })));
    expect(statuses(answers)).toEqual([201, 409, 409, 409]);
    expect(await database.db.boardTerm.count({ where: { seatId: latifa.seatId } })).toBe(termsBefore + 1);
    expect(await database.db.rosterEvent.count({ where: { seatId: latifa.seatId, kind: "reappointed" } })).toBe(1);
  });

  it("approves a guest's request approved four times at once once; the others are told it changed", async () => {
    const board = (await call(0, null, "GET", "/api/public/branches/den-haag/board-meetings")).body.meetings as { seriesId: string; date: string }[];
    const meeting = board[board.length - 1];
    const asked = await call(1, null, "POST", "/api/branches/den-haag/guest-requests", { name: "Joris de Wit", email: "joris@example.org", seriesId: meeting?.seriesId, date: meeting?.date, topic: "Buurtbudget" });
    expect(asked.status).toBe(201);
    const nadine = await tokenOf(DEMO.secretary);
    const queue = (await call(0, nadine, "GET", "/api/branches/den-haag/guest-requests")).body.requests as { id: string; name: string; version: number }[];
    const request = queue.find((one) => one.name === "Joris de Wit");
    if (!request) throw new Error("the request is not in the queue");
    const answers = await Promise.all([0, 1, 2, 3].map((n) => call(n, nadine, "POST", `/api/branches/den-haag/guest-requests/${request.id}/approve`, { version: request.version })));
    expect(statuses(answers)).toEqual([200, 409, 409, 409]);
    for (const lost of answers.filter((answer) => answer.status === 409)) expect(lost.body.error.message).toMatch(/Reload/);
    const stored = await database.db.guestRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "approved", version: request.version + 1 });
  });

  it("accepts a proposal accepted six times at once once, and closing a meeting four times at once carries every item over exactly once", async () => {
    const begroting = await database.db.agendaItem.findFirstOrThrow({ where: { title: "Begroting 2027" } });
    const meetingUrl = `/api/branches/den-haag/meetings/${begroting.seriesId}/${toIsoDate(begroting.date)}`;
    const tim = await tokenOf(DEMO.treasurer); // the demo board's agenda preparer
    const agenda = (await call(0, tim, "GET", `${meetingUrl}/agenda`)).body as { items: { id: string; status: string }[]; proposals: { id: string }[] };
    const proposal = agenda.proposals[0];
    if (!proposal) throw new Error("the demo board agenda has no proposal");

    const accepted = await Promise.all(Array.from({ length: 6 }, (_, n) => call(n, tim, "POST", `${meetingUrl}/agenda/${proposal.id}/accept`)));
    expect(statuses(accepted)).toEqual([200, 409, 409, 409, 409, 409]);
    for (const lost of accepted.filter((answer) => answer.status === 409)) expect(lost.body.error.message).toMatch(/Reload the agenda/);
    expect(await database.db.agendaItem.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "open", version: 2 });

    const sourceIds = (await database.db.agendaItem.findMany({ where: { seriesId: begroting.seriesId, date: begroting.date, status: { in: ["open", "postponed"] } } })).map((item) => item.id);
    expect(sourceIds.length).toBeGreaterThan(1);
    // A meeting can be closed from its day on (issue 18): on its evening, with a token from then.
    clock.set(`${toIsoDate(begroting.date)}T20:30:00Z`);
    tokens.clear();
    const timThen = await tokenOf(DEMO.treasurer);
    const closed = await Promise.all([0, 1, 2, 3].map((n) => call(n, timThen, "POST", `${meetingUrl}/close`)));
    clock.set(TEST_NOW);
    tokens.clear();
    expect(statuses(closed)).toEqual([200, 409, 409, 409]);
    const winner = closed.find((answer) => answer.status === 200)?.body as { carriedTo: string; carriedItems: { id: string }[] };
    expect(winner.carriedItems).toHaveLength(sourceIds.length);
    const carried = await database.db.agendaItem.findMany({ where: { previousItemId: { in: sourceIds } } });
    expect(carried).toHaveLength(sourceIds.length);
    expect(new Set(carried.map((item) => item.previousItemId)).size).toBe(sourceIds.length);
    expect(new Set(carried.map((item) => toIsoDate(item.date)))).toEqual(new Set([winner.carriedTo]));
    expect(await database.db.meetingRecord.count({ where: { seriesId: begroting.seriesId, date: begroting.date } })).toBe(1);
  });

  it("stores one answer when a member sends the same RSVP to both instances at once", async () => {
    const sanne = await tokenOf(PEOPLE.sanne);
    const me = (await call(0, sanne, "GET", "/api/me")).body as { user: { branches: { slug: string; personId: string | null }[] } };
    const personId = me.user.branches.find((branch) => branch.slug === "den-haag")?.personId;
    if (!personId) throw new Error(`no person id in ${JSON.stringify(me)}`);
    const organizing = await database.db.meetingSeries.findFirstOrThrow({ where: { title: "Werkgroep Organizing" } });
    const from = today();
    const occurrences = (await call(0, sanne, "GET", `/api/branches/den-haag/occurrences?from=${from}&to=${calendarDays.addDays(from, 60)}&workingGroup=organizing`)).body.occurrences as { seriesId: string; date: string }[];
    const next = occurrences.find((occurrence) => occurrence.seriesId === organizing.id);
    if (!next) throw new Error("no upcoming Organizing meeting");
    const url = `/api/branches/den-haag/meetings/${next.seriesId}/${next.date}/attendance/${personId}`;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => call(n, sanne, "PUT", url, { rsvp: n % 2 === 0 ? "yes" : "maybe" })));
    expect(statuses(answers)).toEqual(Array(8).fill(200));
    expect(await database.db.meetingAttendance.count({ where: { seriesId: next.seriesId, personId } })).toBe(1);
  });

  it("lets one of two board members who cancel or move the same meeting at once win, with the same version; the other is told to reload", async () => {
    const [nadine, tim] = await Promise.all([tokenOf(DEMO.secretary), tokenOf(DEMO.treasurer)]);
    const from = calendarDays.addDays(today(), 70); // clear of the meetings the tests above use
    const board = (await call(0, tim, "GET", `/api/branches/den-haag/occurrences?from=${from}&to=${calendarDays.addDays(from, 60)}&kind=board`)).body.occurrences as {
      seriesId: string;
      date: string;
      exceptionVersion: number | null;
    }[];
    const meeting = board.find((one) => one.exceptionVersion === null);
    if (!meeting) throw new Error("no planned board meeting without a change");
    const url = `/api/branches/den-haag/series/${meeting.seriesId}/occurrences/${meeting.date}`;
    const key = { seriesId_occurrenceDate: { seriesId: meeting.seriesId, occurrenceDate: new Date(`${meeting.date}T00:00:00Z`) } };
    const next = calendarDays.addDays(meeting.date, 1);
    const edits = (expectedVersion: number | null) => [
      { status: "cancelled", reason: "Te weinig bestuursleden", expectedVersion },
      { status: "moved", start: `${next}T20:00`, end: `${next}T21:30`, reason: "Zaal bezet", expectedVersion },
    ];
    const logged = () => database.db.auditEntry.count({ where: { entityType: "occurrence_exception", summary: { contains: ` op ${meeting.date} ` } } });
    const logBefore = await logged();

    for (const [round, expectedVersion] of [[1, null], [2, 1]] as const) {
      // Sent at once over both instances: the cancel by Nadine on one, the move by Tim on the other.
      const answers = await Promise.all(edits(expectedVersion).map((payload, n) => call(n, n === 0 ? nadine : tim, "PUT", url, payload)));
      expect(statuses(answers), `round ${round}`).toEqual([200, 409]);
      const won = answers.findIndex((answer) => answer.status === 200);
      const lost = answers[1 - won];
      expect(lost?.body.error).toEqual({ code: "STALE_VERSION", message: "Someone else changed this meeting in the meantime. Reload to see their change, then try again." });
      const stored = await database.db.occurrenceException.findUniqueOrThrow({ where: key });
      expect(stored).toMatchObject({ change: won === 0 ? "cancelled" : "moved", version: round });
      expect(answers[won]?.body.exception).toMatchObject({ status: won === 0 ? "cancelled" : "moved", version: round });
      expect(await logged()).toBe(logBefore + round);
    }

    // Two undos of version 2 at once: the meeting is restored once, logged once.
    const undone = await Promise.all([0, 1].map((n) => call(n, n === 0 ? nadine : tim, "DELETE", `${url}?version=2`)));
    expect(statuses(undone)).toEqual([204, 409]);
    expect(await database.db.occurrenceException.findUnique({ where: key })).toBeNull();
    expect(await logged()).toBe(logBefore + 3);
  });
});
