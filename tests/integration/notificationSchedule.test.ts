import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ParsedMail } from "mailparser";
import type { NotificationPreferencesResponse } from "@afdelingsplanner/shared/schemas";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { drainOutbox, enqueueMail, enqueueMails, layoutMail, type OutgoingMail } from "../../server/src/modules/notifications/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { bearer, buildTestApp, DEMO, login, TEST_PUBLIC_URL } from "../support/app.ts";
import { pinnedClock, TEST_NOW } from "../support/clock.ts";
import { TestSmtp } from "../support/smtp.ts";

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
