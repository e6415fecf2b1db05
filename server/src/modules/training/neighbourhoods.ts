import { neighbourhoodStatus, type NeighbourhoodVisit } from "@afdelingsplanner/shared";
import type { NeighbourhoodCreateBody, NeighbourhoodEvent, NeighbourhoodUpdateBody, NeighbourhoodView } from "@afdelingsplanner/shared/schemas";
import type { Database, Db } from "../../db/client.ts";
import type { Neighbourhood } from "../../generated/prisma/client.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { toIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../lib/errors.ts";

interface Happening extends NeighbourhoodVisit, NeighbourhoodEvent {}

/**
 * What happened and is planned in the branch's wijken: dated training sessions (office hours and the like) and
 * activities that name one. An activity a session made is that session, so it is left out here.
 */
async function happenings(db: Db, branchId: string, neighbourhoodId?: string): Promise<Happening[]> {
  const [sessions, activities] = await Promise.all([
    db.trainingSession.findMany({ where: { branchId, neighbourhoodId: neighbourhoodId ?? { not: null }, date: { not: null } }, select: { neighbourhoodId: true, date: true, title: true } }),
    db.activity.findMany({ where: { branchId, neighbourhoodId: neighbourhoodId ?? { not: null }, trainingSessionId: null }, select: { neighbourhoodId: true, date: true, note: true, type: true } }),
  ]);
  return [
    ...sessions.flatMap((session) =>
      session.neighbourhoodId && session.date ? [{ neighbourhoodId: session.neighbourhoodId, date: toIsoDate(session.date), title: session.title, source: "session" as const, activityType: null }] : [],
    ),
    ...activities.flatMap((activity) =>
      activity.neighbourhoodId ? [{ neighbourhoodId: activity.neighbourhoodId, date: toIsoDate(activity.date), title: activity.note, source: "activity" as const, activityType: activity.type }] : [],
    ),
  ];
}

function neighbourhoodView(neighbourhood: Neighbourhood, events: readonly Happening[], today: string): NeighbourhoodView {
  const status = neighbourhoodStatus(neighbourhood.id, events, today);
  const own = events.filter((event) => event.neighbourhoodId === neighbourhood.id);
  const eventOf = ({ date, title, source, activityType }: Happening): NeighbourhoodEvent => ({ date, title, source, activityType });
  const lastVisitEvents = own.filter((event) => event.date === status.lastVisit).map(eventOf);
  const planned = own
    .filter((event) => event.date > today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(eventOf);
  return { id: neighbourhood.id, name: neighbourhood.name, ...status, lastVisitEvents, planned, version: neighbourhood.version };
}

/** The Wijken view: per wijk when we were last there and what is planned; quiet ones (six months) first. */
export async function listNeighbourhoods(db: Database, branch: BranchScope, canManage: boolean) {
  const [neighbourhoods, events] = await Promise.all([db.neighbourhood.findMany({ where: { branchId: branch.id }, orderBy: { name: "asc" } }), happenings(db, branch.id)]);
  const views = neighbourhoods.map((neighbourhood) => neighbourhoodView(neighbourhood, events, branch.today));
  return { neighbourhoods: views.sort((a, b) => Number(b.quiet) - Number(a.quiet) || a.name.localeCompare(b.name, "nl")), today: branch.today, canManage };
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!trimmed) throw badRequest('"name" is empty; name the wijk.', "INVALID_TRAINING_SESSION");
  return trimmed;
}

async function assertNameFree(db: Db, branchId: string, name: string, exceptId?: string) {
  const clash = await db.neighbourhood.findFirst({ where: { branchId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (clash) throw conflict(`The wijk "${clash.name}" is already on the list.`, "DUPLICATE_NAME");
}

async function oneView(db: Database, branch: BranchScope, id: string) {
  const neighbourhood = await db.neighbourhood.findFirstOrThrow({ where: { id, branchId: branch.id } });
  return { neighbourhood: neighbourhoodView(neighbourhood, await happenings(db, branch.id, id), branch.today) };
}

export async function createNeighbourhood(db: Database, branch: BranchScope, body: NeighbourhoodCreateBody) {
  const name = cleanName(body.name);
  await assertNameFree(db, branch.id, name);
  const created = await db.neighbourhood.create({ data: { branchId: branch.id, name } });
  return oneView(db, branch, created.id);
}

export async function renameNeighbourhood(db: Database, branch: BranchScope, id: string, body: NeighbourhoodUpdateBody) {
  if ((await db.neighbourhood.count({ where: { id, branchId: branch.id } })) === 0) throw notFound("Neighbourhood");
  const name = cleanName(body.name);
  await assertNameFree(db, branch.id, name, id);
  const updated = await db.neighbourhood.updateMany({ where: { id, branchId: branch.id, version: body.version }, data: { name, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion("wijk");
  return oneView(db, branch, id);
}

/** A wijk with sessions or activities keeps its history: those name it, so it cannot go. */
export async function deleteNeighbourhood(db: Database, branchId: string, id: string) {
  const found = await db.neighbourhood.findFirst({ where: { id, branchId }, select: { name: true, _count: { select: { sessions: true, activities: true } } } });
  if (!found) throw notFound("Neighbourhood");
  const uses = found._count.sessions + found._count.activities;
  if (uses > 0) throw conflict(`${found.name} is named by ${uses} session(s) or activities; it stays so their history stays.`, "NEIGHBOURHOOD_IN_USE");
  await db.neighbourhood.deleteMany({ where: { id, branchId } });
}
