import {
  calendarDays,
  DEFAULT_TERM_POLICY,
  isLocalDate,
  isValidTimeZone,
  TEMPLATE_BOARD_SEATS,
  TEMPLATE_WORKING_GROUPS,
  TEMPLATE_WORKING_GROUP_SLUGS,
  templateSeriesFor,
} from "@afdelingsplanner/shared";
import type { AdminBranchView, BranchCreateBody, PersonCreatedResponse, SecretaryInvitationBody } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import { branchScope } from "../../lib/clock.ts";
import { fromIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, notFound } from "../../lib/errors.ts";
import { createPerson } from "../people/index.ts";
import { templateSeriesRows } from "./template.ts";
import { adminBranchSelect, adminBranchView } from "./views.ts";

/** The secretary sits on the board (the plan's five seats include the secretaris), and is a member like everyone. */
const FIRST_SECRETARY_ROLES = ["secretary", "board_member", "member"] as const;

export async function listBranches(db: Database, now: Date): Promise<AdminBranchView[]> {
  const branches = await db.branch.findMany({ orderBy: { name: "asc" }, select: adminBranchSelect });
  return branches.map((branch) => adminBranchView(branch, now));
}

/**
 * Starts a branch from the plan's template, in one transaction: the board seats (empty), the term policy's
 * defaults, the chosen usual working groups and the meeting series (the board in odd weeks, the groups in
 * even weeks, the monthly branch meeting, the theme evening every two months) from `startsOn`. No people:
 * the platform admin invites the first secretary next. The branch's own log records who started it.
 */
export async function createBranch(db: Database, actor: AuditActor, body: BranchCreateBody): Promise<AdminBranchView> {
  const name = body.name.trim().replace(/\s+/g, " ");
  if (!name) throw badRequest('"name" is empty. Give the branch\'s name, e.g. "BIJ1 Rotterdam".', "INVALID_NAME");
  if (!isValidTimeZone(body.timeZone)) {
    throw badRequest(`"timeZone" is "${body.timeZone}", which is not an IANA time zone. Use a name such as Europe/Amsterdam.`, "INVALID_TIME_ZONE");
  }
  const startsOn = body.startsOn ?? calendarDays.todayIn(body.timeZone, actor.at);
  if (!isLocalDate(startsOn)) throw badRequest(`"startsOn" is ${startsOn}, which is not a day in the calendar. Use YYYY-MM-DD.`, "INVALID_DATE");
  const wanted: readonly string[] = body.workingGroups ?? TEMPLATE_WORKING_GROUP_SLUGS;
  const groups = TEMPLATE_WORKING_GROUPS.filter((group) => wanted.includes(group.slug));
  const series = templateSeriesFor(groups.map((group) => group.slug));

  return db.$transaction(async (tx) => {
    if (await tx.branch.findUnique({ where: { slug: body.slug }, select: { id: true } })) {
      throw conflict(`There already is a branch with the slug "${body.slug}". Choose another slug.`, "BRANCH_SLUG_TAKEN");
    }
    const branch = await tx.branch.create({ data: { slug: body.slug, name, timeZone: body.timeZone, createdAt: actor.at }, select: { id: true } });
    await tx.boardSeat.createMany({ data: TEMPLATE_BOARD_SEATS.map((seat, position) => ({ branchId: branch.id, function: seat.function, position })) });
    await tx.boardTermPolicy.create({ data: { branchId: branch.id, ...DEFAULT_TERM_POLICY } });
    const workingGroupIdBySlug = new Map<string, string>();
    for (const group of groups) {
      const created = await tx.workingGroup.create({ data: { branchId: branch.id, slug: group.slug, name: group.name, description: group.description, createdAt: actor.at }, select: { id: true } });
      workingGroupIdBySlug.set(group.slug, created.id);
    }
    await tx.meetingSeries.createMany({ data: templateSeriesRows(series, { branchId: branch.id, validFrom: fromIsoDate(startsOn), workingGroupIdBySlug }) });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "branch",
      entityId: branch.id,
      action: "created",
      summary: `Afdeling ${name} gestart met het sjabloon: ${TEMPLATE_BOARD_SEATS.length} bestuurszetels, ${series.length} vergaderreeksen en ${groups.length} werkgroepen`,
      changes: changedFields(null, { name, slug: body.slug, timeZone: body.timeZone, startsOn, workingGroups: groups.map((group) => group.slug) }),
    });
    return adminBranchView(await tx.branch.findUniqueOrThrow({ where: { id: branch.id }, select: adminBranchSelect }), actor.at);
  });
}

/**
 * Adds the branch's first secretary and mails them an invitation, through the people module's own
 * createPerson, so the person, roles, invitation, mail and audit entries are exactly a secretary's own
 * "add a member". A branch that already has an active secretary gets 409: from then on they add people.
 */
export async function inviteFirstSecretary(db: Database, actor: AuditActor, slug: string, body: SecretaryInvitationBody, publicUrl: string): Promise<PersonCreatedResponse> {
  const branch = await db.branch.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, timeZone: true } });
  if (!branch) throw notFound(`Branch "${slug}"`);
  const scope = branchScope({ ...branch, personId: null, roles: [] }, actor.at);
  const today = fromIsoDate(scope.today);
  const secretary = await db.person.findFirst({
    where: { branchId: branch.id, roles: { some: { role: "secretary" } }, OR: [{ leftOn: null }, { leftOn: { gt: today } }] },
    select: { name: true },
  });
  if (secretary) {
    throw conflict(`${branch.name} already has a secretary (${secretary.name}), who adds the members. Resend their invitation if it did not arrive.`, "BRANCH_HAS_SECRETARY");
  }
  return createPerson(db, scope, actor, { name: body.name, email: body.email, roles: [...FIRST_SECRETARY_ROLES] }, publicUrl);
}
