import { calendarDays } from "@afdelingsplanner/shared";
import type { OwnDataExport, OwnDataMembership } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { toIsoDate } from "../../lib/dates.ts";
import { notFound } from "../../lib/errors.ts";

/** The file's date is the day in the Netherlands, where the app's members are, whatever the server's zone. */
const FILE_DATE_ZONE = "Europe/Amsterdam";

const day = (value: Date | null) => (value === null ? null : toIsoDate(value));
const instant = (value: Date | null) => (value === null ? null : value.toISOString());

/** "mijn-gegevens-2026-11-22.json", dated by the app's clock. */
export function ownDataFileName(now: Date): string {
  return `mijn-gegevens-${calendarDays.todayIn(FILE_DATE_ZONE, now)}.json`;
}

// Only the caller's own person rows (by userId), and for each only rows that point at that person:
// names of groups and meetings come along, other people's contact details never do.
const membershipSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  joinedOn: true,
  leftOn: true,
  shareContact: true,
  createdAt: true,
  branch: { select: { id: true, slug: true, name: true } },
  roles: { select: { role: true }, orderBy: { role: "asc" } },
  workingGroups: { select: { role: true, workingGroup: { select: { name: true } } } },
  boardTerms: { select: { kind: true, startDate: true, endDate: true, endedEarlyOn: true, standingAgain: true, seat: { select: { function: true } } }, orderBy: { startDate: "asc" } },
  attendances: { select: { date: true, rsvp: true, presence: true, series: { select: { title: true } } }, orderBy: { date: "asc" } },
  actionItems: { select: { title: true, date: true, dueDate: true, status: true, doneOn: true, series: { select: { title: true } } }, orderBy: { date: "asc" } },
  activities: { select: { type: true, date: true, count: true, note: true, workingGroup: { select: { name: true } } }, orderBy: { date: "asc" } },
  rotaPlaces: { select: { rota: { select: { name: true, workingGroup: { select: { name: true } } } } } },
  joinRequests: { select: { message: true, status: true, createdAt: true, decidedAt: true, workingGroup: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  invitations: { select: { email: true, codeHash: true, createdAt: true, expiresAt: true, acceptedAt: true }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.PersonSelect;

type PersonRow = Prisma.PersonGetPayload<{ select: typeof membershipSelect }>;

async function membershipOf(db: Database, person: PersonRow, accountEmail: string): Promise<OwnDataMembership> {
  const branchId = person.branch.id;
  // Agenda items the person owns or proposed, in their own branch.
  const agendaItems = await db.agendaItem.findMany({
    where: { branchId, OR: [{ ownerId: person.id }, { proposedById: person.id }] },
    select: { title: true, date: true, status: true, ownerId: true, proposedById: true, series: { select: { title: true } } },
    orderBy: { date: "asc" },
  });
  // Requests to attend a board meeting of this branch made with the caller's own address(es).
  const emails = [...new Set([accountEmail, person.email].filter((email): email is string => email !== null))];
  const guestRequests = await db.guestRequest.findMany({
    where: { branchId, email: { in: emails, mode: "insensitive" } },
    select: { date: true, name: true, email: true, topic: true, status: true, createdAt: true, series: { select: { title: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    branch: { slug: person.branch.slug, name: person.branch.name },
    person: {
      name: person.name,
      email: person.email,
      phone: person.phone,
      joinedOn: toIsoDate(person.joinedOn),
      leftOn: day(person.leftOn),
      shareContact: person.shareContact,
      createdAt: person.createdAt.toISOString(),
    },
    roles: person.roles.map((row) => row.role),
    workingGroups: person.workingGroups.map((row) => ({ name: row.workingGroup.name, role: row.role })),
    boardTerms: person.boardTerms.map((term) => ({
      seat: term.seat?.function ?? null,
      kind: term.kind,
      startDate: toIsoDate(term.startDate),
      endDate: toIsoDate(term.endDate),
      endedEarlyOn: day(term.endedEarlyOn),
      standingAgain: term.standingAgain,
    })),
    attendance: person.attendances.map((row) => ({ meeting: row.series.title, date: toIsoDate(row.date), rsvp: row.rsvp, presence: row.presence })),
    actionItems: person.actionItems.map((row) => ({
      title: row.title,
      meeting: row.series.title,
      date: toIsoDate(row.date),
      dueDate: day(row.dueDate),
      status: row.status,
      doneOn: day(row.doneOn),
    })),
    agendaItems: agendaItems.map((row) => ({
      title: row.title,
      meeting: row.series.title,
      date: toIsoDate(row.date),
      status: row.status,
      owner: row.ownerId === person.id,
      proposedByYou: row.proposedById === person.id,
    })),
    activities: person.activities.map((row) => ({ workingGroup: row.workingGroup.name, type: row.type, date: toIsoDate(row.date), count: row.count, note: row.note })),
    dutyRotas: person.rotaPlaces.map((row) => ({ workingGroup: row.rota.workingGroup.name, rota: row.rota.name })),
    joinRequests: person.joinRequests.map((row) => ({
      workingGroup: row.workingGroup.name,
      message: row.message,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      decidedAt: instant(row.decidedAt),
    })),
    guestRequests: guestRequests.map((row) => ({
      meeting: row.series.title,
      date: toIsoDate(row.date),
      name: row.name,
      email: row.email,
      topic: row.topic,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
    })),
    invitations: person.invitations.map((row) => ({
      kind: row.codeHash === null ? "email" : "letter",
      email: row.email,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      acceptedAt: instant(row.acceptedAt),
    })),
  };
}

/**
 * Everything the app keeps about the caller (GDPR art. 15/20). Read first, then "persoonsgegevens
 * geëxporteerd" goes into the audit log of every branch the caller has a person in, in one transaction;
 * the data is answered only once those entries are written, so an export is never silent. (Not one
 * transaction for both: Prisma loads the nested relations concurrently, which one transaction's single
 * connection would have to queue.) Erased person rows (Oud-lid N) hold nothing left to export.
 */
export async function exportOwnData(db: Database, actor: AuditActor & { userId: string }): Promise<OwnDataExport> {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { name: true, email: true, locale: true, isPlatformAdmin: true, createdAt: true, passwordChangedAt: true, calendarFeedTokenHash: true },
  });
  if (!user) throw notFound("Your account");
  const people = await db.person.findMany({ where: { userId: actor.userId, erasedAt: null }, select: membershipSelect, orderBy: { createdAt: "asc" } });
  const memberships = await Promise.all(people.map((person) => membershipOf(db, person, user.email)));
  await db.$transaction(async (tx) => {
    for (const person of people) {
      await recordAudit(tx, {
        branchId: person.branch.id,
        actor,
        entityType: "person",
        entityId: person.id,
        action: "exported",
        summary: `Persoonsgegevens van ${person.name} geëxporteerd door ${actor.name}`,
      });
    }
  });
  return {
    exportedAt: actor.at.toISOString(),
    account: {
      name: user.name,
      email: user.email,
      locale: user.locale,
      isPlatformAdmin: user.isPlatformAdmin,
      createdAt: user.createdAt.toISOString(),
      passwordChangedAt: instant(user.passwordChangedAt),
      hasCalendarFeed: user.calendarFeedTokenHash !== null,
    },
    memberships,
  };
}
