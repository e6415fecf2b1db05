import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import type { ActionContext } from "./transaction.ts";

/**
 * Ends a person's board rights (the board_member role) once they hold no open seat any more, after a
 * departure or an abolished seat, so access rules treat them as a plain member from then on. The
 * secretary role stays: it is a branch role the secretary gives and takes on the Leden page, not a seat,
 * so the branch never loses its last secretary through the roster.
 */
export async function endBoardRightsWithoutSeat(tx: Prisma.TransactionClient, context: ActionContext, personId: string, reason: string): Promise<boolean> {
  const otherSeat = await tx.boardSeat.findFirst({
    where: { branchId: context.branchId, personId, OR: [{ abolishedOn: null }, { abolishedOn: { gt: fromIsoDate(context.today) } }] },
    select: { id: true },
  });
  if (otherSeat) return false;
  const removed = await tx.branchRole.deleteMany({ where: { branchId: context.branchId, personId, role: "board_member" } });
  if (removed.count === 0) return false;
  const person = await tx.person.update({ where: { id: personId, branchId: context.branchId }, data: { version: { increment: 1 } }, select: { name: true } });
  await recordAudit(tx, {
    branchId: context.branchId,
    actor: context.actor,
    entityType: "person",
    entityId: personId,
    action: "board_rights_ended",
    summary: `Bestuursrechten van ${person.name} beëindigd: ${reason}`,
    changes: { roles: { from: ["board_member"], to: [] } },
  });
  return true;
}
