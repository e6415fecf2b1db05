import type { OrganisationCreateBody, OrganisationUpdateBody, OrganisationView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../../db/client.ts";
import type { Organisation } from "../../../generated/prisma/client.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../../lib/errors.ts";
import { toIsoDate } from "../../../lib/dates.ts";
import { activityInclude, activityView } from "../activities/service.ts";
import type { Actor } from "../goals/access.ts";
import type { BranchScope } from "../../../lib/clock.ts";

interface ConversationStats {
  count: number;
  last: Date | null;
}

function organisationView(organisation: Organisation, stats: ConversationStats | undefined): OrganisationView {
  return {
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    contactNotes: organisation.contactNotes,
    website: organisation.website,
    conversationCount: stats?.count ?? 0,
    lastConversationOn: stats?.last ? toIsoDate(stats.last) : null,
    version: organisation.version,
  };
}

/** Number and latest date of network conversations per organisation, in one grouped query. */
async function conversationStats(db: Database, branchId: string, organisationId?: string): Promise<Map<string, ConversationStats>> {
  const groups = await db.activity.groupBy({
    by: ["organisationId"],
    where: { branchId, type: "network_conversation", organisationId: organisationId ?? { not: null } },
    _count: { _all: true },
    _max: { date: true },
  });
  return new Map(groups.flatMap((group) => (group.organisationId ? [[group.organisationId, { count: group._count._all, last: group._max.date }]] : [])));
}

export async function listOrganisations(db: Database, branchId: string) {
  const [organisations, stats] = await Promise.all([db.organisation.findMany({ where: { branchId }, orderBy: { name: "asc" } }), conversationStats(db, branchId)]);
  return { organisations: organisations.map((organisation) => organisationView(organisation, stats.get(organisation.id))) };
}

export async function getOrganisation(db: Database, branch: BranchScope, actor: Actor, organisationId: string) {
  const organisation = await db.organisation.findFirst({ where: { id: organisationId, branchId: branch.id } });
  if (!organisation) throw notFound("Organisation");
  const [stats, history] = await Promise.all([
    conversationStats(db, branch.id, organisationId),
    db.activity.findMany({ where: { branchId: branch.id, organisationId }, include: activityInclude, orderBy: [{ date: "desc" }, { createdAt: "desc" }] }),
  ]);
  return { organisation: organisationView(organisation, stats.get(organisationId)), history: history.map((activity) => activityView(activity, actor)) };
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!trimmed) throw badRequest('"name" is empty; give the organisation its name.', "INVALID_ORGANISATION");
  return trimmed;
}

/** "Volt Den Haag" and "volt den haag" are one organisation: refuse the second with a clear 409. */
async function assertNameFree(db: Database, branchId: string, name: string, exceptId?: string) {
  const clash = await db.organisation.findFirst({ where: { branchId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (clash) throw conflict(`"${clash.name}" is already in the network register; log conversations with that one instead of adding it twice.`, "DUPLICATE_NAME");
}

export async function createOrganisation(db: Database, branch: BranchScope, body: OrganisationCreateBody) {
  const name = cleanName(body.name);
  await assertNameFree(db, branch.id, name);
  const created = await db.organisation.create({
    data: { branchId: branch.id, name, type: body.type, contactNotes: body.contactNotes?.trim() ?? "", website: body.website ?? null },
  });
  return { organisation: organisationView(created, undefined), history: [] };
}

export async function updateOrganisation(db: Database, branch: BranchScope, actor: Actor, organisationId: string, body: OrganisationUpdateBody) {
  const current = await db.organisation.findFirst({ where: { id: organisationId, branchId: branch.id } });
  if (!current) throw notFound("Organisation");
  const name = body.name !== undefined ? cleanName(body.name) : current.name;
  if (name !== current.name) await assertNameFree(db, branch.id, name, organisationId);
  const updated = await db.organisation.updateMany({
    where: { id: organisationId, branchId: branch.id, version: body.version },
    data: {
      name,
      type: body.type ?? current.type,
      contactNotes: body.contactNotes !== undefined ? body.contactNotes.trim() : current.contactNotes,
      website: body.website !== undefined ? body.website : current.website,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw staleVersion("organisation");
  return getOrganisation(db, branch, actor, organisationId);
}

export async function deleteOrganisation(db: Database, branchId: string, organisationId: string) {
  const organisation = await db.organisation.findFirst({ where: { id: organisationId, branchId }, select: { name: true, _count: { select: { activities: true } } } });
  if (!organisation) throw notFound("Organisation");
  // The conversations are the network's history and count for goals; deleting them by accident would move progress back.
  const logged = organisation._count.activities;
  if (logged > 0) throw conflict(`${organisation.name} has ${logged} logged ${logged === 1 ? "activity" : "activities"}; delete those first if the organisation really must go.`, "HAS_ACTIVITIES");
  await db.organisation.deleteMany({ where: { id: organisationId, branchId } });
}
