import { addDaysLocal, isLocalDate, localToInstant } from "@afdelingsplanner/shared";
import { AUDIT_ENTITY_TYPES, type AuditChanges, type AuditEntityType, type AuditEntryView, type AuditLogQuery, type AuditLogResponse } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { AuditEntry, Prisma } from "../../generated/prisma/client.ts";
import { badRequest } from "../../lib/errors.ts";
import { assertRealDate } from "../../lib/dateWindow.ts";

const DEFAULT_PAGE = 50;

const isEntityType = (type: string): type is AuditEntityType => AUDIT_ENTITY_TYPES.some((known) => known === type);

function changesOf(value: Prisma.JsonValue): AuditChanges {
  // recordAudit only ever writes { field: { from, to } }; anything else is shown as no details.
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const changes: AuditChanges = {};
  for (const [field, change] of Object.entries(value)) {
    if (change && typeof change === "object" && !Array.isArray(change) && "from" in change && "to" in change) changes[field] = { from: change.from, to: change.to };
  }
  return changes;
}

const cursorOf = (entry: Pick<AuditEntry, "at" | "id">) => `${entry.at.toISOString()}_${entry.id}`;

function parseCursor(cursor: string): { at: Date; id: string } {
  const [at = "", id = ""] = cursor.split("_");
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw badRequest(`"before" (${cursor}) is not a cursor this list gave out; use nextCursor of the previous page.`, "INVALID_CURSOR");
  return { at: instant, id };
}

/** The start of a local day in the branch's time zone, as an instant (a DST day is 23 or 25 hours long). */
const startOfDay = (day: string, timeZone: string) => new Date(localToInstant(`${day}T00:00`, timeZone).epochMs);

function whereOf(branch: { id: string; timeZone: string }, query: AuditLogQuery): Prisma.AuditEntryWhereInput {
  const where: Prisma.AuditEntryWhereInput = { branchId: branch.id };
  if (query.entityType) where.entityType = query.entityType;
  if (query.actor) where.actorUserId = query.actor;
  if (query.from) assertRealDate("from", query.from);
  if (query.to) assertRealDate("to", query.to);
  if (query.from && query.to && query.from > query.to) throw badRequest(`"from" (${query.from}) is after "to" (${query.to}).`, "INVALID_RANGE");
  if (query.from || query.to) {
    // Both days inclusive, in the branch's time zone: "to" ends where the next local day starts
    // (after 9999-12-31 there is no such day in YYYY-MM-DD, and nothing to leave out).
    const dayAfter = query.to ? addDaysLocal(query.to, 1) : undefined;
    where.at = {
      gte: query.from ? startOfDay(query.from, branch.timeZone) : undefined,
      lt: dayAfter && isLocalDate(dayAfter) ? startOfDay(dayAfter, branch.timeZone) : undefined,
    };
  }
  if (query.q) where.summary = { contains: query.q.trim(), mode: "insensitive" };
  if (query.before) {
    const { at, id } = parseCursor(query.before);
    where.AND = [{ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] }];
  }
  return where;
}

function entryView(entry: AuditEntry & { entityType: AuditEntityType }): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: { userId: entry.actorUserId, name: entry.actorName },
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    summary: entry.summary,
    changes: changesOf(entry.changes),
  };
}

/** One page of the branch's audit log, newest first, with who appears in it (for the person filter). */
export async function listAuditLog(db: Database, branch: { id: string; timeZone: string }, query: AuditLogQuery): Promise<AuditLogResponse> {
  const limit = query.limit ?? DEFAULT_PAGE;
  const [rows, actors] = await Promise.all([
    // One more than asked tells whether there is a next page without counting.
    db.auditEntry.findMany({ where: whereOf(branch, query), orderBy: [{ at: "desc" }, { id: "desc" }], take: limit + 1 }),
    db.$queryRaw<{ userId: string; name: string }[]>`
      SELECT DISTINCT ON ("actorUserId") "actorUserId"::text AS "userId", "actorName" AS name
      FROM "AuditEntry" WHERE "branchId" = ${branch.id}::uuid AND "actorUserId" IS NOT NULL
      ORDER BY "actorUserId", "at" DESC`,
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    // Types a newer version wrote that this one does not know are left out rather than mislabelled.
    entries: page.flatMap((entry) => (isEntityType(entry.entityType) ? [entryView({ ...entry, entityType: entry.entityType })] : [])),
    nextCursor: rows.length > limit && last ? cursorOf(last) : null,
    actors: actors.sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}
