import { OUTBOX_PAGE_MAX, OUTBOX_STATUSES, type OutboxCounts, type OutboxMailView, type OutboxResponse, type OutboxStatus } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";

const isStatus = (status: string): status is OutboxStatus => OUTBOX_STATUSES.some((known) => known === status);

/**
 * The branch's outbox, newest first. The invitation link is shown only while mail is off and the
 * invitation is still waiting: then the secretary passes it on herself. Once mail is on, the link goes
 * only to the invitee's mailbox. The counts cover all of the branch's mail, so the secretary sees at once
 * how many wait or failed; `onlyStatus` lists just those (the failed ones, with their reasons).
 */
export async function listOutbox(db: Database, branch: { id: string }, mailEnabled: boolean, onlyStatus?: OutboxStatus): Promise<OutboxResponse> {
  const [rows, groups] = await Promise.all([
    db.outboxMail.findMany({
      where: { branchId: branch.id, ...(onlyStatus ? { status: onlyStatus } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OUTBOX_PAGE_MAX,
      select: { id: true, toAddress: true, kind: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, actionUrl: true },
    }),
    db.outboxMail.groupBy({ by: ["status"], where: { branchId: branch.id }, _count: { _all: true } }),
  ]);
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const group of groups) if (isStatus(group.status)) counts[group.status] = group._count._all;
  const mails: OutboxMailView[] = rows.map((row) => {
    const status: OutboxStatus = isStatus(row.status) ? row.status : "pending";
    return {
      id: row.id,
      to: row.toAddress,
      kind: row.kind,
      subject: row.subject,
      status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      actionUrl: !mailEnabled && row.kind === "invitation" && status === "pending" ? row.actionUrl : null,
    };
  });
  return { mailEnabled, counts, mails };
}
