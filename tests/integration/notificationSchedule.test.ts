import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ParsedMail } from "mailparser";
import type { NotificationPreferencesResponse, OutboxResponse } from "@afdelingsplanner/shared/schemas";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { drainOutbox, enqueueMail, enqueueMails, layoutMail, runNotificationTick, type OutgoingMail } from "../../server/src/modules/notifications/index.ts";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { bearer, buildTestApp, DEMO, login, TEST_PUBLIC_URL } from "../support/app.ts";
import { pinnedClock, TEST_NOW } from "../support/clock.ts";
import { TestSmtp } from "../support/smtp.ts";
import { aBranch, aMember, aSeries, type BranchRef, type MemberRef } from "../support/factories.ts";

/*
 * Issue 15's preferences and scheduler against a REAL SMTP peer (smtp-server): which mails arrive, and
 * that nothing arrives twice. The clock is pinned and moved by the tests; the tick runs when a test calls it.
 */

const smtp = new TestSmtp();
const clock = pinnedClock();
let database: TestDatabase;
let app: FastifyInstance;
let denHaagId: string;
let sanneId: string;

beforeAll(async () => {
  await smtp.start();
  database = await createTestDatabase();
  await seedDemoData(database.db, TEST_NOW);
  app = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
  await app.ready();
  denHaagId = (await database.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  sanneId = (await database.db.person.findFirstOrThrow({ where: { branchId: denHaagId, email: DEMO.member } })).id;
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
  await smtp.stop();
});

beforeEach(async () => {
  clock.set(TEST_NOW);
  await database.db.outboxMail.deleteMany({});
  await database.db.notificationPreference.deleteMany({});
  smtp.received.length = 0;
});

const mailFor = (personId: string | undefined, kind: string, subject: string): OutgoingMail => ({
  branchId: denHaagId,
  to: DEMO.member,
  locale: "nl",
  kind,
  personId,
  ...layoutMail("nl", { subject, greeting: "Hoi Sanne,", paragraphs: ["Een mail."] }),
});
const subjects = () => smtp.received.map((mail) => mail.subject).sort();
const unsubscribeLinkOf = (mail: ParsedMail): string => (mail.headers.get("list") as { unsubscribe: { url: string } }).unsubscribe.url;

describe("preferences and one-click unsubscribe", () => {
  it("gives optional mail an unsubscribe link (not transactional mail); a one-click POST without login stops that kind only", async () => {
    await database.db.$transaction(async (tx) => {
      await enqueueMail(tx, mailFor(sanneId, "agenda", "Agenda 1"));
      await enqueueMail(tx, mailFor(sanneId, "minutes", "Notulen 1"));
      await enqueueMail(tx, mailFor(sanneId, "invitation", "Uitnodiging 1"));
    });
    await drainOutbox(app);
    expect(subjects()).toEqual(["Agenda 1", "Notulen 1", "Uitnodiging 1"]);
    const agenda = smtp.received.find((mail) => mail.subject === "Agenda 1")!;
    const invitation = smtp.received.find((mail) => mail.subject === "Uitnodiging 1")!;
    expect(invitation.headers.get("list")).toBeUndefined();
    const link = unsubscribeLinkOf(agenda);
    expect(link).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/api/unsubscribe/[A-Za-z0-9_-]{32}/agenda$`));
    expect(agenda.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    // The link is also written at the bottom of the mail, for clients that hide List-Unsubscribe.
    expect(agenda.text).toContain(`Afmelden: ${link}`);

    // A browser's GET only asks; nothing changes yet.
    const path = link.slice(TEST_PUBLIC_URL.length);
    const page = await app.inject({ method: "GET", url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("Wil je geen agenda&#39;s van vergaderingen van BIJ1 Den Haag meer ontvangen?");
    expect(page.body).toContain(`<form method="post" action="${path}">`);
    expect(await database.db.notificationPreference.count()).toBe(0);

    // The mail client's one-click POST (RFC 8058): form-encoded, no login, no cookie.
    const post = await app.inject({ method: "POST", url: path, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "List-Unsubscribe=One-Click" });
    expect(post.statusCode).toBe(200);
    expect(post.json()).toEqual({ kind: "agenda", unsubscribed: true });
    // Twice is fine, and a forged token is 404.
    expect((await app.inject({ method: "POST", url: path, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "List-Unsubscribe=One-Click" })).statusCode).toBe(200);
    expect((await app.inject({ method: "POST", url: "/api/unsubscribe/bm90LWEtdG9rZW4/agenda", payload: { "List-Unsubscribe": "One-Click" } })).statusCode).toBe(404);

    smtp.received.length = 0;
    const added = await database.db.$transaction((tx) =>
      enqueueMails(tx, [mailFor(sanneId, "agenda", "Agenda 2"), mailFor(sanneId, "minutes", "Notulen 2"), mailFor(sanneId, "invitation", "Uitnodiging 2"), mailFor(undefined, "agenda", "Agenda zonder persoon")]),
    );
    expect(added).toBe(3);
    expect(await database.db.$transaction((tx) => enqueueMail(tx, mailFor(sanneId, "agenda", "Agenda 3")))).toBeNull();
    await drainOutbox(app);
    expect(subjects()).toEqual(["Agenda zonder persoon", "Notulen 2", "Uitnodiging 2"]);

    // The Meldingen page's API shows the kind off, and turns it on again.
    const session = await login(app, DEMO.member);
    const current = await app.inject({ method: "GET", url: "/api/branches/den-haag/me/notification-preferences", headers: bearer(session) });
    expect(current.statusCode).toBe(200);
    const body = current.json() as NotificationPreferencesResponse;
    expect(body).toMatchObject({ kinds: { agenda: false, minutes: true, reminder_evening: true }, eveningReminderTime: "19:00", daysBefore: 7 });
    const saved = await app.inject({
      method: "PUT",
      url: "/api/branches/den-haag/me/notification-preferences",
      headers: bearer(session),
      payload: { ...body, kinds: { ...body.kinds, agenda: true, action_digest: false }, eveningReminderTime: "20:30", daysBefore: 21 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ kinds: { agenda: true, action_digest: false }, eveningReminderTime: "20:30", daysBefore: 21, version: body.version + 1 });
    const stale = await app.inject({ method: "PUT", url: "/api/branches/den-haag/me/notification-preferences", headers: bearer(session), payload: body });
    expect(stale.statusCode).toBe(409);
    const outOfRange = await app.inject({ method: "PUT", url: "/api/branches/den-haag/me/notification-preferences", headers: bearer(session), payload: { ...(saved.json() as NotificationPreferencesResponse), daysBefore: 2 } });
    expect(outOfRange.statusCode).toBe(400);
  });
});

describe("the scheduler's tick, driven by the app clock", () => {
  let branch: BranchRef;
  let amira: MemberRef;
  let secretary: MemberRef;

  beforeAll(async () => {
    branch = await aBranch(database.db, { name: "BIJ1 Herinneringen" });
    amira = await aMember(database.db, { branch, name: "Amira", email: "amira@herinneringen.example", roles: ["board_member"] });
    secretary = await aMember(database.db, { branch, name: "Sophie", email: "sophie@herinneringen.example", roles: ["secretary"] });
  });

  const tickAt = async (instant: string) => {
    clock.set(new Date(instant));
    return runNotificationTick(app);
  };
  const rowsFor = (personId: string, kind: string) => database.db.outboxMail.findMany({ where: { personId, kind }, orderBy: { createdAt: "asc" } });
  const boardMeeting = (date: string, title: string) =>
    aSeries(database.db, { branch, data: { title, kind: "board", recurrenceKind: "single", singleDate: fromIsoDate(date), startTime: "19:30", validFrom: fromIsoDate("2026-01-01") } });
  const receivedBy = (address: string) => smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address === address);

  /**
   * Ticks at each instant (UTC, in order) and returns the first at which `kind` appeared for Amira with this
   * key part. The scheduler ticks every minute; the tests tick at the minutes that matter and every few hours
   * between, since a mail due earlier stays due (and is found) for hours.
   */
  async function firstTickWith(instants: string[], kind: string, keyPart: string): Promise<string | null> {
    let found: string | null = null;
    for (const instant of instants) {
      await tickAt(instant);
      if (!found && (await rowsFor(amira.personId, kind)).some((row) => row.dedupeKey?.includes(keyPart))) found = new Date(instant).toISOString();
    }
    return found;
  }
  /** Every `hours` hours from `from` to `to`, plus the given minutes, sorted. */
  const across = (from: string, to: string, hours: number, extra: string[]) => {
    const instants = new Set(extra.map((instant) => new Date(instant).toISOString()));
    for (let at = Date.parse(from); at <= Date.parse(to); at += hours * 60 * 60_000) instants.add(new Date(at).toISOString());
    return [...instants].sort();
  };

  it("sends exactly one evening reminder at 19:00 Amsterdam time in both clock-change weeks, and the Monday digest at 08:00", { timeout: 120_000 }, async () => {
    const autumn = await boardMeeting("2026-10-26", "Bestuursvergadering herfst");
    const spring = await boardMeeting("2027-03-29", "Bestuursvergadering lente");
    await database.db.actionItem.create({ data: { branchId: branch.id, seriesId: autumn.id, date: fromIsoDate("2026-10-26"), title: "Begroting 2027 rondsturen", ownerId: amira.personId, dueDate: fromIsoDate("2026-10-20") } });

    // Across the night the clocks go back (Sat 24 → Sun 25 October 2026): 19:00 is 17:00Z the day before, 18:00Z after.
    const autumnTicks = across("2026-10-24T12:00:00Z", "2026-10-26T12:00:00Z", 4, ["2026-10-25T17:00:00Z", "2026-10-25T17:59:00Z", "2026-10-25T18:00:00Z", "2026-10-25T18:01:00Z", "2026-10-26T06:59:00Z", "2026-10-26T07:00:00Z"]);
    expect(await firstTickWith(autumnTicks, "reminder_evening", autumn.id)).toBe("2026-10-25T18:00:00.000Z");
    // Monday 26 October, 08:00 winter time.
    const digests = await rowsFor(amira.personId, "action_digest");
    await database.db.actionItem.updateMany({ where: { branchId: branch.id }, data: { status: "done" } });
    expect(digests.map((row) => row.dedupeKey)).toEqual([`action_digest:2026-10-26:${amira.personId}`]);
    // And forward (Sat 27 → Sun 28 March 2027): 19:00 is 17:00Z on the Sunday, 18:00Z the day before.
    const springTicks = across("2027-03-27T12:00:00Z", "2027-03-29T12:00:00Z", 4, ["2027-03-27T18:00:00Z", "2027-03-28T16:59:00Z", "2027-03-28T17:00:00Z", "2027-03-28T18:00:00Z"]);
    expect(await firstTickWith(springTicks, "reminder_evening", spring.id)).toBe("2027-03-28T17:00:00.000Z");

    await drainOutbox(app);
    const mails = receivedBy(amira.email);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      "Je open acties deze week (1)",
      "Morgen: Bestuursvergadering herfst om 19:30",
      "Morgen: Bestuursvergadering lente om 19:30",
    ]);
    expect(mails.find((mail) => mail.subject?.includes("herfst"))?.text).toContain("maandag 26 oktober 2026 om 19:30 uur");
    expect(mails.find((mail) => mail.subject?.startsWith("Je open acties"))?.text).toContain("- Begroting 2027 rondsturen (uiterlijk dinsdag 20 oktober 2026, te laat)");
    expect(receivedBy(secretary.email)).toEqual([]);
  });

  it("follows a moved meeting to its new evening and time, and sends nothing for a cancelled one", async () => {
    const moved = await boardMeeting("2026-12-01", "Verplaatste vergadering");
    const cancelled = await boardMeeting("2026-12-08", "Vervallen vergadering");
    await database.db.occurrenceException.create({
      data: { branchId: branch.id, seriesId: moved.id, occurrenceDate: fromIsoDate("2026-12-01"), change: "moved", newStartLocal: new Date("2026-12-03T20:00:00Z"), newEndLocal: new Date("2026-12-03T21:30:00Z") },
    });
    await database.db.occurrenceException.create({ data: { branchId: branch.id, seriesId: cancelled.id, occurrenceDate: fromIsoDate("2026-12-08"), change: "cancelled" } });

    for (const instant of ["2026-11-30T18:00:00Z", "2026-12-02T18:00:00Z", "2026-12-02T18:30:00Z", "2026-12-07T18:00:00Z"]) await tickAt(instant);
    await drainOutbox(app);
    expect(receivedBy(amira.email).map((mail) => mail.subject)).toEqual(["Morgen: Verplaatste vergadering om 20:00"]);
    expect(receivedBy(amira.email)[0]?.text).toContain("donderdag 3 december 2026 om 20:00 uur");
  });

  it("mails the secretary and the term-holder once, 60 days before a term ends, however often it ticks", async () => {
    const seat = await database.db.boardSeat.create({ data: { branchId: branch.id, function: "penningmeester", personId: amira.personId } });
    // Last day 21 January 2027: 60 days before is 22 November 2026, at 09:00 Amsterdam time (08:00Z).
    await database.db.boardTerm.create({ data: { branchId: branch.id, seatId: seat.id, personId: amira.personId, kind: "elected", startDate: fromIsoDate("2025-01-22"), endDate: fromIsoDate("2027-01-21") } });

    await tickAt("2026-11-22T07:59:00Z");
    expect(await rowsFor(secretary.personId, "roster_term")).toHaveLength(0);
    await tickAt("2026-11-22T08:00:00Z");
    await tickAt("2026-11-22T08:01:00Z");
    await tickAt("2026-11-22T15:00:00Z");
    await drainOutbox(app);
    const toSecretary = receivedBy(secretary.email);
    expect(toSecretary.map((mail) => mail.subject)).toEqual(["De termijn van Amira als penningmeester eindigt op donderdag 21 januari 2027"]);
    expect(toSecretary[0]?.text).toContain("Te besluiten: herbenoemen");
    expect(toSecretary[0]?.text).toContain(`${TEST_PUBLIC_URL}/a/${branch.slug}/rooster`);
    expect(receivedBy(amira.email).map((mail) => mail.subject)).toEqual(["Jouw termijn als penningmeester eindigt op donderdag 21 januari 2027"]);
  });

  it("sends no duplicates when two instances tick at once and after a restart, and loses nothing while SMTP is down", { timeout: 60_000 }, async () => {
    const meeting = await boardMeeting("2026-12-15", "Vergadering twee instanties");
    const second = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
    try {
      clock.set(new Date("2026-12-14T18:00:00Z"));
      await Promise.all([runNotificationTick(app), runNotificationTick(second), runNotificationTick(app)]);
    } finally {
      await second.close();
    }
    // A restarted instance ticks the same minute again.
    const restarted = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
    try {
      await runNotificationTick(restarted);
      const rows = (await rowsFor(amira.personId, "reminder_evening")).filter((row) => row.dedupeKey?.includes(meeting.id));
      expect(rows).toHaveLength(1);

      await smtp.stop();
      await drainOutbox(restarted);
      expect((await database.db.outboxMail.findUniqueOrThrow({ where: { id: rows[0]!.id } })).status).toBe("pending");
      // The secretary sees it waiting, with the reason, on the outbox page.
      const session = await login(restarted, secretary.email);
      const queue = await restarted.inject({ method: "GET", url: `/api/branches/${branch.slug}/outbox?status=pending`, headers: bearer(session) });
      expect(queue.statusCode).toBe(200);
      const body = queue.json() as OutboxResponse;
      expect(body.counts.pending).toBe(1);
      expect(body.mails.map((mail) => [mail.kind, mail.status, mail.lastError !== null])).toEqual([["reminder_evening", "pending", true]]);
      await smtp.start();
      clock.advance(60_000);
      await drainOutbox(restarted);
    } finally {
      await restarted.close();
    }
    expect(receivedBy(amira.email).map((mail) => mail.subject)).toEqual(["Morgen: Vergadering twee instanties om 19:30"]);
  });

  it("runs the tick as a pg-boss cron job on the app's own PostgreSQL when jobs are on", { timeout: 60_000 }, async () => {
    const withJobs = await buildTestApp(database.db, { clock, jobsDatabaseUrl: database.url });
    try {
      await withJobs.ready();
      expect(withJobs.jobs.enabled).toBe(true);
      const schedules = await database.db.$queryRawUnsafe<{ name: string; cron: string }[]>(`SELECT name, cron FROM pgboss.schedule`);
      expect(schedules).toContainEqual({ name: "notification-tick", cron: "* * * * *" });
    } finally {
      await withJobs.close();
    }
    expect(app.jobs.enabled).toBe(false);
  });
});
