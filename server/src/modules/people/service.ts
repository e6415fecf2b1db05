import { randomUUID } from "node:crypto";
import type { BranchRole } from "@afdelingsplanner/shared";
import { isLocalDate } from "@afdelingsplanner/shared";
import type {
  AcceptInvitationBody,
  CurrentUser,
  PersonDepartureBody,
  InvitationLetter,
  InvitationResponse,
  InvitationView,
  LinkInvitationBody,
  PeopleQuery,
  PersonCreateBody,
  PersonCreatedResponse,
  PersonUpdateBody,
  PersonView,
} from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import type { BranchScope } from "../../lib/clock.ts";
import { fromIsoDate, toIsoDate } from "../../lib/dates.ts";
import { badRequest, conflict, notFound, staleVersion } from "../../lib/errors.ts";
import { hashPassword } from "../../lib/passwords.ts";
import { issueRefreshToken } from "../accounts/index.ts";
import { enqueueInvitationMail, expiryFrom, hashCode, hashToken, invitationLink, letterUrl, newCode, newToken } from "./invitations.ts";
import { requireAcceptablePassword as checkNewPassword } from "../../lib/passwordPolicy.ts";
import { personErased } from "./erasure.ts";
import { invitationSelect, invitationView, personSelect, personView, statusOn, type PersonRow } from "./views.ts";

type Tx = Prisma.TransactionClient;

/** Who is asking for the list: decides whose email and phone they see. */
export interface Viewer {
  personId: string | null;
  roles: readonly BranchRole[];
  isPlatformAdmin: boolean;
}

/** Board members, the secretary and the platform admin see everyone's contact details. */
const seesAllContacts = (viewer: Viewer) => viewer.isPlatformAdmin || viewer.roles.includes("board_member") || viewer.roles.includes("secretary");

/**
 * Members of the branch, filtered. Contact details follow the privacy rule: board members, the secretary
 * and the platform admin see them all; another member sees their own, and those of people who share their
 * contact with the members of their working groups, if they are in one of those groups.
 */
export async function listPeople(db: Database, branch: BranchScope, viewer: Viewer, query: PeopleQuery): Promise<PersonView[]> {
  const all = seesAllContacts(viewer);
  const today = fromIsoDate(branch.today);
  const status = query.status ?? "active";
  const words = query.q?.trim();
  const where: Prisma.PersonWhereInput = {
    branchId: branch.id,
    // Erased former members are only a pseudonym: they show under "left" (vertrokken) and "all", never as active.
    ...(status === "active" ? { erasedAt: null, OR: [{ leftOn: null }, { leftOn: { gt: today } }] } : status === "left" ? { leftOn: { lte: today } } : {}),
    ...(query.role ? { roles: { some: { branchId: branch.id, role: query.role } } } : {}),
    ...(query.workingGroup ? { workingGroups: { some: { branchId: branch.id, workingGroup: { slug: query.workingGroup } } } } : {}),
    ...(words
      ? { AND: [{ OR: [{ name: { contains: words, mode: "insensitive" as const } }, ...(all ? [{ email: { contains: words, mode: "insensitive" as const } }] : [])] }] }
      : {}),
  };
  const people = await db.person.findMany({ where, orderBy: { name: "asc" }, select: personSelect });
  if (all) return people.map((person) => personView(person, branch.today, true));
  const myGroups = viewer.personId
    ? new Set((await db.workingGroupMember.findMany({ where: { branchId: branch.id, personId: viewer.personId }, select: { workingGroupId: true } })).map((entry) => entry.workingGroupId))
    : new Set<string>();
  return people.map((person) => {
    const shares = person.shareContact && person.workingGroups.some((entry) => myGroups.has(entry.workingGroupId));
    return personView(person, branch.today, person.id === viewer.personId || shares);
  });
}

async function findPerson(db: Database | Tx, branchId: string, personId: string): Promise<PersonRow> {
  const person = await db.person.findFirst({ where: { id: personId, branchId }, select: personSelect });
  if (!person) throw notFound("Person");
  return person;
}

const emailInUse = (email: string) =>
  conflict(`Someone in this branch already has the email address ${email}. Look them up in the list instead of adding them again.`, "EMAIL_IN_USE");

async function assertEmailFree(tx: Tx, branchId: string, email: string, exceptPersonId?: string) {
  const taken = await tx.person.findFirst({ where: { branchId, email: { equals: email, mode: "insensitive" }, ...(exceptPersonId ? { id: { not: exceptPersonId } } : {}) }, select: { id: true } });
  if (taken) throw emailInUse(email);
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!trimmed) throw badRequest('"name" is empty. Give the person\'s name.', "INVALID_NAME");
  return trimmed;
}

const cleanPhone = (phone: string | null | undefined) => {
  const trimmed = phone?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Adds a person with their roles and working groups, and invites them: with an email address, a mail with
 * a link (in the outbox, same transaction); without one, a one-time code for a printed letter.
 */
export async function createPerson(db: Database, branch: BranchScope, actor: AuditActor, body: PersonCreateBody, publicUrl: string): Promise<PersonCreatedResponse> {
  const name = cleanName(body.name);
  const email = body.email?.trim().toLowerCase() || null;
  const joinedOn = body.joinedOn ?? branch.today;
  if (!isLocalDate(joinedOn)) throw badRequest(`"joinedOn" is ${joinedOn}, which is not a day in the calendar. Use YYYY-MM-DD.`, "INVALID_DATE");
  const roles = [...new Set(body.roles ?? [])];
  const groupSlugs = [...new Set(body.workingGroups ?? [])];

  return db.$transaction(async (tx) => {
    if (email) await assertEmailFree(tx, branch.id, email);
    const groups = await tx.workingGroup.findMany({ where: { branchId: branch.id, slug: { in: groupSlugs } }, select: { id: true, slug: true, name: true, archivedAt: true } });
    const unknown = groupSlugs.filter((slug) => !groups.some((group) => group.slug === slug));
    if (unknown.length > 0) throw badRequest(`There is no working group "${unknown.join('", "')}" in this branch.`, "UNKNOWN_WORKING_GROUP");
    // An archived group takes no new members, as on the group's own page (workingGroups/manage).
    const archived = groups.find((group) => group.archivedAt !== null);
    if (archived) throw conflict(`${archived.name} is archived: it takes no new members. Leave it out, or bring it back from the archive first.`, "WORKING_GROUP_ARCHIVED");

    const id = randomUUID();
    await tx.person.create({
      data: { id, branchId: branch.id, name, email, phone: cleanPhone(body.phone), joinedOn: fromIsoDate(joinedOn), createdAt: actor.at },
    });
    if (roles.length > 0) await tx.branchRole.createMany({ data: roles.map((role) => ({ branchId: branch.id, personId: id, role })) });
    if (groups.length > 0) await tx.workingGroupMember.createMany({ data: groups.map((group) => ({ branchId: branch.id, workingGroupId: group.id, personId: id, role: "member" as const })) });

    const { invitation, letter } = await createInvitation(tx, { branch, actor, personId: id, name, email, publicUrl });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "person",
      entityId: id,
      action: "created",
      summary: email ? `${name} toegevoegd als lid en uitgenodigd per mail` : `${name} toegevoegd als lid, met een uitnodigingsbrief`,
      changes: changedFields(null, { name, email, phone: cleanPhone(body.phone), joinedOn, roles, workingGroups: groupSlugs }),
    });
    const person = await findPerson(tx, branch.id, id);
    return { person: personView(person, branch.today, true), invitation, ...(letter ? { letter } : {}) };
  });
}

/**
 * A first (or new) invitation for a person who is already a member: someone imported without one, or whose
 * invitation was withdrawn or expired. Only an active person without an account and without an open
 * invitation (an open one is sent again instead); by mail with their email address, otherwise a letter code.
 */
export async function invitePerson(db: Database, branch: BranchScope, actor: AuditActor, personId: string, publicUrl: string): Promise<InvitationResponse> {
  return db.$transaction(async (tx) => {
    // The person's row lock: two concurrent calls cannot both find no open invitation and both make one.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Person" WHERE id = ${personId}::uuid AND "branchId" = ${branch.id}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound("Person");
    const person = await findPerson(tx, branch.id, personId);
    if (person.erasedAt) throw personErased();
    if (statusOn(person.leftOn, branch.today) !== "active") {
      throw conflict(`${person.name} has left the branch, so they cannot be invited. Undo the departure first if they are back.`, "INVITEE_HAS_LEFT");
    }
    if (person.userId) throw conflict(`${person.name} already has an account and can log in; there is nothing to invite them to.`, "PERSON_HAS_ACCOUNT");
    const open = await tx.invitation.findFirst({
      where: { branchId: branch.id, personId, acceptedAt: null, revokedAt: null, expiresAt: { gt: actor.at } },
      select: { id: true },
    });
    if (open) {
      throw conflict(`${person.name} already has an open invitation. Send that one again instead (POST /api/branches/${branch.slug}/invitations/${open.id}/resend).`, "INVITATION_OPEN");
    }
    const { invitation, letter } = await createInvitation(tx, { branch, actor, personId, name: person.name, email: person.email, publicUrl });
    return { invitation, ...(letter ? { letter } : {}) };
  });
}

/** One invitation row: a link by mail, or (without email) a code for a letter. The link's token is made either way. */
async function createInvitation(
  tx: Tx,
  input: { branch: BranchScope; actor: AuditActor; personId: string; name: string; email: string | null; publicUrl: string },
): Promise<{ invitation: InvitationView; letter: InvitationLetter | null }> {
  const { token, tokenHash } = newToken();
  const code = input.email ? null : newCode();
  const created = await tx.invitation.create({
    data: {
      branchId: input.branch.id,
      personId: input.personId,
      email: input.email,
      tokenHash,
      codeHash: code?.codeHash ?? null,
      createdById: input.actor.userId,
      createdAt: input.actor.at,
      expiresAt: expiryFrom(input.actor.at),
    },
    select: invitationSelect,
  });
  if (input.email) {
    await enqueueInvitationMail(tx, { branchId: input.branch.id, branchName: input.branch.name, to: input.email, name: input.name, link: invitationLink(input.publicUrl, token) });
  }
  await recordAudit(tx, {
    branchId: input.branch.id,
    actor: input.actor,
    entityType: "invitation",
    entityId: created.id,
    action: "created",
    summary: input.email ? `Uitnodiging gemaild aan ${input.name}` : `Uitnodigingsbrief met code gemaakt voor ${input.name}`,
  });
  return { invitation: invitationView(created, input.actor.at), letter: code ? { code: code.code, url: letterUrl(input.publicUrl) } : null };
}

export async function updatePerson(db: Database, branch: BranchScope, actor: AuditActor, personId: string, body: PersonUpdateBody): Promise<{ person: PersonView }> {
  return db.$transaction(async (tx) => {
    const current = await findPerson(tx, branch.id, personId);
    if (current.erasedAt) throw personErased();
    const name = body.name !== undefined ? cleanName(body.name) : current.name;
    const email = body.email !== undefined ? body.email?.trim().toLowerCase() || null : current.email;
    const phone = body.phone !== undefined ? cleanPhone(body.phone) : current.phone;
    if (email && email !== current.email) await assertEmailFree(tx, branch.id, email, personId);
    const updated = await tx.person.updateMany({ where: { id: personId, branchId: branch.id, version: body.version }, data: { name, email, phone, version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("person");
    const changes = changedFields({ name: current.name, email: current.email, phone: current.phone }, { name, email, phone });
    if (Object.keys(changes).length > 0) await recordAudit(tx, { branchId: branch.id, actor, entityType: "person", entityId: personId, action: "updated", summary: `Gegevens van ${name} gewijzigd`, changes });
    return { person: personView(await findPerson(tx, branch.id, personId), branch.today, true) };
  });
}

/** Locks the branch's secretary roles, so two concurrent removals cannot both leave the branch without one. */
async function assertSecretaryRemains(tx: Tx, branchId: string, personId: string) {
  const secretaries = await tx.$queryRaw<{ personId: string }[]>`
    SELECT "personId" FROM "BranchRole" WHERE "branchId" = ${branchId}::uuid AND role = 'secretary' FOR UPDATE`;
  if (secretaries.some((row) => row.personId === personId) && !secretaries.some((row) => row.personId !== personId)) {
    throw conflict(
      "This is the branch's last secretary. Someone must be secretary to add members and send invitations: give another person the secretary role first.",
      "LAST_SECRETARY",
    );
  }
}

export async function setRoles(db: Database, branch: BranchScope, actor: AuditActor, personId: string, roles: BranchRole[]): Promise<{ person: PersonView }> {
  const wanted = [...new Set(roles)].sort();
  return db.$transaction(async (tx) => {
    const current = await findPerson(tx, branch.id, personId);
    if (statusOn(current.leftOn, branch.today) === "left") throw conflict(`${current.name} has left the branch; record their return (undo the departure) before giving them roles.`, "ALREADY_LEFT");
    const before = current.roles.map((entry) => entry.role).sort();
    if (before.includes("secretary") && !wanted.includes("secretary")) await assertSecretaryRemains(tx, branch.id, personId);
    await tx.branchRole.deleteMany({ where: { branchId: branch.id, personId, role: { notIn: wanted } } });
    await tx.branchRole.createMany({ data: wanted.map((role) => ({ branchId: branch.id, personId, role })), skipDuplicates: true });
    const changes = changedFields({ roles: before }, { roles: wanted });
    if (Object.keys(changes).length > 0) {
      await tx.person.update({ where: { id: personId }, data: { version: { increment: 1 } } });
      await recordAudit(tx, { branchId: branch.id, actor, entityType: "person", entityId: personId, action: "roles_changed", summary: `Rollen van ${current.name} gewijzigd`, changes });
    }
    return { person: personView(await findPerson(tx, branch.id, personId), branch.today, true) };
  });
}

interface RemovedPlaces {
  roles: string[];
  workingGroups: { workingGroupId: string; role: string }[];
}

/**
 * Records that someone left on `leftOn` (today or earlier): their roles and working-group places end at
 * once, in one transaction. What was removed goes into the audit entry, so undoing restores it.
 */
export async function recordDeparture(db: Database, branch: BranchScope, actor: AuditActor, personId: string, body: PersonDepartureBody): Promise<{ person: PersonView }> {
  const leftOn = body.leftOn ?? branch.today;
  if (!isLocalDate(leftOn)) throw badRequest(`"leftOn" is ${leftOn}, which is not a day in the calendar. Use YYYY-MM-DD.`, "INVALID_DATE");
  if (leftOn > branch.today) throw badRequest(`"leftOn" (${leftOn}) is in the future. Record a departure on the day itself or afterwards.`, "DATE_IN_FUTURE");
  return db.$transaction(async (tx) => {
    const current = await findPerson(tx, branch.id, personId);
    if (current.leftOn) throw conflict(`${current.name} already left on ${toIsoDate(current.leftOn)}.`, "ALREADY_LEFT");
    if (current.roles.some((entry) => entry.role === "secretary")) await assertSecretaryRemains(tx, branch.id, personId);
    const removed: RemovedPlaces = {
      roles: current.roles.map((entry) => entry.role).sort(),
      workingGroups: current.workingGroups.map((entry) => ({ workingGroupId: entry.workingGroupId, role: entry.role })),
    };
    const updated = await tx.person.updateMany({ where: { id: personId, branchId: branch.id, leftOn: null }, data: { leftOn: fromIsoDate(leftOn), active: false, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict(`${current.name} has already left.`, "ALREADY_LEFT");
    await tx.branchRole.deleteMany({ where: { branchId: branch.id, personId } });
    await tx.workingGroupMember.deleteMany({ where: { branchId: branch.id, personId } });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "person",
      entityId: personId,
      action: "left",
      summary: `Vertrek van ${current.name} vastgelegd per ${leftOn}`,
      changes: {
        leftOn: { from: null, to: leftOn },
        roles: { from: removed.roles, to: [] },
        workingGroups: { from: removed.workingGroups, to: [] },
      },
    });
    return { person: personView(await findPerson(tx, branch.id, personId), branch.today, true) };
  });
}

/** Undoes a departure: the person is a member again, with the roles and working-group places the departure removed. */
export async function undoDeparture(db: Database, branch: BranchScope, actor: AuditActor, personId: string): Promise<{ person: PersonView; restored: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await findPerson(tx, branch.id, personId);
    if (current.erasedAt) throw personErased();
    if (!current.leftOn) throw conflict(`${current.name} has not left the branch; there is no departure to undo.`, "NOT_LEFT");
    const entry = await tx.auditEntry.findFirst({ where: { branchId: branch.id, entityType: "person", entityId: personId, action: "left" }, orderBy: { at: "desc" }, select: { changes: true } });
    const changes = (entry?.changes ?? {}) as { roles?: { from?: unknown }; workingGroups?: { from?: unknown } };
    const roles = (Array.isArray(changes.roles?.from) ? changes.roles.from : []).filter((role): role is BranchRole => role === "board_member" || role === "secretary" || role === "member");
    const places = (Array.isArray(changes.workingGroups?.from) ? changes.workingGroups.from : []) as { workingGroupId?: unknown; role?: unknown }[];
    const groupIds = new Set((await tx.workingGroup.findMany({ where: { branchId: branch.id }, select: { id: true } })).map((group) => group.id));
    const validRoles = new Set(["chair", "convener", "action_list_keeper", "member"]);
    const restoredPlaces = places.filter(
      (place): place is { workingGroupId: string; role: "chair" | "convener" | "action_list_keeper" | "member" } =>
        typeof place.workingGroupId === "string" && groupIds.has(place.workingGroupId) && typeof place.role === "string" && validRoles.has(place.role),
    );
    await tx.person.update({ where: { id: personId }, data: { leftOn: null, active: true, version: { increment: 1 } } });
    await tx.branchRole.createMany({ data: roles.map((role) => ({ branchId: branch.id, personId, role })), skipDuplicates: true });
    await tx.workingGroupMember.createMany({ data: restoredPlaces.map((place) => ({ branchId: branch.id, personId, workingGroupId: place.workingGroupId, role: place.role })), skipDuplicates: true });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "person",
      entityId: personId,
      action: "return",
      summary: `Vertrek van ${current.name} ongedaan gemaakt`,
      changes: { leftOn: { from: toIsoDate(current.leftOn), to: null }, roles: { from: [], to: roles }, workingGroups: { from: [], to: restoredPlaces } },
    });
    return { person: personView(await findPerson(tx, branch.id, personId), branch.today, true), restored: entry !== null };
  });
}

export async function listInvitations(db: Database, branch: BranchScope): Promise<InvitationView[]> {
  const rows = await db.invitation.findMany({ where: { branchId: branch.id }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: invitationSelect });
  return rows.map((row) => invitationView(row, branch.now));
}

async function openInvitation(tx: Tx, branchId: string, invitationId: string) {
  const found = await tx.invitation.findFirst({ where: { id: invitationId, branchId }, select: { ...invitationSelect, person: { select: { name: true, userId: true } } } });
  if (!found) throw notFound("Invitation");
  if (found.acceptedAt || found.person.userId) throw conflict(`${found.person.name} has already accepted the invitation and has an account.`, "INVITATION_USED");
  return found;
}

/** A new link (or code) for the same invitation: the old one stops working, the 7 days start again, and a new mail goes out. */
export async function resendInvitation(db: Database, branch: BranchScope, actor: AuditActor, invitationId: string, publicUrl: string) {
  return db.$transaction(async (tx) => {
    const current = await openInvitation(tx, branch.id, invitationId);
    const { token, tokenHash } = newToken();
    const code = current.email ? null : newCode();
    const updated = await tx.invitation.update({
      where: { id: invitationId },
      data: { tokenHash, codeHash: code?.codeHash ?? null, createdAt: actor.at, expiresAt: expiryFrom(actor.at), revokedAt: null, createdById: actor.userId },
      select: invitationSelect,
    });
    if (current.email) await enqueueInvitationMail(tx, { branchId: branch.id, branchName: branch.name, to: current.email, name: current.person.name, link: invitationLink(publicUrl, token) });
    await recordAudit(tx, {
      branchId: branch.id,
      actor,
      entityType: "invitation",
      entityId: invitationId,
      action: "resent",
      summary: current.email ? `Uitnodiging opnieuw gemaild aan ${current.person.name}` : `Nieuwe uitnodigingsbrief gemaakt voor ${current.person.name}`,
    });
    return { invitation: invitationView(updated, actor.at), ...(code ? { letter: { code: code.code, url: letterUrl(publicUrl) } } : {}) };
  });
}

export async function revokeInvitation(db: Database, branch: BranchScope, actor: AuditActor, invitationId: string) {
  return db.$transaction(async (tx) => {
    const current = await openInvitation(tx, branch.id, invitationId);
    if (current.revokedAt) throw conflict(`The invitation of ${current.person.name} was already withdrawn.`, "INVITATION_REVOKED");
    const updated = await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: actor.at }, select: invitationSelect });
    await recordAudit(tx, { branchId: branch.id, actor, entityType: "invitation", entityId: invitationId, action: "revoked", summary: `Uitnodiging van ${current.person.name} ingetrokken` });
    return { invitation: invitationView(updated, actor.at) };
  });
}

// ---------------------------------------------------------------------------
// Accepting an invitation

const invalidInvitation = () => badRequest("This invitation link or code is not valid. Check the code, or ask the secretary for a new invitation.", "INVITATION_INVALID");

/** The invitation a token or code names, checked: open, not withdrawn, not expired (by the app's clock). */
async function usableInvitation(tx: Tx, credential: { token?: string; code?: string }, now: Date) {
  const where = credential.token ? { tokenHash: hashToken(credential.token) } : credential.code ? { codeHash: hashCode(credential.code) } : null;
  if (!where) throw badRequest('Send the "token" from the invitation link or the "code" from the letter.', "INVITATION_INVALID");
  const invitation = await tx.invitation.findUnique({
    where,
    select: { id: true, branchId: true, personId: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true, branch: { select: { slug: true, name: true } }, person: { select: { name: true, email: true, userId: true, leftOn: true } } },
  });
  if (!invitation) throw invalidInvitation();
  if (invitation.acceptedAt || invitation.person.userId) throw conflict("This invitation has already been used. Log in with the account that was made with it.", "INVITATION_USED");
  if (invitation.revokedAt) throw conflict("The secretary has withdrawn this invitation. Ask them for a new one if you think this is a mistake.", "INVITATION_REVOKED");
  if (invitation.expiresAt.getTime() <= now.getTime()) throw conflict("This invitation has expired. Ask the secretary to send it again.", "INVITATION_EXPIRED");
  return invitation;
}

/** Marks the invitation used, once: of two concurrent uses only one matches acceptedAt = null. */
async function claim(tx: Tx, invitationId: string, now: Date) {
  const claimed = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
  if (claimed.count === 0) throw conflict("This invitation has already been used. Log in with the account that was made with it.", "INVITATION_USED");
}

const accountExists = () =>
  conflict("There is already an account with this email address (you may be a member of another branch). Log in with it, then open the invitation link again to add this branch.", "ACCOUNT_EXISTS");

/** Makes the account an invitation is for and links it to the person; the caller starts the session. */
export async function acceptInvitation(db: Database, now: Date, body: AcceptInvitationBody) {
  const preview = await db.$transaction((tx) => usableInvitation(tx, body, now));
  const email = (preview.email ?? body.email ?? preview.person.email ?? "").trim().toLowerCase();
  if (!email) throw badRequest('This invitation came by letter: give the "email" address you want to log in with.', "EMAIL_REQUIRED");
  checkNewPassword(body.password, { name: body.name?.trim() || preview.person.name, email });
  // Hashing is slow on purpose: before the transaction, after the cheap checks.
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw accountExists();
  const passwordHash = await hashPassword(body.password);
  return db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, body, now);
    await claim(tx, invitation.id, now);
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw accountExists();
    const name = body.name?.trim() || invitation.person.name;
    const user = await tx.user.create({ data: { email, name, passwordHash, createdAt: now }, select: { id: true, passwordChangedAt: true } });
    if (invitation.person.email === null) {
      const taken = await tx.person.findFirst({ where: { branchId: invitation.branchId, email: { equals: email, mode: "insensitive" }, id: { not: invitation.personId } }, select: { id: true } });
      if (taken) throw emailInUse(email);
    }
    const linked = await tx.person.updateMany({
      where: { id: invitation.personId, userId: null },
      data: { userId: user.id, ...(invitation.person.email === null ? { email } : {}) },
    });
    if (linked.count === 0) throw conflict("This invitation has already been used. Log in with the account that was made with it.", "INVITATION_USED");
    await recordAudit(tx, {
      branchId: invitation.branchId,
      actor: { userId: user.id, name, at: now },
      entityType: "invitation",
      entityId: invitation.id,
      action: "accepted",
      summary: `${name} heeft de uitnodiging aangenomen en een account gemaakt`,
    });
    const refreshToken = await issueRefreshToken(tx, user.id, now);
    return { userId: user.id, refreshToken, passwordChangedAt: user.passwordChangedAt, branch: invitation.branch };
  });
}

/** Links the caller's existing account to the invited person (someone already in another branch). */
export async function linkInvitation(db: Database, now: Date, caller: CurrentUser, body: LinkInvitationBody) {
  return db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, body, now);
    const already = await tx.person.findFirst({ where: { branchId: invitation.branchId, userId: caller.id }, select: { id: true } });
    if (already) throw conflict(`Your account already belongs to ${invitation.branch.name}. This invitation is for someone else.`, "ALREADY_MEMBER");
    await claim(tx, invitation.id, now);
    const linked = await tx.person.updateMany({ where: { id: invitation.personId, userId: null }, data: { userId: caller.id } });
    if (linked.count === 0) throw conflict("This invitation has already been used.", "INVITATION_USED");
    await recordAudit(tx, {
      branchId: invitation.branchId,
      actor: { userId: caller.id, name: caller.name, at: now },
      entityType: "invitation",
      entityId: invitation.id,
      action: "accepted",
      summary: `${caller.name} heeft de uitnodiging aangenomen met een bestaand account`,
    });
    return { branch: invitation.branch };
  });
}
