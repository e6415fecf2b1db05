import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ParsedMail } from "mailparser";
import type { OutboxResponse } from "@afdelingsplanner/shared/schemas";
import { createDatabaseClient, type Database } from "../../server/src/db/client.ts";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { drainOutbox, enqueueMail, layoutMail } from "../../server/src/modules/notifications/index.ts";
import { CLAIM_TIMEOUT_MS, describeSendError, MAX_ATTEMPTS, retryDelayMs } from "../../server/src/modules/notifications/worker.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { bearer, buildTestApp, DEMO, login, TEST_MAIL_FROM, TEST_PUBLIC_URL } from "../support/app.ts";
import { pinnedClock, TEST_NOW } from "../support/clock.ts";
import { TestSmtp } from "../support/smtp.ts";

/*
 * Mail goes out through a REAL SMTP peer: an smtp-server started here on a free loopback port, which
 * collects what arrives; mailparser reads it back. Three apps share one database: two with mail on (as
 * two instances behind a load balancer, each with its own connection pool) and one without SMTP_URL.
 */

const smtp = new TestSmtp();
const clock = pinnedClock();
let database: TestDatabase;
let secondDb: Database;
let mailOn: FastifyInstance;
let mailOnToo: FastifyInstance;
let mailOff: FastifyInstance;
let denHaagId: string;

beforeAll(async () => {
  await smtp.start();
  database = await createTestDatabase();
  await seedDemoData(database.db, TEST_NOW);
  secondDb = createDatabaseClient(database.url);
  // No interval: each test decides when a pass runs (drainOutbox); one test below runs the interval.
  mailOn = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
  mailOnToo = await buildTestApp(secondDb, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 0 });
  mailOff = await buildTestApp(database.db, { clock });
  await Promise.all([mailOn.ready(), mailOnToo.ready(), mailOff.ready()]);
  denHaagId = (await database.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
});

afterAll(async () => {
  await Promise.allSettled([mailOn?.close(), mailOnToo?.close(), mailOff?.close()]);
  await secondDb?.$disconnect();
  await database?.drop();
  await smtp.stop();
});

beforeEach(async () => {
  clock.set(TEST_NOW);
  // Settle whatever an interval pass of an earlier test still has under way, then start from an empty outbox.
  await Promise.all([drainOutbox(mailOn), drainOutbox(mailOnToo)]);
  await database.db.outboxMail.deleteMany({});
  smtp.received.length = 0;
});

async function enqueue(to: string, options: { kind?: string; subject?: string; actionUrl?: string } = {}): Promise<string> {
  const content = layoutMail("nl", {
    subject: options.subject ?? "Welkom bij BIJ1 Den Haag",
    greeting: "Hoi Amira,",
    paragraphs: ["Nadine nodigt je uit voor de Afdelingsplanner van BIJ1 Den Haag."],
    action: { label: "Account aanmaken", url: options.actionUrl ?? `${TEST_PUBLIC_URL}/uitnodiging/abc` },
  });
  return database.db.$transaction((tx) =>
    enqueueMail(tx, { branchId: denHaagId, to, locale: "nl", kind: options.kind ?? "invitation", ...content, actionUrl: options.actionUrl }),
  );
}

const addressesOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((entry) => entry.address));

describe("the outbox worker", () => {
  it("sends an enqueued mail once, from MAIL_FROM to the recipient, with its subject, a text and an HTML part", async () => {
    const id = await enqueue("amira@example.org", { actionUrl: `${TEST_PUBLIC_URL}/uitnodiging/tok123` });
    expect(await drainOutbox(mailOn)).toBe(1);
    // A second pass finds nothing more to send.
    expect(await drainOutbox(mailOn)).toBe(0);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from?.value[0]?.address).toBe("secretariaat@bij1-denhaag.example");
    expect(`${mail.from?.value[0]?.name} <${mail.from?.value[0]?.address}>`).toBe(TEST_MAIL_FROM);
    expect(addressesOf(mail)).toEqual(["amira@example.org"]);
    expect(mail.subject).toBe("Welkom bij BIJ1 Den Haag");
    expect(mail.text).toContain("Hoi Amira,");
    expect(mail.text).toContain(`Account aanmaken: ${TEST_PUBLIC_URL}/uitnodiging/tok123`);
    expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/uitnodiging/tok123"`);
    expect(mail.html).toContain("<p>Hoi Amira,</p>");

    const row = await database.db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("sent");
    expect(row.sentAt?.toISOString()).toBe(TEST_NOW.toISOString());
    expect(row.attempts).toBe(0);
  });

  it("sends an iTIP part as a text/calendar alternative with its method and as an .ics attachment, with one-click unsubscribe headers, and enqueues a dedupeKey once", async () => {
    const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NL", "METHOD:CANCEL", "BEGIN:VEVENT", "UID:abc@afdelingsplanner", "DTSTAMP:20261122T120000Z", "DTSTART:20261203T180000Z", "SEQUENCE:1", "STATUS:CANCELLED", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
    const mail = {
      branchId: denHaagId, to: "amira@example.org", locale: "nl" as const, kind: "meeting_cancelled", ...layoutMail("nl", { subject: "Vervallen", greeting: "Hoi", paragraphs: ["x"] }),
      calendar: { method: "CANCEL" as const, body: ics }, unsubscribeUrl: `${TEST_PUBLIC_URL}/api/unsubscribe?token=t`, dedupeKey: "cancel:abc:1:amira",
    };
    const [first, second] = await database.db.$transaction(async (tx) => [await enqueueMail(tx, mail), await enqueueMail(tx, mail)]);
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(await drainOutbox(mailOn)).toBe(1);
    const received = smtp.received;
    expect(received).toHaveLength(1);
    const parsed = received[0]!;
    // mailparser folds the List-* headers into one "list" entry; the raw lines are checked too.
    expect(parsed.headers.get("list")).toEqual({ unsubscribe: { url: `${TEST_PUBLIC_URL}/api/unsubscribe?token=t` }, "unsubscribe-post": { name: "List-Unsubscribe=One-Click" } });
    expect(parsed.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const calendarParts = parsed.attachments.filter((part) => part.contentType === "text/calendar");
    expect(calendarParts).toHaveLength(1);
    expect(calendarParts[0]!.headers.get("content-type")).toMatchObject({ params: expect.objectContaining({ method: "CANCEL" }) });
    const icsFile = parsed.attachments.find((part) => part.filename === "cancel.ics");
    expect(icsFile?.content.toString("utf8")).toBe(ics);
  });

  it("sends each of 20 mails exactly once while two instances drain at the same time", async () => {
    const addresses = Array.from({ length: 20 }, (_, n) => `lid${n}@example.org`);
    for (const address of addresses) await enqueue(address, { subject: `Mail voor ${address}` });

    const [first, second] = await Promise.all([drainOutbox(mailOn), drainOutbox(mailOnToo)]);
    // Both passes ended with everything sent; each mail was handed to SMTP by exactly one of them.
    expect((first ?? 0) + (second ?? 0)).toBe(20);
    const arrived = smtp.received.flatMap(addressesOf).sort();
    expect(arrived).toEqual([...addresses].sort());
    expect(new Set(arrived).size).toBe(20);
    expect(await database.db.outboxMail.count({ where: { status: "sent" } })).toBe(20);
  });

  it("keeps a mail pending with the error and a later attempt while the SMTP server is down, and sends it once it is back", async () => {
    const id = await enqueue("karim@example.org");
    await smtp.stop();
    try {
      await drainOutbox(mailOn);
      const failed = await database.db.outboxMail.findUniqueOrThrow({ where: { id } });
      expect(failed.status).toBe("pending");
      expect(failed.attempts).toBe(1);
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(failed.lastError!.length).toBeLessThanOrEqual(200);
      expect(failed.nextAttemptAt.getTime()).toBe(TEST_NOW.getTime() + retryDelayMs(1));
      expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(TEST_NOW.getTime());

      // Not due yet: a pass before nextAttemptAt leaves it alone.
      clock.advance(retryDelayMs(1) - 1_000);
      expect(await drainOutbox(mailOn)).toBe(0);
      expect((await database.db.outboxMail.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);
    } finally {
      await smtp.start();
    }

    clock.advance(2_000);
    expect(await drainOutbox(mailOn)).toBe(1);
    expect(smtp.received.flatMap(addressesOf)).toEqual(["karim@example.org"]);
    const sent = await database.db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(sent.status).toBe("sent");
    expect(sent.attempts).toBe(1);
    expect(sent.lastError).toBeNull();
  });

  it("gives a mail up as failed after the last attempt, and backs off exponentially up to an hour", async () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);

    const id = await enqueue("niemand@example.org");
    await database.db.outboxMail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: TEST_NOW } });
    await smtp.stop();
    try {
      await drainOutbox(mailOn);
    } finally {
      await smtp.start();
    }
    const row = await database.db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    clock.advance(24 * 3_600_000);
    expect(await drainOutbox(mailOn)).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("logs in with the credentials in SMTP_URL, and records a refused login without the password", async () => {
    const guarded = new TestSmtp({ user: "planner", pass: "s3cret-wachtwoord" });
    await guarded.start();
    const wrong = await buildTestApp(database.db, { smtpUrl: `smtp://planner:verkeerd-wachtwoord@127.0.0.1:${guarded.port}`, clock, mailWorkerIntervalMs: 0 });
    const right = await buildTestApp(database.db, { smtpUrl: `smtp://planner:s3cret-wachtwoord@127.0.0.1:${guarded.port}`, clock, mailWorkerIntervalMs: 0 });
    try {
      const id = await enqueue("met-login@example.org");
      await drainOutbox(wrong);
      const refused = await database.db.outboxMail.findUniqueOrThrow({ where: { id } });
      expect(refused.status).toBe("pending");
      expect(refused.attempts).toBe(1);
      expect(refused.lastError).toMatch(/EAUTH|Invalid login/);
      expect(refused.lastError).not.toContain("verkeerd-wachtwoord");
      expect(guarded.received).toHaveLength(0);

      clock.advance(retryDelayMs(1));
      expect(await drainOutbox(right)).toBe(1);
      expect(guarded.logins).toEqual(["planner"]);
      expect(guarded.received.flatMap(addressesOf)).toEqual(["met-login@example.org"]);
    } finally {
      await Promise.allSettled([wrong.close(), right.close()]);
      await guarded.stop();
    }
  });

  it("sends a mail whose claim was abandoned (an instance died while sending) once the claim has expired", async () => {
    const id = await enqueue("verweesd@example.org");
    await database.db.outboxMail.update({ where: { id }, data: { status: "sending", nextAttemptAt: new Date(TEST_NOW.getTime() + CLAIM_TIMEOUT_MS) } });
    expect(await drainOutbox(mailOn)).toBe(0);
    clock.advance(CLAIM_TIMEOUT_MS);
    expect(await drainOutbox(mailOn)).toBe(1);
    expect(smtp.received.flatMap(addressesOf)).toEqual(["verweesd@example.org"]);
    expect((await database.db.outboxMail.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
  });

  it("keeps credentials and long transcripts out of the recorded error", () => {
    const error = Object.assign(new Error(`Connection to smtps://planner:geheim@smtp.example.org:465 failed\n${"x".repeat(500)}`), { code: "ECONNECTION" });
    const recorded = describeSendError(error);
    expect(recorded).toBe("ECONNECTION: Connection to smtps://smtp.example.org:465 failed");
    expect(describeSendError(new Error("y".repeat(500))).length).toBe(200);
  });

  it("sends on its own while the app is up, on an interval, and stops when the app closes", async () => {
    const running = await buildTestApp(database.db, { smtpUrl: smtp.url, clock, mailWorkerIntervalMs: 50 });
    await running.ready();
    try {
      await enqueue("vanzelf@example.org");
      await expect.poll(() => smtp.received.flatMap(addressesOf), { timeout: 5_000 }).toEqual(["vanzelf@example.org"]);
    } finally {
      await running.close();
    }
    await enqueue("na-sluiten@example.org");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(1);
    expect(await database.db.outboxMail.count({ where: { status: "pending" } })).toBe(1);
  });

  it("sends nothing without SMTP_URL: the mail stays pending", async () => {
    const id = await enqueue("wacht@example.org");
    expect(mailOff.mail.enabled).toBe(false);
    expect(await drainOutbox(mailOff)).toBe(0);
    expect((await database.db.outboxMail.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    expect(smtp.received).toHaveLength(0);
  });
});

describe("GET /api/branches/:slug/outbox", () => {
  const outbox = async (app: FastifyInstance, email: string) => {
    const session = await login(app, email);
    return app.inject({ method: "GET", url: "/api/branches/den-haag/outbox", headers: bearer(session) });
  };

  it("lists the branch's mails newest first for the secretary, with the invitation link only while mail is off", async () => {
    const link = `${TEST_PUBLIC_URL}/uitnodiging/kopieer-mij`;
    await enqueue("eerste@example.org", { subject: "Eerste", actionUrl: link });
    clock.advance(1_000);
    const changeId = await enqueue("tweede@example.org", { subject: "Tweede", kind: "email_change", actionUrl: `${TEST_PUBLIC_URL}/bevestig/x` });
    await database.db.outboxMail.update({ where: { id: changeId }, data: { createdAt: new Date(Date.parse("2030-01-01T00:00:00Z")) } });
    // Another branch's mail is not listed.
    const utrecht = await database.db.branch.findUniqueOrThrow({ where: { slug: "utrecht" } });
    await enqueueMail(database.db, { branchId: utrecht.id, to: "utrecht@example.org", locale: "nl", kind: "invitation", subject: "Utrecht", text: "t", html: "<p>t</p>", actionUrl: "x" });

    const off = await outbox(mailOff, DEMO.secretary);
    expect(off.statusCode).toBe(200);
    const offBody = off.json<OutboxResponse>();
    expect(offBody.mailEnabled).toBe(false);
    expect(offBody.mails.map((mail) => mail.to)).toEqual(["tweede@example.org", "eerste@example.org"]);
    const invitation = offBody.mails[1]!;
    expect(invitation).toMatchObject({ kind: "invitation", subject: "Eerste", status: "pending", attempts: 0, lastError: null, sentAt: null, actionUrl: link });
    // Only invitations offer their link.
    expect(offBody.mails[0]!.actionUrl).toBeNull();

    const on = await outbox(mailOn, DEMO.secretary);
    expect(on.statusCode).toBe(200);
    const onBody = on.json<OutboxResponse>();
    expect(onBody.mailEnabled).toBe(true);
    expect(onBody.mails).toHaveLength(2);
    expect(onBody.mails.every((mail) => mail.actionUrl === null)).toBe(true);

    // Once sent, the link is no longer offered, mail on or off.
    await drainOutbox(mailOn);
    const afterSending = (await outbox(mailOff, DEMO.secretary)).json<OutboxResponse>();
    expect(afterSending.mails.map((mail) => [mail.status, mail.actionUrl])).toEqual([
      ["sent", null],
      ["sent", null],
    ]);
    expect(afterSending.mails[1]!.sentAt).toBe(clock.now().toISOString());
  });

  it("refuses a plain member (403) and lets the platform admin read along", async () => {
    await enqueue("geheim@example.org");
    const member = await outbox(mailOff, DEMO.member);
    expect(member.statusCode).toBe(403);
    expect(member.body).not.toContain("geheim@example.org");
    const admin = await outbox(mailOff, DEMO.admin);
    expect(admin.statusCode).toBe(200);
    expect(admin.json<OutboxResponse>().mails.map((mail) => mail.to)).toEqual(["geheim@example.org"]);
  });
});
