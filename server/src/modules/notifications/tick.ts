import type { FastifyInstance } from "fastify";
import {
  daysBeforeReminderAt,
  digestDue,
  eveningReminderAt,
  instantToLocal,
  isDue,
  occurrencesInWindow,
  REMINDER_GRACE_MS,
  reminderWindow,
  rosterMailsDue,
  type TermRecord,
} from "@afdelingsplanner/shared";
import { DAYS_BEFORE_MAX } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { loadSeriesForWindow } from "../calendar/index.ts";
import { enqueueMails, type MailLocale, type OutgoingMail } from "./outbox.ts";
import { preferencesOf, type PersonPreferences } from "./preferences.ts";
import { actionDigestMail, reminderMail, rosterMail } from "./scheduledMails.ts";
import { publicUrlOf } from "./worker.ts";

/*
 * The scheduler's one job (issue 15, part 7): every minute (pg-boss, plugins/jobs.ts) this tick asks, for
 * every branch, which reminders, digests and roster mails are due at the app clock's now, and enqueues them
 * with a dedupeKey. The key names the one mail (kind, meeting, its current local start, person), so two
 * instances ticking at once, a restart or a retried job find the key taken and send nothing twice; a
 * meeting moved since gets a new key and so a reminder for its new time, and a cancelled one gets none.
 */

interface Recipient {
  personId: string;
  name: string;
  email: string;
  locale: MailLocale;
}

interface BranchForTick {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
}

// A person without email gets a reserved address that no mail goes to (see people/service.ts).
const NO_EMAIL_SUFFIX = "@geen-email.invalid";

async function recipientsOf(db: Database, branchId: string, today: string): Promise<Map<string, Recipient>> {
  const people = await db.person.findMany({
    where: { branchId, active: true, erasedAt: null, email: { not: null }, OR: [{ leftOn: null }, { leftOn: { gt: fromIsoDate(today) } }] },
    select: { id: true, name: true, email: true, user: { select: { locale: true } } },
  });
  const recipients = new Map<string, Recipient>();
  for (const person of people) {
    if (!person.email || person.email.endsWith(NO_EMAIL_SUFFIX)) continue;
    recipients.set(person.id, { personId: person.id, name: person.name.split(" ")[0] ?? person.name, email: person.email, locale: person.user?.locale === "en" ? "en" : "nl" });
  }
  return recipients;
}

/** Reminders of the meetings each member attends: the evening before, and N days before a branch meeting or theme evening. */
async function reminderMails(db: Database, branch: BranchForTick, now: Date, recipients: Map<string, Recipient>, preferences: Map<string, PersonPreferences>, urls: Urls): Promise<OutgoingMail[]> {
  const window = reminderWindow(now.getTime(), branch.timeZone, DAYS_BEFORE_MAX);
  const series = await loadSeriesForWindow(db, branch.id, window, { withAttendees: true });
  const mails: OutgoingMail[] = [];
  for (const { series: one, occurrence } of occurrencesInWindow(series, window, branch.timeZone)) {
    if (occurrence.status === "cancelled" || occurrence.startsAt <= now.getTime()) continue;
    const meeting = {
      title: one.row.title,
      startLocal: occurrence.startLocal,
      location: occurrence.location,
      mode: occurrence.mode,
      url: `${urls.branch}/vergadering/${one.id}/${occurrence.date}`,
    };
    const remindsDaysBefore = one.row.kind === "branch_meeting" || one.row.kind === "theme";
    for (const personId of one.attendees) {
      const person = recipients.get(personId);
      const preference = preferences.get(personId);
      if (!person || !preference) continue;
      const base = { branchId: branch.id, to: person.email, locale: person.locale, personId } as const;
      const keyTail = `${one.id}:${occurrence.date}:${occurrence.startLocal}:${personId}`;
      if (isDue(eveningReminderAt(occurrence, preference.eveningReminderTime, branch.timeZone), now.getTime(), REMINDER_GRACE_MS, occurrence.startsAt)) {
        mails.push({ ...base, kind: "reminder_evening", dedupeKey: `reminder_evening:${keyTail}`, ...reminderMail(person.locale, person.name, meeting, 1, urls.settings), actionUrl: meeting.url });
      }
      if (remindsDaysBefore && isDue(daysBeforeReminderAt(occurrence, preference.daysBefore, preference.eveningReminderTime, branch.timeZone), now.getTime(), REMINDER_GRACE_MS, occurrence.startsAt)) {
        mails.push({
          ...base,
          kind: "reminder_days_before",
          dedupeKey: `reminder_days_before:${keyTail}`,
          ...reminderMail(person.locale, person.name, meeting, preference.daysBefore, urls.settings),
          actionUrl: meeting.url,
        });
      }
    }
  }
  return mails;
}

/** On Monday morning: each member's open actions, if they have any. */
async function digestMails(db: Database, branch: BranchForTick, now: Date, today: string, recipients: Map<string, Recipient>, urls: Urls): Promise<OutgoingMail[]> {
  const due = digestDue(now.getTime(), branch.timeZone);
  if (!due) return [];
  const actions = await db.actionItem.findMany({
    where: { branchId: branch.id, status: "open", ownerId: { in: [...recipients.keys()] } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: { ownerId: true, title: true, dueDate: true },
  });
  const byOwner = new Map<string, { title: string; dueDate: string | null; overdue: boolean }[]>();
  for (const action of actions) {
    if (!action.ownerId) continue;
    const dueDate = action.dueDate ? toIsoDate(action.dueDate) : null;
    byOwner.set(action.ownerId, [...(byOwner.get(action.ownerId) ?? []), { title: action.title, dueDate, overdue: dueDate !== null && dueDate < today }]);
  }
  return [...byOwner].flatMap(([personId, open]) => {
    const person = recipients.get(personId);
    if (!person) return [];
    return [{ branchId: branch.id, to: person.email, locale: person.locale, personId, kind: "action_digest", dedupeKey: `action_digest:${due.week}:${personId}`, ...actionDigestMail(person.locale, person.name, open, urls.actions, urls.settings), actionUrl: urls.actions }];
  });
}

/** 60 days before a term ends and on its last day (secretary and term-holder); weekly after it ended undecided (secretary). */
async function rosterMails(db: Database, branch: BranchForTick, now: Date, recipients: Map<string, Recipient>, urls: Urls): Promise<OutgoingMail[]> {
  const [seats, secretaries] = await Promise.all([
    db.boardSeat.findMany({
      where: { branchId: branch.id, abolishedOn: null },
      select: { id: true, function: true, terms: { select: { id: true, personId: true, kind: true, startDate: true, endDate: true, endedEarlyOn: true, standingAgain: true, person: { select: { name: true } } } } },
    }),
    db.branchRole.findMany({ where: { branchId: branch.id, role: "secretary" }, select: { personId: true } }),
  ]);
  const mails: OutgoingMail[] = [];
  for (const seat of seats) {
    const terms: TermRecord[] = seat.terms.map((term) => ({
      id: term.id,
      seatId: seat.id,
      personId: term.personId,
      personName: term.person.name,
      kind: term.kind,
      startDate: toIsoDate(term.startDate),
      endDate: toIsoDate(term.endDate),
      endedEarlyOn: term.endedEarlyOn ? toIsoDate(term.endedEarlyOn) : null,
      standingAgain: term.standingAgain,
    }));
    for (const due of rosterMailsDue(terms, now.getTime(), branch.timeZone)) {
      const to = new Set(secretaries.map((role) => role.personId));
      if (due.kind !== "undecided") to.add(due.term.personId);
      for (const personId of to) {
        const person = recipients.get(personId);
        if (!person) continue;
        const content = rosterMail(person.locale, { name: person.name, isHolder: personId === due.term.personId }, { holderName: due.term.personName, seatName: seat.function, lastDay: due.lastDay }, due.kind, urls.roster, urls.settings);
        mails.push({ branchId: branch.id, to: person.email, locale: person.locale, personId, kind: "roster_term", dedupeKey: `${due.key}:${personId}`, ...content, actionUrl: urls.roster });
      }
    }
  }
  return mails;
}

interface Urls {
  branch: string;
  settings: string;
  actions: string;
  roster: string;
}

/** Enqueues whatever is due in one branch at `now`; returns how many mails were added. */
async function tickBranch(db: Database, branch: BranchForTick, now: Date, publicUrl: string): Promise<number> {
  const today = instantToLocal(now.getTime(), branch.timeZone).slice(0, 10);
  const base = `${publicUrl}/a/${branch.slug}`;
  const urls: Urls = { branch: base, settings: `${base}/meldingen`, actions: `${base}/actielijst`, roster: `${base}/rooster` };
  const recipients = await recipientsOf(db, branch.id, today);
  const preferences = await preferencesOf(db, [...recipients.keys()]);
  const mails = [
    ...(await reminderMails(db, branch, now, recipients, preferences, urls)),
    ...(await digestMails(db, branch, now, today, recipients, urls)),
    ...(await rosterMails(db, branch, now, recipients, urls)),
  ];
  if (mails.length === 0) return 0;
  return db.$transaction((tx) => enqueueMails(tx, mails));
}

/**
 * One tick of the notification scheduler at `now` (the app clock's, unless a test passes one): enqueues
 * every reminder, digest and roster mail due in any branch. Safe to run any number of times, on any
 * number of instances at once; returns how many mails this run added.
 */
export async function runNotificationTick(app: FastifyInstance, now: Date = app.clock.now()): Promise<number> {
  const branches = await app.db.branch.findMany({ select: { id: true, slug: true, name: true, timeZone: true }, orderBy: { slug: "asc" } });
  let added = 0;
  for (const branch of branches) {
    try {
      added += await tickBranch(app.db, branch, now, publicUrlOf(app));
    } catch (error) {
      // One branch's trouble must not keep the others' reminders back; the next tick tries it again.
      app.log.error({ err: error, branch: branch.slug }, "The notification tick failed for a branch");
    }
  }
  return added;
}
