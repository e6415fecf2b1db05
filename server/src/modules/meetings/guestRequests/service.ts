import { createHash, randomBytes } from "node:crypto";
import { applyExceptions, calendarDays, expandSchedule, isLocalDate, isPlannedOccurrence, occurrencesInWindow } from "@afdelingsplanner/shared";
import { type GuestRequestBody, type GuestRequestView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../../db/client.ts";
import type { GuestRequest } from "../../../generated/prisma/client.ts";
import { fromIsoDate, toIsoDate } from "../../../lib/dates.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../../lib/errors.ts";
import { exceptionInput, scheduleOf } from "../../calendar/index.ts";
import { loadSeriesForWindow } from "../../calendar/index.ts";
import { nextPosition } from "../agenda.ts";
import { recordAudit, type AuditActor } from "../../../lib/audit.ts";
import type { BranchScope } from "../../../lib/clock.ts";
import { isUuid } from "@afdelingsplanner/shared/schemas";
import { loadMeeting } from "../meeting.ts";
import { enqueueGuestDecisionMail, enqueueGuestRequestMails } from "./mails.ts";

/** How far ahead the public page lists board meetings. */
export const PUBLIC_WINDOW_DAYS = 120;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const statusUrlOf = (token: string) => `/api/guest-requests/${token}`;

async function publicBranch(db: Database, slug: string, now: Date) {
  const branch = await db.branch.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, timeZone: true } });
  if (!branch) throw notFound(`Branch "${slug}"`);
  return { ...branch, today: calendarDays.todayIn(branch.timeZone, now) };
}

/** Upcoming board meetings for the public page: date and time only; location and agenda stay internal. */
export async function publicBoardMeetings(db: Database, slug: string, now: Date) {
  const branch = await publicBranch(db, slug, now);
  const today = branch.today;
  const window = { from: today, to: calendarDays.addDays(today, PUBLIC_WINDOW_DAYS) };
  const series = await loadSeriesForWindow(db, branch.id, window, { kind: "board" });
  const meetings = occurrencesInWindow(series, window, branch.timeZone)
    .filter(({ occurrence }) => occurrence.status !== "cancelled")
    .map(({ series: owner, occurrence }) => ({ seriesId: owner.id, date: occurrence.date, title: owner.row.title, start: occurrence.start, end: occurrence.end, mode: occurrence.mode }));
  return { branch: { slug: branch.slug, name: branch.name }, meetings };
}

const notAnUpcomingBoardMeeting = () =>
  badRequest("There is no upcoming board meeting of this branch on that date. Pick one from the branch's list of board meetings.", "NOT_AN_UPCOMING_BOARD_MEETING");

/**
 * The same 400 for every way the meeting can be wrong (unknown id, another branch's series, not a board
 * meeting, not a date of it, cancelled, past, closed), so the endpoint reveals nothing about other data.
 */
async function assertUpcomingBoardMeeting(db: Database, branch: { id: string; timeZone: string; today: string }, seriesId: string, date: string) {
  if (!isUuid(seriesId) || !isLocalDate(date) || date < branch.today) throw notAnUpcomingBoardMeeting();
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId: branch.id, kind: "board" } });
  if (!series || !isPlannedOccurrence(scheduleOf(series), date, branch.timeZone)) throw notAnUpcomingBoardMeeting();
  const [exception, record] = await Promise.all([
    db.occurrenceException.findUnique({ where: { seriesId_occurrenceDate: { seriesId, occurrenceDate: fromIsoDate(date) } } }),
    db.meetingRecord.findUnique({ where: { seriesId_date: { seriesId, date: fromIsoDate(date) } } }),
  ]);
  const [occurrence] = applyExceptions(expandSchedule(scheduleOf(series), { from: date, to: date }, branch.timeZone), exception ? [exceptionInput(exception)] : [], series, branch.timeZone);
  if (!occurrence || occurrence.status === "cancelled" || record?.closedAt) throw notAnUpcomingBoardMeeting();
  return series;
}

/** Anyone may ask to attend a board meeting; a topic becomes a proposed agenda item for the preparer, and the secretaries get a mail. */
export async function createGuestRequest(db: Database, slug: string, body: GuestRequestBody, now: Date, publicUrl: string) {
  const token = randomBytes(32).toString("base64url");
  // The honeypot: a bot that fills the hidden field gets the same answer as a person, and nothing is stored.
  if (body.website?.trim()) return { status: "pending" as const, statusUrl: statusUrlOf(token) };
  const branch = await publicBranch(db, slug, now);
  const name = body.name.trim();
  const email = body.email.trim().toLowerCase();
  if (!name) throw badRequest("Fill in your name.", "INVALID_NAME");
  if (!EMAIL.test(email)) throw badRequest(`"${body.email}" is not an email address; use one like naam@voorbeeld.nl.`, "INVALID_EMAIL");
  const series = await assertUpcomingBoardMeeting(db, branch, body.seriesId, body.date);
  const topic = body.topic?.trim() ?? "";
  await db.$transaction(async (tx) => {
    const item = topic
      ? await tx.agendaItem.create({
          data: {
            branchId: branch.id,
            seriesId: body.seriesId,
            date: fromIsoDate(body.date),
            position: await nextPosition(tx, { series: { id: body.seriesId }, date: body.date }),
            title: topic.slice(0, 200),
            type: "discussion",
            status: "proposed",
            origin: "guest",
            proposedByName: name,
          },
        })
      : null;
    if (item) await tx.agendaItem.update({ where: { id: item.id }, data: { rootItemId: item.id } });
    // A guest has no account: no user id, and only the name they gave (never their email) in the log.
    if (item) {
      await recordAudit(tx, {
        branchId: branch.id,
        actor: { userId: null, name: `${name} (gast)`, at: now },
        entityType: "agenda_item",
        entityId: item.id,
        action: "proposed",
        summary: `Agendapunt "${item.title}" voorgesteld door gast ${name} voor ${series.title} van ${body.date}`,
      });
    }
    await tx.guestRequest.create({
      data: { branchId: branch.id, seriesId: body.seriesId, date: fromIsoDate(body.date), name, email, topic, agendaItemId: item?.id ?? null, tokenHash: hashToken(token) },
    });
    await enqueueGuestRequestMails(tx, { branch, seriesTitle: series.title, date: body.date, name, topic }, publicUrl);
  });
  return { status: "pending" as const, statusUrl: statusUrlOf(token) };
}

/** What the private link shows: the status and the meeting, nothing the requester did not already know. */
export async function guestRequestStatus(db: Database, token: string) {
  const request = await db.guestRequest.findUnique({ where: { tokenHash: hashToken(token) }, include: { series: { select: { title: true } } } });
  if (!request) throw notFound("Request");
  return { status: request.status, date: toIsoDate(request.date), title: request.series.title };
}

function requestView(request: GuestRequest): GuestRequestView {
  return {
    id: request.id,
    seriesId: request.seriesId,
    date: toIsoDate(request.date),
    name: request.name,
    email: request.email,
    topic: request.topic,
    agendaItemId: request.agendaItemId,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    version: request.version,
  };
}

export async function listGuestRequests(db: Database, branchId: string, status: GuestRequestView["status"] | "all" = "pending") {
  const rows = await db.guestRequest.findMany({ where: { branchId, ...(status === "all" ? {} : { status }) }, orderBy: [{ date: "asc" }, { createdAt: "asc" }] });
  return rows.map(requestView);
}

/**
 * The secretary answers; declining also declines the topic the guest proposed, if nobody handled it yet. The
 * guest gets the answer by mail in the same transaction; an approval with the meeting's time, place and a calendar invitation.
 */
export async function decideGuestRequest(db: Database, branch: BranchScope, requestId: string, version: number, approve: boolean, by: AuditActor, mailFrom: string) {
  const request = await db.guestRequest.findFirst({ where: { id: requestId, branchId: branch.id }, include: { series: { select: { id: true, title: true } } } });
  if (!request) throw notFound("Request");
  if (request.status !== "pending") throw conflict(`This request was already ${request.status}. Reload the list to see the answer.`, "REQUEST_ALREADY_ANSWERED");
  const date = toIsoDate(request.date);
  // Only an approval needs the meeting's (possibly moved) time and place; a decline works even if the series changed since.
  const occurrence = approve ? (await loadMeeting(db, branch, request.seriesId, date)).occurrence : null;
  const decided = await db.$transaction(async (tx) => {
    const updated = await tx.guestRequest.updateMany({
      where: { id: requestId, version, status: "pending" },
      data: { status: approve ? "approved" : "declined", decidedById: branch.personId, decidedAt: branch.now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("request");
    if (!approve && request.agendaItemId) {
      const declined = await tx.agendaItem.updateMany({ where: { id: request.agendaItemId, status: "proposed" }, data: { status: "declined", version: { increment: 1 } } });
      if (declined.count > 0) {
        await recordAudit(tx, {
          branchId: branch.id,
          actor: by,
          entityType: "agenda_item",
          entityId: request.agendaItemId,
          action: "declined",
          summary: `Voorstel "${request.topic}" van gast ${request.name} afgewezen, met het verzoek om de vergadering van ${toIsoDate(request.date)} bij te wonen`,
          changes: { status: { from: "proposed", to: "declined" } },
        });
      }
    }
    await enqueueGuestDecisionMail(tx, { branch, meeting: { series: request.series, date, occurrence }, guest: { name: request.name, email: request.email }, now: branch.now, mailFrom });
    return tx.guestRequest.findUniqueOrThrow({ where: { id: requestId } });
  });
  return requestView(decided);
}
