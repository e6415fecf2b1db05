import { randomBytes } from "node:crypto";
// ical-generator 11 folds lines itself as fast as the hand-written folding we kept for 9.0.0
// (sebbo2002/ical-generator#765): 200 events 2.26 ms against 2.13 ms, 500 events 5.86 ms against
// 6.15 ms (npm run bench, 2026-12-04), the same text. So the library writes the whole feed again.
import ical, { ICalEventStatus } from "ical-generator";
import { addMonths, format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { occurrencesInWindow } from "@afdelingsplanner/shared";
import type { Database } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";
import { hashSecretToken } from "../../lib/tokenHash.ts";
import { accountScopeOf } from "../../lib/readCache.ts";
import { loadSeriesForWindow } from "./service.ts";

const MODE_LABEL = { in_person: "Fysiek", online: "Online", hybrid: "Hybride" } as const;
const PRODUCT = { company: "Afdelingsplanner", product: "Afdelingsplanner", language: "NL" };

/** The feed window the issue asks for: three months back, twelve months ahead, from today in the branch's zone. */
function feedWindow(timeZone: string, now: Date) {
  const today = new TZDate(now.getTime(), timeZone);
  return { from: format(addMonths(today, -3), "yyyy-MM-dd"), to: format(addMonths(today, 12), "yyyy-MM-dd") };
}

/** Whether the user has a feed URL. The URL itself cannot be shown again: only its hash is stored. */
export async function hasCalendarFeed(db: Database, userId: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { calendarFeedTokenHash: true } });
  return user.calendarFeedTokenHash !== null;
}

/** Makes a new feed token, which ends the old one, and returns it: the only time it is seen in plain text. */
export async function newCalendarFeedToken(db: Database, userId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.user.update({ where: { id: userId }, data: { calendarFeedTokenHash: hashSecretToken(token) } });
  return token;
}

/**
 * A member's meetings in every branch they belong to, each occurrence written out as its own
 * VEVENT with its exception applied: calendar clients handle BYWEEKNO rules badly (libical#1143),
 * so the odd/even-week rule itself never appears in the feed.
 */
export async function personalFeed(db: Database, token: string, now: Date): Promise<{ ics: string; scope: string }> {
  const user = await db.user.findUnique({
    where: { calendarFeedTokenHash: hashSecretToken(token) },
    select: { name: true, people: { select: { id: true, branch: { select: { id: true, slug: true, name: true, timeZone: true } } } } },
  });
  if (!user) throw notFound("Calendar feed");
  const calendar = ical({ name: `Afdelingsplanner · ${user.name}`, prodId: PRODUCT, ttl: 60 * 60 });
  for (const person of user.people) {
    const window = feedWindow(person.branch.timeZone, now);
    const series = await loadSeriesForWindow(db, person.branch.id, window, { attendeePersonId: person.id });
    for (const { series: owner, occurrence } of occurrencesInWindow(series, window, person.branch.timeZone)) {
      const details = [MODE_LABEL[occurrence.mode], occurrence.reason, owner.row.description].filter(Boolean).join("\n");
      calendar.createEvent({
        id: `${owner.id}-${occurrence.date}@afdelingsplanner`,
        // The SEQUENCE the last mailed invitation for this UID carried (calendar/invitations.ts), so feed and mail agree on which is newest.
        sequence: owner.row.calendarSequence,
        stamp: now,
        start: new Date(occurrence.startsAt),
        end: new Date(occurrence.endsAt),
        summary: `${owner.row.title} · ${person.branch.name}`,
        location: occurrence.location || null,
        description: details || null,
        status: occurrence.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
  }
  // Only these branches' writes (and those outside any branch, such as a new feed token) can change it.
  return { ics: calendar.toString(), scope: accountScopeOf({ isPlatformAdmin: false, branches: user.people.map((person) => person.branch) }) ?? "" };
}

/** The board meetings of a branch, open to anyone by appointment: times only, no internal details. */
/** `attendUrl`: the public page where anyone asks to attend (bezoek/:slug); each meeting's event links to it (issue 15). */
export async function publicBoardFeed(db: Database, slug: string, now: Date, attendUrl: string): Promise<string> {
  const branch = await db.branch.findUnique({ where: { slug }, select: { id: true, name: true, timeZone: true } });
  if (!branch) throw notFound(`Branch "${slug}"`);
  const window = feedWindow(branch.timeZone, now);
  const series = await loadSeriesForWindow(db, branch.id, window, { kind: "board" });
  const calendar = ical({ name: `Bestuursvergaderingen ${branch.name}`, prodId: PRODUCT, ttl: 60 * 60, url: attendUrl });
  for (const { series: owner, occurrence } of occurrencesInWindow(series, window, branch.timeZone)) {
    calendar.createEvent({
      id: `${owner.id}-${occurrence.date}-public@afdelingsplanner`,
      stamp: now,
      start: new Date(occurrence.startsAt),
      end: new Date(occurrence.endsAt),
      summary: `Bestuursvergadering ${branch.name} (open op afspraak)`,
      description: `Wil je erbij zijn? Vraag het aan via ${attendUrl}`,
      url: attendUrl,
      status: occurrence.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
