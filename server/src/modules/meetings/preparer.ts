import type { Database } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";
import { assertPersonInBranch } from "./meeting.ts";

/** The person the board names to prepare a series' agenda (null: board members prepare it together). */
export async function setPreparer(db: Database, branchId: string, seriesId: string, personId: string | null) {
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId }, select: { id: true } });
  if (!series) throw notFound("Meeting series");
  await assertPersonInBranch(db, branchId, personId);
  if (personId === null) {
    await db.seriesPreparer.deleteMany({ where: { seriesId, branchId } });
    return { preparer: null };
  }
  const saved = await db.seriesPreparer.upsert({
    where: { seriesId },
    create: { seriesId, branchId, personId },
    update: { personId },
    include: { person: { select: { id: true, name: true } } },
  });
  return { preparer: saved.person };
}

export async function getPreparer(db: Database, branchId: string, seriesId: string) {
  const series = await db.meetingSeries.findFirst({ where: { id: seriesId, branchId }, include: { preparer: { include: { person: { select: { id: true, name: true } } } } } });
  if (!series) throw notFound("Meeting series");
  return { preparer: series.preparer?.person ?? null };
}
