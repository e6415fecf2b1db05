import type { PersonView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { personSelect, personView, statusOn } from "./views.ts";

type Tx = Prisma.TransactionClient;

/** The name an erased former member keeps in minutes, decisions and history ("Oud-lid 17"). */
export const pseudonymName = (pseudonym: number) => `Oud-lid ${pseudonym}`;

/** An erased person is only a pseudonym: nothing about them can be edited, invited or undone any more. */
export const personErased = () =>
  conflict("This former member's data has been erased; only the pseudonym remains, so they can no longer be edited, invited or brought back.", "PERSON_ERASED");

/** Every string in a JSON value with each of `secrets` replaced by `replacement`. */
function redactJson(value: unknown, secrets: readonly string[], replacement: string): unknown {
  if (typeof value === "string") return redact(value, secrets, replacement);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secrets, replacement));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, secrets, replacement)]));
  return value;
}

function redact(text: string, secrets: readonly string[], replacement: string): string {
  return secrets.reduce((current, secret) => current.split(secret).join(replacement), text);
}

/**
 * Replaces the erased person's name, email and phone in this branch's audit entries with the pseudonym.
 *
 * The audit log is append-only (a trigger refuses UPDATE, and DELETE unless the transaction sets
 * afdelingsplanner.allow_audit_delete). This is the one sanctioned rewrite of it: the GDPR's right to
 * erasure (art. 17) outweighs an unaltered history, and the pseudonym keeps the history readable. Since
 * UPDATE stays refused even here, each affected entry is deleted and written again with the same id,
 * time, actor id, entity and action, only the texts redacted; the delete permission is switched on for
 * those statements alone, in the erasure's own transaction, and off again before anything else is written.
 */
async function pseudonymiseAuditLog(tx: Tx, branchId: string, secrets: readonly string[], replacement: string) {
  const patterns = secrets.map((secret) => `%${secret.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  const entries = await tx.$queryRaw<{ id: string; at: Date; actorUserId: string | null; actorName: string; entityType: string; entityId: string; action: string; summary: string; changes: unknown }[]>`
    SELECT id, at, "actorUserId", "actorName", "entityType", "entityId", action, summary, changes FROM "AuditEntry"
    WHERE "branchId" = ${branchId}::uuid
      AND ("actorName" ILIKE ANY(${patterns}) OR summary ILIKE ANY(${patterns}) OR changes::text ILIKE ANY(${patterns}))`;
  if (entries.length === 0) return;
  // Matching is case-insensitive, replacing exact: also catch the lower-cased addresses the log stores.
  const variants = [...new Set(secrets.flatMap((secret) => [secret, secret.toLowerCase()]))].sort((a, b) => b.length - a.length);
  await tx.$executeRaw`SELECT set_config('afdelingsplanner.allow_audit_delete', 'on', true)`;
  await tx.auditEntry.deleteMany({ where: { id: { in: entries.map((entry) => entry.id) } } });
  await tx.$executeRaw`SELECT set_config('afdelingsplanner.allow_audit_delete', 'off', true)`;
  await tx.auditEntry.createMany({
    data: entries.map((entry) => ({
      id: entry.id,
      branchId,
      at: entry.at,
      actorUserId: entry.actorUserId,
      actorName: redact(entry.actorName, variants, replacement),
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      summary: redact(entry.summary, variants, replacement),
      changes: redactJson(entry.changes, variants, replacement) as Prisma.InputJsonObject,
    })),
  });
}

/**
 * Erases a former member (secretary): their name becomes "Oud-lid N", contact details go, and so do
 * open invitations, mail to them and their join requests, all in one transaction. Their links stay, so
 * minutes, agenda and action items, attendance and terms keep pointing at the person, who now shows
 * as the pseudonym. Their account goes too, unless another branch's person still uses it.
 */
export async function erasePerson(db: Database, branch: BranchScope, actor: AuditActor, personId: string): Promise<{ person: PersonView }> {
  return db.$transaction(async (tx) => {
    // The branch row is the lock for numbering: two erasures at once get consecutive pseudonyms.
    await tx.$queryRaw`SELECT id FROM "Branch" WHERE id = ${branch.id}::uuid FOR UPDATE`;
    const current = await tx.person.findFirst({ where: { id: personId, branchId: branch.id }, select: personSelect });
    if (!current) throw notFound("Person");
    if (current.erasedAt) throw personErased();
    if (statusOn(current.leftOn, branch.today) !== "left") {
      throw conflict(`${current.name} has not left the branch. Record their departure first; only a former member's data can be erased.`, "ERASURE_NEEDS_DEPARTURE");
    }
    const highest = await tx.person.aggregate({ where: { branchId: branch.id }, _max: { pseudonym: true } });
    const pseudonym = (highest._max.pseudonym ?? 0) + 1;
    const replacement = pseudonymName(pseudonym);

    await tx.person.update({
      where: { id: personId },
      data: { name: replacement, email: null, phone: null, shareContact: false, erasedAt: actor.at, pseudonym, userId: null, version: { increment: 1 } },
    });
    await tx.invitation.deleteMany({ where: { branchId: branch.id, personId, acceptedAt: null } });
    // Accepted invitations stay as the record that one was accepted, without the address.
    await tx.invitation.updateMany({ where: { branchId: branch.id, personId }, data: { email: null } });
    await tx.workingGroupJoinRequest.deleteMany({ where: { branchId: branch.id, personId } });
    const addresses = [current.email].filter((email): email is string => email !== null);
    if (addresses.length > 0) {
      await tx.outboxMail.deleteMany({ where: { branchId: branch.id, status: { not: "sent" }, toAddress: { in: addresses, mode: "insensitive" } } });
    }

    await pseudonymiseAuditLog(tx, branch.id, [current.name, current.email, current.phone].filter((text): text is string => Boolean(text)), replacement);
    await eraseOrUnlinkAccount(tx, current.userId);
    await recordAudit(tx, { branchId: branch.id, actor, entityType: "person", entityId: personId, action: "erased", summary: `Gegevens van ${replacement} gewist` });

    const erased = await tx.person.findFirstOrThrow({ where: { id: personId }, select: personSelect });
    return { person: personView(erased, branch.today, true) };
  });
}

/**
 * The person's account goes when no other branch's person uses it (its sessions, refresh tokens, reset
 * and email-change links cascade with it, and so does account mail still waiting); otherwise the person
 * was only unlinked above and the account stays for the other branch.
 */
async function eraseOrUnlinkAccount(tx: Tx, userId: string | null) {
  if (!userId) return;
  if (await tx.person.findFirst({ where: { userId }, select: { id: true } })) return;
  const user = await tx.user.delete({ where: { id: userId }, select: { email: true } });
  await tx.outboxMail.deleteMany({ where: { branchId: null, status: { not: "sent" }, toAddress: { equals: user.email, mode: "insensitive" } } });
}
