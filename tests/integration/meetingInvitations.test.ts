import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ParsedMail } from "mailparser";
import ICAL from "ical.js";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { drainOutbox } from "../../server/src/modules/notifications/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { bearer, buildTestApp, DEMO, login, type Session } from "../support/app.ts";
import { pinnedClock, TEST_NOW } from "../support/clock.ts";
import { TestSmtp } from "../support/smtp.ts";

/*
 * Issue 15, calendar invitations (RFC 5546): a series created, one meeting moved, one cancelled, the series
 * deleted, each through the API, with the mails sent to a REAL SMTP peer and read back with mailparser and
 * ical.js (Thunderbird's parser). What Gmail and Outlook need to show their accept buttons: the method in the
 * text/calendar part's content type, one VEVENT per UID, DTSTAMP, UTC times, ORGANIZER, ATTENDEE;RSVP=TRUE.
 */

const smtp = new TestSmtp();
const clock = pinnedClock();
let database: TestDatabase;
let app: FastifyInstance;
let board: Session;
let boardEmails: string[];
let seriesId: string;

const TITLE = "Bestuursvergadering (uitnodigingstest)";
const ORGANIZER = "secretariaat@bij1-denhaag.example";

beforeAll(async () => {
  await smtp.start();
  database = await createTestDatabase();
  await seedDemoData(database.db, TEST_NOW);
  app = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
  await app.ready();
  board = await login(app, DEMO.treasurer);
  const branch = await database.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
  const roles = await database.db.branchRole.findMany({ where: { branchId: branch.id, role: "board_member" }, select: { person: { select: { email: true } } } });
  boardEmails = roles.flatMap((role) => (role.person.email ? [role.person.email] : [])).sort();
  expect(boardEmails).toHaveLength(5);
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
  await smtp.stop();
});

beforeEach(() => {
  smtp.received.length = 0;
});

interface ParsedInvite {
  to: string;
  subject: string;
  text: string;
  contentTypeMethod: string | undefined;
  icsFile: string | undefined;
  method: string;
  events: { uid: string; sequence: number; start: string; end: string; stamp: string | null; status: string | null; organizer: string; attendees: { email: string; rsvp: string | null }[] }[];
}

const recipientOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((entry) => entry.address ?? ""))[0] ?? "";
const mailto = (value: unknown) => String(value).replace(/^mailto:/i, "").toLowerCase();

function parseInvite(mail: ParsedMail): ParsedInvite {
  const part = mail.attachments.find((attachment) => attachment.contentType === "text/calendar");
  if (!part) throw new Error(`No text/calendar part in "${mail.subject}"`);
  const contentType = part.headers.get("content-type") as { params?: Record<string, string> } | undefined;
  const ics = mail.attachments.find((attachment) => attachment.filename?.endsWith(".ics"));
  const text = part.content.toString("utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    to: recipientOf(mail),
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    contentTypeMethod: contentType?.params?.method,
    icsFile: ics ? `${ics.filename}:${ics.content.toString("utf8") === text}` : undefined,
    method: String(calendar.getFirstPropertyValue("method")),
    events: calendar.getAllSubcomponents("vevent").map((event) => ({
      uid: String(event.getFirstPropertyValue("uid")),
      sequence: Number(event.getFirstPropertyValue("sequence")),
      // jCal writes a UTC time with a trailing Z; a floating or zoned time has none.
      start: String(event.getFirstProperty("dtstart")?.toJSON()[3]),
      end: String(event.getFirstProperty("dtend")?.toJSON()[3]),
      stamp: (event.getFirstPropertyValue("dtstamp") as ICAL.Time | null)?.toString() ?? null,
      status: (event.getFirstPropertyValue("status") as string | null) ?? null,
      organizer: mailto(event.getFirstPropertyValue("organizer")),
      attendees: event.getAllProperties("attendee").map((attendee) => ({ email: mailto(attendee.getFirstValue()), rsvp: (attendee.getParameter("rsvp") as string | undefined) ?? null })),
    })),
  };
}

/** The invites about our series that arrived with this method, one per recipient (fails if anyone got two). */
async function invitesArrived(method: "REQUEST" | "CANCEL"): Promise<Map<string, ParsedInvite>> {
  await drainOutbox(app);
  const ours = smtp.received.filter((mail) => mail.subject?.includes(TITLE)).map(parseInvite).filter((invite) => invite.method === method);
  const byRecipient = new Map(ours.map((invite) => [invite.to, invite]));
  expect(byRecipient.size).toBe(ours.length);
  return byRecipient;
}

const ourMails = () => smtp.received.filter((mail) => mail.subject?.includes(TITLE));

async function feedEvents(email: string): Promise<Map<string, { start: number; end: number; status: string | null; sequence: number }>> {
  const session = await login(app, email);
  const url = (await app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(session) })).json<{ url: string }>().url;
  const feed = await app.inject({ method: "GET", url: new URL(url).pathname });
  expect(feed.statusCode).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(feed.body));
  return new Map(
    calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      const status = (component.getFirstPropertyValue("status") as string | null) ?? null;
      return [event.uid, { start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime(), status, sequence: event.sequence }];
    }),
  );
}

function expectWellFormed(invite: ParsedInvite, method: "REQUEST" | "CANCEL") {
  expect(invite.contentTypeMethod).toBe(method);
  expect(invite.method).toBe(method);
  expect(invite.icsFile).toBe(`${method === "REQUEST" ? "invite" : "cancel"}.ics:true`);
  expect(invite.events.length).toBeGreaterThan(0);
  expect(new Set(invite.events.map((event) => event.uid)).size).toBe(invite.events.length);
  for (const event of invite.events) {
    // DTSTAMP: when the message was made, the app clock's now (to the second), in UTC.
    expect(event.stamp).toMatch(/Z$/);
    expect(Date.parse(event.stamp!)).toBe(Math.floor(TEST_NOW.getTime() / 1000) * 1000);
    expect(event.start).toMatch(/Z$/);
    expect(event.end).toMatch(/Z$/);
    expect(event.organizer).toBe(ORGANIZER);
    expect(event.attendees).toEqual([{ email: invite.to, rsvp: method === "REQUEST" ? "TRUE" : "FALSE" }]);
    if (method === "CANCEL") expect(event.status).toBe("CANCELLED");
  }
}

let created: Map<string, ParsedInvite>;
let moved: { uid: string; sequence: number; date: string; version: number };

describe("calendar invitations by mail", () => {
  it("creating a board series sends each board member one REQUEST with a VEVENT per meeting, under the personal feed's UIDs", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/branches/den-haag/series",
      headers: bearer(board),
      payload: { kind: "board", title: TITLE, recurrence: { kind: "odd_weeks", weekday: 4 }, startTime: "19:30", durationMinutes: 120, location: "Buurthuis De Mussen", validFrom: "2026-11-23", validUntil: "2027-02-28" },
    });
    expect(response.statusCode).toBe(201);
    seriesId = response.json().series.id;

    created = await invitesArrived("REQUEST");
    expect(ourMails()).toHaveLength(5);
    expect([...created.keys()].sort()).toEqual(boardEmails);
    const occurrences = (await app.inject({ method: "GET", url: `/api/branches/den-haag/occurrences?from=2026-11-22&to=2027-02-28`, headers: bearer(board) })).json().occurrences.filter((o: { seriesId: string }) => o.seriesId === seriesId) as { date: string; start: string }[];
    expect(occurrences.length).toBeGreaterThanOrEqual(6);
    for (const invite of created.values()) {
      expectWellFormed(invite, "REQUEST");
      expect(invite.subject).toBe(`Uitnodiging: ${TITLE}`);
      expect(invite.text).toContain(`BIJ1 Den Haag nodigt je uit voor ${TITLE}:`);
      expect(invite.text).toMatch(/• donderdag 3 december 2026, 19:30–21:30, Buurthuis De Mussen/);
      expect(invite.events.map((event) => event.uid).sort()).toEqual(occurrences.map((o) => `${seriesId}-${o.date}@afdelingsplanner`).sort());
    }
    // Every UID is the one the member's personal feed (fetched through the API) has for that meeting, at the same time.
    const feed = await feedEvents(DEMO.secretary);
    for (const event of created.get(DEMO.secretary)!.events) {
      expect(feed.get(event.uid)).toMatchObject({ start: Date.parse(event.start), end: Date.parse(event.end) });
    }
    // Each mail is the member's: kind meeting_invitation with their personId in the outbox.
    const rows = await database.db.outboxMail.findMany({ where: { subject: { contains: TITLE } }, select: { kind: true, personId: true, toAddress: true } });
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatchObject({ kind: "meeting_invitation", personId: expect.any(String) });
  });

  it("moving one meeting sends every board member a REQUEST for that UID alone, with the new time and a higher SEQUENCE", async () => {
    const target = created.get(DEMO.treasurer)!.events.sort((a, b) => a.start.localeCompare(b.start))[1]!;
    const date = target.uid.slice(seriesId.length + 1, seriesId.length + 11);
    const response = await app.inject({
      method: "PUT",
      url: `/api/branches/den-haag/series/${seriesId}/occurrences/${date}`,
      headers: bearer(board),
      payload: { status: "moved", start: `${date}T20:00`, end: `${date}T22:00`, reason: "Zaal later vrij", expectedVersion: null },
    });
    expect(response.statusCode).toBe(200);

    const updates = await invitesArrived("REQUEST");
    expect(ourMails()).toHaveLength(5);
    expect([...updates.keys()].sort()).toEqual(boardEmails);
    for (const invite of updates.values()) {
      expectWellFormed(invite, "REQUEST");
      expect(invite.events).toHaveLength(1);
      const [event] = invite.events;
      expect(event!.uid).toBe(target.uid);
      expect(event!.sequence).toBeGreaterThan(target.sequence);
      // 20:00 in The Hague in winter is 19:00 UTC.
      expect(event!.start).toBe(`${date}T19:00:00Z`);
    }
    const feed = await feedEvents(DEMO.secretary);
    // The feed has the new time, and the SEQUENCE of the mailed update, so neither looks older than the other.
    expect(feed.get(target.uid)).toMatchObject({ start: Date.parse(`${date}T19:00:00Z`), sequence: updates.get(DEMO.secretary)!.events[0]!.sequence });
    moved = { uid: target.uid, sequence: updates.get(DEMO.treasurer)!.events[0]!.sequence, date, version: response.json().exception.version };
  });

  it("cancelling a board meeting sends METHOD:CANCEL with the feed's UID and a higher SEQUENCE to every board member", async () => {
    const response = await app.inject({
      method: "PUT",
      url: `/api/branches/den-haag/series/${seriesId}/occurrences/${moved.date}`,
      headers: bearer(board),
      payload: { status: "cancelled", reason: "Te weinig bestuursleden", expectedVersion: moved.version },
    });
    expect(response.statusCode).toBe(200);

    const cancels = await invitesArrived("CANCEL");
    expect(ourMails()).toHaveLength(5);
    expect([...cancels.keys()].sort()).toEqual(boardEmails);
    for (const invite of cancels.values()) {
      expectWellFormed(invite, "CANCEL");
      expect(invite.subject).toMatch(new RegExp(`^Afgezegd: .* op \\d+ \\w+$`));
      expect(invite.events.map((event) => [event.uid, event.sequence > moved.sequence])).toEqual([[moved.uid, true]]);
    }
    moved.sequence = cancels.get(DEMO.treasurer)!.events[0]!.sequence;
    const feed = await feedEvents(DEMO.secretary);
    expect(feed.get(moved.uid)?.status).toBe("CANCELLED");
  });

  it("changing the series sends a REQUEST with the new times and a higher SEQUENCE, a CANCEL for the meetings it took away, and a new attendee only the REQUEST", async () => {
    const current = (await app.inject({ method: "GET", url: `/api/branches/den-haag/series/${seriesId}`, headers: bearer(board) })).json().series;
    const sanne = await database.db.person.findFirstOrThrow({ where: { email: DEMO.member } });
    const response = await app.inject({
      method: "PATCH",
      url: `/api/branches/den-haag/series/${seriesId}`,
      headers: bearer(board),
      payload: { startTime: "19:00", validUntil: "2027-01-15", extraAttendeeIds: [sanne.id], version: current.version },
    });
    expect(response.statusCode).toBe(200);

    const before = created.get(DEMO.treasurer)!.events.map((event) => event.uid.slice(seriesId.length + 1, seriesId.length + 11));
    const kept = before.filter((date) => date <= "2027-01-15" && `${seriesId}-${date}@afdelingsplanner` !== moved.uid).sort();
    const dropped = before.filter((date) => date > "2027-01-15").sort();
    expect(kept.length).toBeGreaterThan(1);
    expect(dropped.length).toBeGreaterThan(0);

    const requests = await invitesArrived("REQUEST");
    const cancels = await invitesArrived("CANCEL");
    expect([...requests.keys()].sort()).toEqual([...boardEmails, DEMO.member].sort());
    expect([...cancels.keys()].sort()).toEqual(boardEmails);
    expect(ourMails()).toHaveLength(11);
    for (const invite of requests.values()) {
      expectWellFormed(invite, "REQUEST");
      expect(invite.events.map((event) => event.uid).sort()).toEqual(kept.map((date) => `${seriesId}-${date}@afdelingsplanner`));
      for (const event of invite.events) {
        expect(event.sequence).toBeGreaterThan(moved.sequence);
        // 19:00 in The Hague in winter.
        expect(event.start).toMatch(/T18:00:00Z$/);
      }
    }
    for (const invite of cancels.values()) {
      expectWellFormed(invite, "CANCEL");
      expect(invite.events.map((event) => event.uid).sort()).toEqual(dropped.map((date) => `${seriesId}-${date}@afdelingsplanner`));
    }
    created = requests;
  });

  it("deleting the series cancels its remaining meetings in every attendee's calendar, and nobody else gets mail", async () => {
    const response = await app.inject({ method: "DELETE", url: `/api/branches/den-haag/series/${seriesId}`, headers: bearer(board) });
    expect(response.statusCode).toBe(204);
    const cancels = await invitesArrived("CANCEL");
    expect(ourMails()).toHaveLength(6);
    expect([...cancels.keys()].sort()).toEqual([...boardEmails, DEMO.member].sort());
    for (const invite of cancels.values()) {
      expectWellFormed(invite, "CANCEL");
      expect(invite.events.map((event) => event.uid).sort()).toEqual(created.get(DEMO.treasurer)!.events.map((event) => event.uid).sort());
    }
    expect(smtp.received).toHaveLength(6);
  });
});
