import { isSchoolHolidayRegion, type WorkingGroupRole } from "@afdelingsplanner/shared";
import type { BranchSettingsBody, BranchSettingsView, WorkingGroupView } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";


const ROLE_ORDER: Record<WorkingGroupRole, number> = { chair: 0, convener: 1, action_list_keeper: 2, member: 3 };

export async function listWorkingGroups(db: Database, branchId: string): Promise<WorkingGroupView[]> {
  const groups = await db.workingGroup.findMany({
    where: { branchId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      members: {
        where: { branchId },
        select: {
          role: true,
          person: { select: { id: true, name: true, roles: { where: { role: "board_member" }, select: { role: true } } } },
        },
      },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    members: group.members
      .map((member) => ({
        personId: member.person.id,
        name: member.person.name,
        role: member.role as WorkingGroupRole,
        isBoardMember: member.person.roles.length > 0,
      }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "nl")),
  }));
}

const REGION_NAMES = { noord: "Noord", midden: "Midden", zuid: "Zuid" } as const;

/** The column is free text in the database; anything but a known region reads as midden, as the clash check does. */
const settingsView = (row: { schoolHolidayRegion: string }): BranchSettingsView => ({ schoolHolidayRegion: isSchoolHolidayRegion(row.schoolHolidayRegion) ? row.schoolHolidayRegion : "midden" });

export async function getSettings(db: Database, branchId: string): Promise<BranchSettingsView> {
  return settingsView(await db.branch.findUniqueOrThrow({ where: { id: branchId }, select: { schoolHolidayRegion: true } }));
}

/**
 * Sets the school-holiday region; a real change writes an audit entry in the same transaction, under a lock
 * on the branch's row so two board members' changes are logged in the order they were made. One value
 * chosen from three: the last choice wins, so the body carries no version.
 */
export async function updateSettings(db: Database, branchId: string, actor: AuditActor, body: BranchSettingsBody): Promise<BranchSettingsView> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Branch" WHERE id = ${branchId}::uuid FOR NO KEY UPDATE`;
    const before = settingsView(await tx.branch.findUniqueOrThrow({ where: { id: branchId }, select: { schoolHolidayRegion: true } }));
    const changes = changedFields(before, { schoolHolidayRegion: body.schoolHolidayRegion });
    if (Object.keys(changes).length === 0) return before;
    await tx.branch.update({ where: { id: branchId }, data: { schoolHolidayRegion: body.schoolHolidayRegion } });
    await recordAudit(tx, {
      branchId,
      actor,
      entityType: "branch",
      entityId: branchId,
      action: "settings_changed",
      summary: `Regio voor schoolvakanties gewijzigd van ${REGION_NAMES[before.schoolHolidayRegion]} naar ${REGION_NAMES[body.schoolHolidayRegion]}`,
      changes,
    });
    return { schoolHolidayRegion: body.schoolHolidayRegion };
  });
}
