import { attendanceFigures, type PresenceRecord } from "@afdelingsplanner/shared";
import { type AttendanceBody, type AttendanceResponse } from "@afdelingsplanner/shared/schemas";
import type { Prisma } from "../../generated/prisma/client.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { forbidden, notFound } from "../../lib/errors.ts";
import { assertRealDate } from "../../lib/dateWindow.ts";
import { loadSeriesForWindow } from "../calendar/index.ts";
import { loadMeeting, meetingPermissions } from "./meeting.ts";
import type { Database, Db } from "../../db/client.ts";
import type { BranchScope } from "../../lib/clock.ts";

/** Who is expected (by the series' kind and extras), everyone who answered or was recorded, and approved guests. */
export async function getAttendance(db: Database, branch: BranchScope, seriesId: string, date: string): Promise<AttendanceResponse> {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const window = { from: date, to: date };
  const [series, records, guests] = await Promise.all([
    loadSeriesForWindow(db, branch.id, window, { withAttendees: true }),
    db.meetingAttendance.findMany({ where: { branchId: branch.id, seriesId, date: fromIsoDate(date) } }),
    db.guestRequest.findMany({ where: { branchId: branch.id, seriesId, date: fromIsoDate(date), status: "approved" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const expected = series.find((one) => one.id === meeting.series.id)?.attendees ?? new Set<string>();
  const byPerson = new Map(records.map((record) => [record.personId, record]));
  const ids = [...new Set([...expected, ...byPerson.keys()])];
  const people = await db.person.findMany({ where: { branchId: branch.id, id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const rows = people.map((person) => ({
    personId: person.id,
    name: person.name,
    expected: expected.has(person.id),
    rsvp: byPerson.get(person.id)?.rsvp ?? null,
    presence: byPerson.get(person.id)?.presence ?? null,
  }));
  const count = (predicate: (row: (typeof rows)[number]) => boolean) => rows.filter(predicate).length;
  return {
    people: rows,
    guests: guests.map((guest) => ({ guestRequestId: guest.id, name: guest.name })),
    counts: {
      yes: count((row) => row.rsvp === "yes"),
      no: count((row) => row.rsvp === "no"),
      maybe: count((row) => row.rsvp === "maybe"),
      present: count((row) => row.presence === "present"),
      absent: count((row) => row.presence === "absent"),
      excused: count((row) => row.presence === "excused"),
    },
  };
}

/** A member answers the RSVP for themselves; presence, and anyone else's answer, is for those who run the meeting. */
export async function setAttendance(db: Database, branch: BranchScope, seriesId: string, date: string, personId: string, body: AttendanceBody) {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const permissions = await meetingPermissions(db, branch, meeting);
  const onlyOwnRsvp = personId === branch.personId && body.presence === undefined;
  if (!permissions.recordPresence && !onlyOwnRsvp) {
    throw body.presence === undefined
      ? forbidden("You can only answer for yourself.", "OWN_ANSWER_ONLY")
      : forbidden("Only the agenda preparer, the group's chair or convener, or a board member records presence.", "PRESENCE_RECORDERS_ONLY");
  }
  const person = await db.person.findFirst({ where: { id: personId, branchId: branch.id }, select: { id: true } });
  // The person is named in the path: one of another branch is as unknown as a made-up id (404, like every other id in a URL).
  if (!person) throw notFound(`Person ${personId} in this branch`);
  const data = { rsvp: body.rsvp, presence: body.presence };
  await db.meetingAttendance.upsert({
    where: { seriesId_date_personId: { seriesId, date: fromIsoDate(date), personId } },
    create: { branchId: branch.id, seriesId, date: fromIsoDate(date), personId, rsvp: body.rsvp ?? null, presence: body.presence ?? null },
    update: data,
  });
  return getAttendance(db, branch, seriesId, date);
}

/** Attendance figures per member and per series over recorded presence, optionally for one series or period. */
export async function attendanceFiguresOf(db: Db, branchId: string, query: { seriesId?: string; from?: string; to?: string }) {
  if (query.from) assertRealDate("from", query.from);
  if (query.to) assertRealDate("to", query.to);
  const where: Prisma.MeetingAttendanceWhereInput = { branchId, presence: { not: null } };
  if (query.seriesId) where.seriesId = query.seriesId;
  if (query.from || query.to) where.date = { gte: query.from ? fromIsoDate(query.from) : undefined, lte: query.to ? fromIsoDate(query.to) : undefined };
  const rows = await db.meetingAttendance.findMany({ where, include: { person: { select: { name: true } }, series: { select: { title: true } } } });
  const records: PresenceRecord[] = rows.flatMap((row) => (row.presence ? [{ seriesId: row.seriesId, date: toIsoDate(row.date), personId: row.personId, presence: row.presence }] : []));
  const { byPerson, bySeries } = attendanceFigures(records);
  const names = new Map(rows.map((row) => [row.personId, row.person.name]));
  const titles = new Map(rows.map((row) => [row.seriesId, row.series.title]));
  return {
    perMember: [...byPerson].map(([personId, counts]) => ({ personId, name: names.get(personId) ?? "", ...counts })).sort((a, b) => a.name.localeCompare(b.name, "nl")),
    perSeries: [...bySeries].map(([seriesId, counts]) => ({ seriesId, title: titles.get(seriesId) ?? "", ...counts })).sort((a, b) => a.title.localeCompare(b.title, "nl")),
  };
}
