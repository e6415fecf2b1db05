import { ACTION_HISTORY_FIELDS, type ActionHistoryResponse } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { notFound } from "../../lib/errors.ts";

type Field = (typeof ACTION_HISTORY_FIELDS)[number];
type Change = ActionHistoryResponse["entries"][number]["changes"][number];

/** The audit log keeps an action's owner as a person id (auditedAction in actions.ts); history shows the name. */
const FIELD_OF: Record<string, Field> = { title: "title", ownerId: "owner", dueDate: "dueDate", status: "status", doneOn: "doneOn" };

const text = (value: unknown): string | null => (value === null || value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value));

function changesOf(value: Prisma.JsonValue, names: ReadonlyMap<string, string>): Change[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const changes: Change[] = [];
  for (const [key, change] of Object.entries(value)) {
    const field = FIELD_OF[key];
    if (!field || !change || typeof change !== "object" || Array.isArray(change)) continue;
    const { from, to } = change as { from?: unknown; to?: unknown };
    const shown = (raw: unknown) => (field === "owner" && typeof raw === "string" ? (names.get(raw) ?? null) : text(raw));
    changes.push({ field, from: shown(from), to: shown(to) });
  }
  // jsonb keeps keys in its own order (shortest first), so the fields are put back in a reading order.
  return changes.sort((a, b) => ACTION_HISTORY_FIELDS.indexOf(a.field) - ACTION_HISTORY_FIELDS.indexOf(b.field));
}

/**
 * An action's history, oldest first, read from the audit entries its writes record in the same
 * transaction (lib/audit.ts): no second history table to keep in step. Everyone who sees the action
 * list sees who changed an action; the full audit log stays the board's.
 */
export async function actionHistoryOf(db: Db, branchId: string, actionId: string): Promise<ActionHistoryResponse> {
  const action = await db.actionItem.findFirst({ where: { id: actionId, branchId }, select: { id: true } });
  if (!action) throw notFound("Action");
  const entries = await db.auditEntry.findMany({ where: { branchId, entityType: "action_item", entityId: actionId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const ownerIds = new Set<string>();
  for (const entry of entries) {
    const owner = (entry.changes as { ownerId?: { from?: unknown; to?: unknown } } | null)?.ownerId;
    for (const id of [owner?.from, owner?.to]) if (typeof id === "string") ownerIds.add(id);
  }
  const people = await db.person.findMany({ where: { branchId, id: { in: [...ownerIds] } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return { entries: entries.map((entry) => ({ at: entry.at.toISOString(), actorName: entry.actorName, action: entry.action, changes: changesOf(entry.changes, names) })) };
}
