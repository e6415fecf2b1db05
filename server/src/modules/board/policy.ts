import type { PolicyBody, TermPolicyView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import { staleVersion } from "../../lib/errors.ts";
import { recordChange } from "./history.ts";
import { inRosterTransaction, type ActionContext } from "./transaction.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";

/** Changes the term policy. `version` must be the one the caller saw, so two edits cannot silently overwrite each other. */
export function changePolicy(db: Database, context: ActionContext, body: PolicyBody): Promise<TermPolicyView> {
  return inRosterTransaction(db, context, async ({ tx, data }) => {
    if (body.version !== data.policy.version) throw staleVersion("term policy");
    const values = { termLengthMonths: body.termLengthMonths, maxConsecutiveTerms: body.maxConsecutiveTerms, endingSoonWindowMonths: body.endingSoonWindowMonths };
    const policy = await tx.boardTermPolicy.upsert({
      where: { branchId: context.branchId },
      create: { branchId: context.branchId, ...values, version: body.version + 1 },
      update: { ...values, version: body.version + 1 },
      select: { termLengthMonths: true, maxConsecutiveTerms: true, endingSoonWindowMonths: true, version: true },
    });
    await recordChange(tx, context.branchId, context.actorUserId, { kind: "policy_changed", details: { policy: values } });
    const { version: _version, ...previous } = data.policy;
    await recordAudit(tx, {
      branchId: context.branchId,
      actor: context.actor,
      entityType: "roster_policy",
      entityId: context.branchId,
      action: "updated",
      summary: "Regels voor bestuurstermijnen gewijzigd",
      changes: changedFields(previous, values),
    });
    return policy;
  });
}
