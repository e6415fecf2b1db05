import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ParsedMail } from "mailparser";
import ICAL from "ical.js";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { drainOutbox } from "../../server/src/modules/notifications/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { bearer, buildTestApp, DEMO, login, TEST_PUBLIC_URL, type Session } from "../support/app.ts";
import { pinnedClock, TEST_NOW } from "../support/clock.ts";
import { TestSmtp } from "../support/smtp.ts";

/*
 * Issue 15, the meeting's own mails, through a REAL SMTP peer: "Agenda versturen" (and what a second send says
 * changed), the minutes and decisions when a meeting is closed, and the guests' mails (the secretary hears of a
 * request; the guest hears the answer, an approval with a calendar invitation read back with ical.js).
 */

const smtp = new TestSmtp();
const clock = pinnedClock();
let database: TestDatabase;
let app: FastifyInstance;
let tim: Session;
let branchId: string;
let boardEmails: string[];

beforeAll(async () => {
  await smtp.start();
  database = await createTestDatabase();
  await seedDemoData(database.db, TEST_NOW);
  app = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
  await app.ready();
  tim = await login(app, DEMO.treasurer);
  branchId = (await database.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  const roles = await database.db.branchRole.findMany({ where: { branchId, role: "board_member" }, select: { person: { select: { email: true } } } });
  boardEmails = roles.flatMap((role) => (role.person.email ? [role.person.email] : [])).sort();
  expect(boardEmails.length).toBeGreaterThan(2);
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
  await smtp.stop();
});

beforeEach(async () => {
  clock.set(TEST_NOW);
  await drainOutbox(app);
  smtp.received.length = 0;
});

const call = async (session: Session | null, method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", url: string, payload?: object) => {
  const response = await app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.body ? response.json() : null };
};
const meetingUrl = (seriesId: string, date: string) => `/api/branches/den-haag/meetings/${seriesId}/${date}`;
const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((entry) => entry.address ?? ""))[0] ?? "";
/** The mails whose subject starts with `prefix`, after the outbox has been sent. */
async function sent(prefix: string): Promise<ParsedMail[]> {
  await drainOutbox(app);
  return smtp.received.filter((mail) => mail.subject?.startsWith(prefix));
}
const boardMeetings = async (from: string, to: string) =>
  (await call(tim, "GET", `/api/branches/den-haag/occurrences?from=${from}&to=${to}&kind=board`)).body.occurrences as { seriesId: string; date: string; status: string; start: string }[];

describe("Agenda versturen", () => {
  it("mails the agenda to the board with items, carried-over count, links and location; a second send lists what changed", async () => {
    const [meeting] = (await boardMeetings("2026-11-23", "2027-01-31")).filter((one) => one.status !== "cancelled");
    const url = meetingUrl(meeting!.seriesId, meeting!.date);
    const add = async (title: string, links: string[] = []) => (await call(tim, "POST", `${url}/agenda`, { title, links })).body.item as { id: string; version: number };
    const budget = await add("Begroting 2027", ["https://docs.example/begroting-2027.pdf"]);
    const flyers = await add("Flyers wijkmarkt");
    const stays = await add("Huisregels");
    // As if carried over twice already (the carry-over itself is tested in meetings.test.ts).
    await database.db.agendaItem.update({ where: { id: stays.id }, data: { origin: "carried_over", postponedCount: 2 } });

    // An ordinary member may not send it; nothing goes out.
    const member = await login(app, DEMO.member);
    const refused = await call(member, "POST", `${url}/agenda/send`);
    expect([refused.status, refused.body.error.code]).toEqual([403, "AGENDA_EDITORS_ONLY"]);
    expect((await call(tim, "GET", `${url}/agenda/send`)).body).toEqual({ lastSentAt: null, maySend: true });

    const first = await call(tim, "POST", `${url}/agenda/send`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ recipients: boardEmails.length, changes: null, sentAt: new Date(TEST_NOW).toISOString() });
    expect((await call(tim, "GET", `${url}/agenda/send`)).body.lastSentAt).toBe(new Date(TEST_NOW).toISOString());
    const mails = await sent("Agenda: Bestuursvergadering");
    expect(mails.map(addressOf).sort()).toEqual(boardEmails);
    const location = (await database.db.meetingSeries.findUniqueOrThrow({ where: { id: meeting!.seriesId } })).location;
    const text = mails[0]!.text ?? "";
    expect(text).toContain("1. ");
    expect(text).toContain("Begroting 2027");
    expect(text).toContain("Documenten: https://docs.example/begroting-2027.pdf");
    expect(text).toMatch(/Huisregels \(.*doorgeschoven, 2 keer uitgesteld\)/);
    expect(text).toContain(location);
    expect(text).toContain(`${TEST_PUBLIC_URL}/a/den-haag/vergadering/${meeting!.seriesId}/${meeting!.date}`);
    expect(await database.db.outboxMail.count({ where: { kind: "agenda", personId: null } })).toBe(0);

    // Added, removed and changed since the first send.
    clock.set("2026-11-25T10:00:00Z");
    tim = await login(app, DEMO.treasurer);
    await add("Kascommissie");
    expect((await call(tim, "DELETE", `${url}/agenda/${flyers.id}?version=${flyers.version}`)).status).toBe(204);
    expect((await call(tim, "PATCH", `${url}/agenda/${budget.id}`, { title: "Begroting 2027 (tweede lezing)", version: budget.version })).status).toBe(200);
    const second = await call(tim, "POST", `${url}/agenda/send`);
    expect(second.body.changes).toEqual({ added: ["Kascommissie"], removed: ["Flyers wijkmarkt"], changed: ["Begroting 2027 (tweede lezing)"], timeChanged: false, locationChanged: false });
    const updates = await sent("Gewijzigde agenda: Bestuursvergadering");
    expect(updates).toHaveLength(boardEmails.length);
    expect(updates[0]!.text).toContain("- Nieuw: Kascommissie\n- Vervallen: Flyers wijkmarkt\n- Gewijzigd: Begroting 2027 (tweede lezing) (titel)");
  });
});

describe("closing a meeting", () => {
  it("mails the minutes and decisions to the board and to who was present, with the close", async () => {
    const [, meeting] = (await boardMeetings("2026-11-23", "2027-01-31")).filter((one) => one.status !== "cancelled");
    const url = meetingUrl(meeting!.seriesId, meeting!.date);
    const item = (await call(tim, "POST", `${url}/agenda`, { title: "Verkiezingsprogramma" })).body.item as { id: string; version: number };
    expect((await call(tim, "PATCH", `${url}/agenda/${item.id}`, { status: "handled", minutes: "Besproken; de schrijfgroep gaat verder.", version: item.version })).status).toBe(200);
    expect((await call(tim, "POST", `${url}/decisions`, { text: "Het bestuur stemt in met de tijdlijn voor het programma." })).status).toBe(201);
    // A member outside the board who was there gets the minutes too.
    const lid = await database.db.person.findFirstOrThrow({ where: { branchId, email: DEMO.member } });
    expect((await call(tim, "PUT", `${url}/attendance/${lid.id}`, { presence: "present" })).status).toBe(200);

    // A meeting is closed on or after its day.
    clock.set(`${meeting!.date}T21:45:00Z`);
    tim = await login(app, DEMO.treasurer);
    const closed = await call(tim, "POST", `${url}/close`);
    expect(closed.status).toBe(200);
    const mails = await sent("Notulen en besluiten: Bestuursvergadering");
    expect(mails.map(addressOf).sort()).toEqual([...boardEmails, DEMO.member].sort());
    const text = mails[0]!.text ?? "";
    expect(text).toContain("Verkiezingsprogramma\n   Besproken; de schrijfgroep gaat verder.");
    expect(text).toContain("- Het bestuur stemt in met de tijdlijn voor het programma.");
    expect(await database.db.outboxMail.count({ where: { kind: "minutes" } })).toBe(boardEmails.length + 1);
  });
});

describe("guests", () => {
  const publicMeetings = async () => (await call(null, "GET", "/api/public/branches/den-haag/board-meetings")).body.meetings as { seriesId: string; date: string; start: string }[];
  const ask = async (name: string, email: string, meeting: { seriesId: string; date: string }) => {
    const response = await app.inject({ method: "POST", url: "/api/branches/den-haag/guest-requests", payload: { name, email, seriesId: meeting.seriesId, date: meeting.date, topic: "Buurtbudget" } });
    expect(response.statusCode).toBe(201);
  };

  it("links every board meeting in the public calendar to the page where one asks to attend", async () => {
    const feed = await app.inject({ method: "GET", url: "/api/public/branches/den-haag/board-meetings.ics", headers: { host: "planner.example" } });
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(3);
    for (const event of events) {
      expect(event.getFirstPropertyValue("url")).toBe("http://planner.example/bezoek/den-haag");
      expect(event.getFirstPropertyValue("description")).toBe("Wil je erbij zijn? Vraag het aan via http://planner.example/bezoek/den-haag");
    }
  });

  it("tells the secretary of a request; an approval mails the guest the details and a calendar REQUEST, a decline mails no calendar", async () => {
    const [meeting] = await publicMeetings();
    await ask("Joris de Wit", "joris@example.org", meeting!);
    await ask("Eva Kok", "eva@example.org", meeting!);
    const secretaries = await database.db.branchRole.findMany({ where: { branchId, role: "secretary" }, select: { person: { select: { email: true } } } });
    const notices = await sent("Verzoek om de Bestuursvergadering");
    expect(notices.filter((mail) => mail.text?.includes("Joris de Wit")).map(addressOf).sort()).toEqual(secretaries.map((role) => role.person.email).sort());
    expect(notices[0]!.text).toContain(`${TEST_PUBLIC_URL}/a/den-haag/aanvragen`);
    expect(await database.db.outboxMail.count({ where: { kind: "guest_request", personId: null } })).toBe(0);
    smtp.received.length = 0;

    const nadine = await login(app, DEMO.secretary);
    const requests = (await call(nadine, "GET", "/api/branches/den-haag/guest-requests")).body.requests as { id: string; name: string; version: number }[];
    const decide = (name: string, action: "approve" | "decline") => {
      const request = requests.find((one) => one.name === name)!;
      return call(nadine, "POST", `/api/branches/den-haag/guest-requests/${request.id}/${action}`, { version: request.version });
    };
    expect((await decide("Joris de Wit", "approve")).status).toBe(200);
    expect((await decide("Eva Kok", "decline")).status).toBe(200);
    await drainOutbox(app);

    const welcome = smtp.received.find((mail) => addressOf(mail) === "joris@example.org")!;
    expect(welcome.subject).toMatch(/^Je bent welkom bij de Bestuursvergadering/);
    const series = await database.db.meetingSeries.findUniqueOrThrow({ where: { id: meeting!.seriesId } });
    expect(welcome.text).toContain(series.location);
    expect(welcome.text).toContain(series.startTime);
    expect(welcome.headers.get("list")).toBeUndefined();
    const part = welcome.attachments.find((attachment) => attachment.contentType === "text/calendar");
    expect(part).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(part!.content.toString("utf8")));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.uid).toBe(`${meeting!.seriesId}-${meeting!.date}@afdelingsplanner`);
    expect(event.startDate.toJSDate().getTime()).toBe(new Date(meeting!.start).getTime());
    expect(event.location).toBe(series.location);
    expect(String(events[0]!.getFirstProperty("attendee")?.getFirstValue()).toLowerCase()).toBe("mailto:joris@example.org");

    const declined = smtp.received.find((mail) => addressOf(mail) === "eva@example.org")!;
    expect(declined.text).toContain("Helaas kan dat deze keer niet");
    expect(declined.attachments.filter((attachment) => attachment.contentType.includes("calendar"))).toHaveLength(0);
    expect(await database.db.outboxMail.count({ where: { kind: "guest_decision", personId: { not: null } } })).toBe(0);
  });
});
