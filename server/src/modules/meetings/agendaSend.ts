import { agendaChanges, type SentAgenda } from "@afdelingsplanner/shared";
import type { AgendaSendResponse, AgendaSendStatusResponse } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit, type AuditActor } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { enqueueMails } from "../notifications/index.ts";
import { assertMay, assertOpen, loadMeeting, meetingLabel, meetingPermissions, type Meeting } from "./meeting.ts";
import { agendaMail, bodyMemberIds, mailRecipients } from "./meetingMails.ts";

// The items a member sees on the agenda (proposals and declined items stay out), as getAgenda lists them.
const ON_AGENDA = ["open", "handled", "postponed", "referred"] as const;

export async function agendaSendStatus(db: Database, branch: BranchScope, seriesId: string, date: string): Promise<AgendaSendStatusResponse> {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  const permissions = await meetingPermissions(db, branch, meeting);
  return { lastSentAt: meeting.record?.agendaSentAt?.toISOString() ?? null, maySend: permissions.editAgenda && !meeting.record?.closedAt };
}

/** The agenda as it goes out now: time, place and the items in order, with their carry-over count and links. */
async function currentAgenda(db: Database, meeting: Meeting): Promise<SentAgenda> {
  const rows = await db.agendaItem.findMany({
    where: { branchId: meeting.series.branchId, seriesId: meeting.series.id, date: fromIsoDate(meeting.date), status: { in: [...ON_AGENDA] } },
    include: { owner: { select: { name: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return {
    start: meeting.occurrence.start,
    end: meeting.occurrence.end,
    location: `${meeting.occurrence.mode}: ${meeting.occurrence.location}`,
    items: rows.map((row) => ({ id: row.id, title: row.title, owner: row.owner?.name ?? null, estimatedMinutes: row.estimatedMinutes, links: row.links, postponedCount: row.postponedCount })),
  };
}

const isSentAgenda = (value: Prisma.JsonValue | null | undefined): value is Prisma.JsonObject & SentAgenda =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray((value as { items?: unknown }).items);

/**
 * "Agenda versturen": mails the agenda to the body's members (kind agenda, one mail each), and keeps what was
 * sent on the meeting's record so a second send says what changed. Those who prepare the agenda may send it
 * (the editAgenda rule: board members, the preparer, a working group's chair or convener).
 */
export async function sendAgenda(db: Database, branch: BranchScope, seriesId: string, date: string, by: AuditActor, publicUrl: string): Promise<AgendaSendResponse> {
  const meeting = await loadMeeting(db, branch, seriesId, date);
  assertMay((await meetingPermissions(db, branch, meeting)).editAgenda, meeting, "send this agenda");
  assertOpen(meeting);
  const [agenda, memberIds] = await Promise.all([currentAgenda(db, meeting), bodyMemberIds(db, meeting)]);
  const recipients = await mailRecipients(db, branch.id, memberIds);
  const sentBefore = meeting.record?.agendaSentAt && isSentAgenda(meeting.record.agendaSentSnapshot) ? { sentAt: meeting.record.agendaSentAt, agenda: meeting.record.agendaSentSnapshot } : null;
  const changes = sentBefore ? agendaChanges(sentBefore.agenda, agenda) : null;
  const input = { branch, meeting, agenda, previous: sentBefore && changes ? { sentAt: sentBefore.sentAt, changes } : null, publicUrl };
  const key = { seriesId, date: fromIsoDate(date) };
  await db.$transaction(async (tx) => {
    const record = await tx.meetingRecord.upsert({
      where: { seriesId_date: key },
      create: { ...key, branchId: branch.id, agendaSentAt: branch.now, agendaSentSnapshot: agenda as unknown as Prisma.InputJsonObject },
      update: { agendaSentAt: branch.now, agendaSentSnapshot: agenda as unknown as Prisma.InputJsonObject },
      select: { id: true },
    });
    await enqueueMails(tx, recipients.map((recipient) => agendaMail(recipient, input)));
    await recordAudit(tx, {
      branchId: branch.id,
      actor: by,
      entityType: "meeting_record",
      entityId: record.id,
      action: "agenda_sent",
      summary: `Agenda van ${meetingLabel(meeting)} ${sentBefore ? "opnieuw " : ""}verstuurd naar ${recipients.length} leden`,
    });
  });
  const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);
  return {
    sentAt: branch.now.toISOString(),
    recipients: recipients.length,
    changes: changes
      ? { added: titles(changes.added), removed: titles(changes.removed), changed: titles(changes.changed.map(({ item }) => item)), timeChanged: changes.timeChanged, locationChanged: changes.locationChanged }
      : null,
  };
}
