import type { FastifyInstance } from "fastify";
import type { Mailer, MailMessage } from "../../plugins/mail.ts";

/*
 * The outbox worker: sends what enqueueMail (outbox.ts) put in OutboxMail, with retries.
 *
 * Claiming. A pass claims due rows in one short transaction with SELECT … FOR UPDATE SKIP LOCKED and marks
 * them `sending`, with `nextAttemptAt` set to the claim time plus CLAIM_TIMEOUT_MS (the table has no column
 * of its own for the claim, and a row that is being sent has no next attempt to record). Another instance
 * claiming at the same moment skips the locked rows and, once the claim has committed, no longer sees them
 * as due; so two instances never pick up the same mail. The mail is then sent outside any transaction (an
 * SMTP conversation must not hold a row lock or a connection from the pool) and marked `sent`, or back to
 * `pending` with a later attempt, or `failed` after MAX_ATTEMPTS.
 *
 * Due means: `pending` and never tried yet (its nextAttemptAt is the database's default, which need not
 * agree with the app clock), or `pending` with nextAttemptAt at or before the app clock's now; or `sending`
 * with its claim expired.
 *
 * At-least-once, not exactly-once, at one edge: if an instance dies (or loses the database) after the SMTP
 * server accepted a mail but before it recorded `sent`, the row stays `sending`; after CLAIM_TIMEOUT_MS it is
 * due again and is sent a second time. The alternative (marking it sent before sending) would lose mail
 * instead, which is worse for an invitation or a password reset.
 */

/** Mails claimed per transaction; a pass claims batch after batch until nothing is due. */
const BATCH_SIZE = 10;
/** At most this many batches in one pass, so one pass always ends. */
const MAX_BATCHES_PER_PASS = 100;
/** How long a claim holds: a `sending` row older than this is taken to be abandoned and becomes due again. */
export const CLAIM_TIMEOUT_MS = 5 * 60_000;
/** After this many failed attempts a mail is `failed` and no longer retried. */
export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** lastError is shown on the outbox page: a short line, never the whole SMTP transcript. */
const MAX_ERROR_LENGTH = 200;

/** The wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

interface ClaimedMail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  calendarMethod: string | null;
  calendarBody: string | null;
  unsubscribeUrl: string | null;
  locale: string;
  attempts: number;
}

/** What a failed send is recorded as: the error's code and first line, without addresses' credentials. */
export function describeSendError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
  const firstLine = (raw.split("\n")[0] ?? "")
    // smtp(s)://user:password@host never belongs on a page.
    .replace(/(smtps?:\/\/)[^@\s/]*@/gi, "$1")
    .trim();
  const text = code && !firstLine.includes(code) ? `${code}: ${firstLine}` : firstLine || code || "Unknown error";
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

async function claimDue(app: FastifyInstance, now: Date): Promise<ClaimedMail[]> {
  const claimUntil = new Date(now.getTime() + CLAIM_TIMEOUT_MS);
  return app.db.$transaction(
    (tx) => tx.$queryRaw<ClaimedMail[]>`
      WITH due AS (
        SELECT id FROM "OutboxMail"
        WHERE (status = 'pending' AND (attempts = 0 OR "nextAttemptAt" <= ${now}))
           OR (status = 'sending' AND "nextAttemptAt" <= ${now})
        ORDER BY "createdAt", id
        LIMIT ${BATCH_SIZE}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "OutboxMail" AS mail SET status = 'sending', "nextAttemptAt" = ${claimUntil}
      FROM due WHERE mail.id = due.id
      RETURNING mail.id, mail."toAddress", mail.subject, mail."textBody", mail."htmlBody",
                mail."calendarMethod", mail."calendarBody", mail."unsubscribeUrl", mail.locale, mail.attempts`,
  );
}

function calendarPartOf(mail: ClaimedMail): MailMessage["calendar"] {
  if (!mail.calendarBody) return undefined;
  return { method: mail.calendarMethod === "CANCEL" ? "CANCEL" : "REQUEST", body: mail.calendarBody };
}

// PUBLIC_URL per app (keyed by its mailer, like the worker's state): the outbox stores unsubscribe links as
// paths, since enqueueMail only has the caller's transaction, and the worker makes them absolute.
const publicUrls = new WeakMap<Mailer, string>();

/** Tells the worker where the app is reached (PUBLIC_URL), for the links it completes when it sends. */
export function setOutboxPublicUrl(app: FastifyInstance, publicUrl: string): void {
  publicUrls.set(app.mail, publicUrl.replace(/\/+$/, ""));
}

/** PUBLIC_URL as the notifications module was given it (links in scheduled mails). */
export const publicUrlOf = (app: FastifyInstance): string => publicUrls.get(app.mail) ?? "";

/**
 * The mail as it leaves: an unsubscribe path becomes a link under PUBLIC_URL, and that link is also written
 * at the bottom of the text and HTML parts, for mail clients that do not offer List-Unsubscribe.
 */
function messageOf(app: FastifyInstance, mail: ClaimedMail): MailMessage {
  const path = mail.unsubscribeUrl;
  const unsubscribeUrl = path?.startsWith("/") ? `${publicUrls.get(app.mail) ?? ""}${path}` : (path ?? undefined);
  if (!unsubscribeUrl) return { to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody, calendar: calendarPartOf(mail) };
  const line = mail.locale === "en" ? "Don't want this kind of mail any more? Unsubscribe" : "Wil je dit soort mail niet meer ontvangen? Afmelden";
  const escaped = unsubscribeUrl.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const footer = `<p style="font-size: 0.8em; color: #555">${line.replace(/'/g, "&#39;")}: <a href="${escaped}">${escaped}</a></p>`;
  return {
    to: mail.toAddress,
    subject: mail.subject,
    text: `${mail.textBody}\n\n--\n${line}: ${unsubscribeUrl}`,
    html: mail.htmlBody.includes("</body>") ? mail.htmlBody.replace("</body>", `${footer}\n</body>`) : `${mail.htmlBody}\n${footer}`,
    calendar: calendarPartOf(mail),
    unsubscribeUrl,
  };
}

async function deliver(app: FastifyInstance, mailer: Mailer, mail: ClaimedMail): Promise<void> {
  try {
    await mailer.send(messageOf(app, mail));
  } catch (error) {
    const attempts = mail.attempts + 1;
    const now = app.clock.now();
    const failed = attempts >= MAX_ATTEMPTS;
    await app.db.outboxMail.updateMany({
      where: { id: mail.id, status: "sending" },
      data: {
        status: failed ? "failed" : "pending",
        attempts,
        lastError: describeSendError(error),
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      },
    });
    app.log.warn({ mailId: mail.id, attempts, failed }, `Sending mail failed: ${describeSendError(error)}`);
    return;
  }
  await app.db.outboxMail.updateMany({ where: { id: mail.id, status: "sending" }, data: { status: "sent", sentAt: app.clock.now(), lastError: null } });
}

/** One pass: claim and send everything due now, batch by batch. */
async function runPass(app: FastifyInstance): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
    const claimed = await claimDue(app, app.clock.now());
    if (claimed.length === 0) break;
    for (const mail of claimed) await deliver(app, app.mail, mail);
    sent += claimed.length;
  }
  return sent;
}

interface WorkerState {
  running: Promise<unknown> | null;
  timer: NodeJS.Timeout | null;
}

// Keyed by the app's mailer, which the app and all its plugin scopes share.
const workers = new WeakMap<Mailer, WorkerState>();

function stateOf(app: FastifyInstance): WorkerState {
  let state = workers.get(app.mail);
  if (!state) {
    state = { running: null, timer: null };
    workers.set(app.mail, state);
  }
  return state;
}

/**
 * Runs one pass of the worker and resolves when it is done (after a pass already under way, if any).
 * Tests call it instead of waiting for the interval. Does nothing while mail is off. Returns how many mails
 * it tried to send.
 */
export async function drainOutbox(app: FastifyInstance): Promise<number> {
  if (!app.mail.enabled) return 0;
  const state = stateOf(app);
  while (state.running) await state.running.catch(() => {});
  const pass = runPass(app);
  state.running = pass;
  try {
    return await pass;
  } finally {
    if (state.running === pass) state.running = null;
  }
}

/** Starts the interval when the app is ready and stops it (waiting for a pass under way) when it closes. */
export function startOutboxWorker(app: FastifyInstance): void {
  if (!app.mail.enabled || app.mail.workerIntervalMs <= 0) return;
  const state = stateOf(app);
  app.addHook("onReady", async () => {
    state.timer = setInterval(() => {
      if (state.running) return;
      drainOutbox(app).catch((error: unknown) => app.log.error({ err: error }, "The outbox worker's pass failed; it tries again shortly"));
    }, app.mail.workerIntervalMs);
    state.timer.unref();
  });
  app.addHook("onClose", async () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    await state.running?.catch(() => {});
  });
}
