import type { ContactSharingBody, ContactSharingResponse } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { notFound, staleVersion } from "../../lib/errors.ts";

/** The caller's own person in this branch: the only row these routes read or change. */
function ownPersonId(branch: BranchScope): string {
  if (branch.personId === null) throw notFound("Your membership of this branch");
  return branch.personId;
}

/** Whether the caller shows their email and phone to the members of their working groups, with the version to send back. */
export async function getContactSharing(db: Database, branch: BranchScope): Promise<ContactSharingResponse> {
  const person = await db.person.findFirst({ where: { id: ownPersonId(branch), branchId: branch.id }, select: { shareContact: true, version: true } });
  if (!person) throw notFound("Your membership of this branch");
  return person;
}

/**
 * The member's own choice to share their contact details with their working groups (people/service.ts
 * listPeople honours it). Versioned like every edit of a person, since the secretary edits the same row;
 * audited in the same transaction.
 */
export async function setContactSharing(db: Database, branch: BranchScope, actor: AuditActor, body: ContactSharingBody): Promise<ContactSharingResponse> {
  const personId = ownPersonId(branch);
  return db.$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { id: personId, branchId: branch.id }, select: { name: true, shareContact: true, version: true } });
    if (!current) throw notFound("Your membership of this branch");
    if (current.version !== body.version) throw staleVersion("contact sharing setting");
    if (current.shareContact === body.shareContact) return { shareContact: current.shareContact, version: current.version };
    const updated = await tx.person.updateMany({ where: { id: personId, branchId: branch.id, version: body.version }, data: { shareContact: body.shareContact, version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("contact sharing setting");
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "person",
      entityId: personId,
      action: "updated",
      summary: body.shareContact ? `${current.name} deelt e-mailadres en telefoonnummer met de eigen werkgroepen` : `${current.name} deelt e-mailadres en telefoonnummer niet meer met de eigen werkgroepen`,
      changes: changedFields({ shareContact: current.shareContact }, { shareContact: body.shareContact }),
    });
    return { shareContact: body.shareContact, version: current.version + 1 };
  });
}
