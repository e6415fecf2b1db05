import type { Db } from "../../db/client.ts";

export type MailLocale = "nl" | "en";

/** One mail, already written in the recipient's language (see templates.ts). */
export interface OutgoingMail {
  /** The branch it concerns, so its secretary sees it on the outbox page; null for mail outside a branch. */
  branchId: string | null;
  to: string;
  locale: MailLocale;
  /** invitation, password_reset, email_change, …: what the mail is, for the outbox page and the tests. */
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the mail is about (an invitation's), which the outbox page lets a secretary copy while mail is off. */
  actionUrl?: string;
}

/**
 * Puts a mail in the outbox. Call it with the transaction of the change that causes the mail: the change
 * and its mail commit together or not at all, and the worker (worker.ts) sends it afterwards, with retries.
 */
export async function enqueueMail(tx: Db, mail: OutgoingMail): Promise<string> {
  const row = await tx.outboxMail.create({ data: outboxRow(mail), select: { id: true } });
  return row.id;
}

/** The outbox row for one mail, as enqueueMail and enqueueMails write it. */
function outboxRow(mail: OutgoingMail) {
  return {
    branchId: mail.branchId,
    toAddress: mail.to,
    locale: mail.locale,
    kind: mail.kind,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    actionUrl: mail.actionUrl ?? null,
  };
}

/** Many mails in one statement (an import's invitations), in the transaction that causes them, like enqueueMail. */
export async function enqueueMails(tx: Db, mails: readonly OutgoingMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const created = await tx.outboxMail.createMany({ data: mails.map(outboxRow) });
  return created.count;
}
