import type { AuditChanges, AuditEntityType } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";

import type { AuditActor } from "./access.ts";

export type { AuditActor };

export interface AuditRecord {
  branchId: string;
  actor: AuditActor;
  entityType: AuditEntityType;
  entityId: string;
  action: string;
  /** One short Dutch sentence, e.g. "Bestuursvergadering op 2026-12-01 geannuleerd". */
  summary: string;
  changes?: AuditChanges;
}

/**
 * Appends one entry to the audit log (logboek). Call it with the transaction that makes the change, so
 * a change and its entry commit or roll back together: a write that fails leaves no entry.
 */
export async function recordAudit(tx: Prisma.TransactionClient, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      branchId: record.branchId,
      at: record.actor.at,
      actorUserId: record.actor.userId,
      actorName: record.actor.name,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      summary: record.summary,
      changes: (record.changes ?? {}) as Prisma.InputJsonObject,
    },
  });
}

/** Runs a write in a transaction, or in the caller's when it already is one, so recordAudit can join it. */
export function inTransaction<T>(db: Db, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(write) : write(db);
}

/** Values as JSON holds them: calendar days (midnight UTC) as YYYY-MM-DD, other dates as instants, undefined as null. */
function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().endsWith("T00:00:00.000Z") ? value.toISOString().slice(0, 10) : value.toISOString();
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * The fields of `after` whose value differs from `before`, as { field: { from, to } }. Pass only the fields
 * worth showing: callers pick them, so secrets (passwords, tokens) never reach the log.
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChanges {
  const changes: AuditChanges = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    const from = plain(before?.[key]);
    const to = plain(after?.[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
