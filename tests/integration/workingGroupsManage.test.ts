import { beforeAll, describe, expect, it } from "vitest";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { DEMO, bearer, login, useTestApp, type Session } from "../support/app.ts";
import { testToday } from "../support/clock.ts";
import { aBranch, aMember, type BranchRef, type MemberRef } from "../support/factories.ts";

// Working groups as bodies of the branch (issue 14): the secretary and board members create, rename and
// archive them and name their roles; a group's chair or convener adds and removes plain members and
// answers join requests; any member asks to join.

const ctx = useTestApp();
const B = "/api/branches/den-haag";

interface Group {
  id: string;
  slug: string;
  name: string;
  description: string;
  version: number;
  archivedOn: string | null;
  members: { personId: string; name: string; role: string }[];
  pendingRequests: number;
  you: { edit: boolean; manageMembers: boolean; setRoles: boolean; member: boolean; pendingRequestId: string | null };
}

async function call(session: Session | null, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) {
  // A second on the pinned clock before each request: audit entries then have distinct moments, so their
  // order (which the tests check) is the order they were written in, not the order of random ids.
  ctx.clock.advance(1000);
  return ctx.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
}

let denHaag: BranchRef;
let secretary: Session;
let board: Session;
let sanne: Session;
let counter = 0;

beforeAll(async () => {
  denHaag = await aBranch(ctx.db, { slug: "den-haag" });
  secretary = await login(ctx.app, DEMO.secretary);
  board = await login(ctx.app, "yuval@bij1-denhaag.example");
  sanne = await login(ctx.app, DEMO.member);
});

/** A Den Haag member with an account, logged in. */
async function aDenHaagMember(): Promise<MemberRef & { session: Session }> {
  const member = await aMember(ctx.db, { branch: denHaag });
  return { ...member, session: await login(ctx.app, member.email) };
}

async function createGroup(name = `Werkgroep ${++counter}`, as = secretary): Promise<Group> {
  const response = await call(as, "POST", `${B}/working-groups`, { name, description: "Om te testen" });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().workingGroup as Group;
}

async function addMember(group: Group, personId: string, role?: string, as = secretary) {
  return call(as, "POST", `${B}/working-groups/${group.id}/members`, { personId, ...(role ? { role } : {}) });
}

const auditOf = (entityId: string) =>
  ctx.db.auditEntry.findMany({ where: { entityId }, orderBy: { at: "asc" }, select: { entityType: true, action: true, actorName: true, summary: true, changes: true, at: true } });

const listed = async (as: Session) => (await call(as, "GET", `${B}/working-groups/manage`)).json() as { mayCreate: boolean; active: Group[]; archived: Group[] };

describe("creating and renaming a working group", () => {
  it("the secretary starts a group: slug from the name, audited with who did it, at the app's clock", async () => {
    const group = await createGroup("Wonen & Zorg");
    expect(group).toMatchObject({ slug: "wonen-zorg", name: "Wonen & Zorg", description: "Om te testen", version: 1, archivedOn: null, members: [], you: { edit: true, setRoles: true, manageMembers: true, member: false } });
    const stored = await ctx.db.workingGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(stored.branchId).toBe(denHaag.id);
    expect(stored.createdAt.toISOString()).toBe(ctx.clock.now().toISOString());
    const audit = await auditOf(group.id);
    expect(audit).toEqual([expect.objectContaining({ entityType: "working_group", action: "created", actorName: "Nadine Avéres", summary: "Werkgroep Wonen & Zorg opgericht" })]);
    expect(audit[0]?.at.toISOString()).toBe(ctx.clock.now().toISOString());

    // Another name with the same slug root gets the next free slug.
    expect((await createGroup("Wonen, zorg")).slug).toBe("wonen-zorg-2");
    // A board member may too; the list shows both to everyone, and who may create.
    await createGroup("Klimaat", board);
    const asSanne = await listed(sanne);
    expect(asSanne.mayCreate).toBe(false);
    expect(asSanne.active.map((each) => each.name)).toEqual(expect.arrayContaining(["Wonen & Zorg", "Wonen, zorg", "Klimaat", "Communicatie"]));
    expect((await listed(secretary)).mayCreate).toBe(true);
  });

  it("refuses a name that is taken (any case) or has no letters, and bad bodies, with a code and a message", async () => {
    await createGroup("Dierenrechten");
    const taken = await call(secretary, "POST", `${B}/working-groups`, { name: "  dierenrechten " });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("WORKING_GROUP_NAME_TAKEN");
    const noLetters = await call(secretary, "POST", `${B}/working-groups`, { name: "!!!" });
    expect(noLetters.statusCode).toBe(400);
    expect(noLetters.json().error).toMatchObject({ code: "INVALID_WORKING_GROUP_NAME", message: expect.stringContaining("letters or digits") });
    for (const body of [{}, { name: "" }, { name: "x".repeat(121) }, { name: "Goed", slug: "zelf-gekozen" }, { name: 12 }]) {
      const response = await call(secretary, "POST", `${B}/working-groups`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBeTruthy();
      expect(response.json().error.message).toBeTruthy();
    }
  });

  it("only the secretary and board members create; another branch's member and strangers get 404 and 401", async () => {
    const chair = await aDenHaagMember();
    const before = await ctx.db.workingGroup.count();
    expect((await call(sanne, "POST", `${B}/working-groups`, { name: "Van Sanne" })).statusCode).toBe(403);
    expect((await call(chair.session, "POST", `${B}/working-groups`, { name: "Van een lid" })).statusCode).toBe(403);
    const utrecht = await login(ctx.app, DEMO.utrechtMember);
    expect((await call(utrecht, "POST", `${B}/working-groups`, { name: "Van Utrecht" })).statusCode).toBe(404);
    expect((await call(utrecht, "GET", `${B}/working-groups/manage`)).statusCode).toBe(404);
    expect((await call(null, "POST", `${B}/working-groups`, { name: "Anoniem" })).statusCode).toBe(401);
    expect(await ctx.db.workingGroup.count()).toBe(before);
  });

  it("renaming keeps the slug (links stay), needs the current version, and is audited with before and after", async () => {
    const group = await createGroup("Oude naam");
    const renamed = await call(board, "PATCH", `${B}/working-groups/${group.id}`, { version: 1, name: "Nieuwe naam", description: "Anders" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().workingGroup).toMatchObject({ slug: "oude-naam", name: "Nieuwe naam", description: "Anders", version: 2 });

    const stale = await call(secretary, "PATCH", `${B}/working-groups/${group.id}`, { version: 1, name: "Derde naam" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect((await ctx.db.workingGroup.findUniqueOrThrow({ where: { id: group.id } })).name).toBe("Nieuwe naam");

    const clash = await call(secretary, "PATCH", `${B}/working-groups/${group.id}`, { version: 2, name: "communicatie" });
    expect(clash.json().error.code).toBe("WORKING_GROUP_NAME_TAKEN");
    expect((await call(sanne, "PATCH", `${B}/working-groups/${group.id}`, { version: 2, name: "Van Sanne" })).statusCode).toBe(403);

    const audit = await auditOf(group.id);
    expect(audit.at(-1)).toMatchObject({
      action: "renamed",
      actorName: "Yuval Gal",
      summary: "Werkgroep Oude naam hernoemd tot Nieuwe naam",
      changes: { name: { from: "Oude naam", to: "Nieuwe naam" }, description: { from: "Om te testen", to: "Anders" } },
    });
  });
});

describe("archiving", () => {
  it("archives with the version: the group leaves the overview, takes no members or requests, waiting requests are declined; unarchiving brings it back", async () => {
    const group = await createGroup();
    const asker = await aDenHaagMember();
    const newcomer = await aDenHaagMember();
    const asked = await call(asker.session, "POST", `${B}/working-groups/${group.id}/join-requests`, { message: "Graag!" });
    expect(asked.statusCode, asked.body).toBe(201);

    expect((await call(sanne, "POST", `${B}/working-groups/${group.id}/archive`, { version: 1 })).statusCode).toBe(403);
    const stale = await call(secretary, "POST", `${B}/working-groups/${group.id}/archive`, { version: 7 });
    expect(stale.json().error.code).toBe("STALE_VERSION");

    const archived = await call(secretary, "POST", `${B}/working-groups/${group.id}/archive`, { version: 1 });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().workingGroup).toMatchObject({ archivedOn: testToday(), version: 2, pendingRequests: 0 });
    expect((await ctx.db.workingGroupJoinRequest.findUniqueOrThrow({ where: { id: asked.json().joinRequest.id } })).status).toBe("declined");

    const lists = await listed(sanne);
    expect(lists.archived.map((each) => each.id)).toContain(group.id);
    expect(lists.active.map((each) => each.id)).not.toContain(group.id);
    const overview = (await call(sanne, "GET", `${B}/working-groups/overview`)).json().workingGroups as { id: string }[];
    expect(overview.map((each) => each.id)).not.toContain(group.id);

    for (const [method, url, body] of [
      ["POST", `${B}/working-groups/${group.id}/members`, { personId: newcomer.personId }],
      ["POST", `${B}/working-groups/${group.id}/join-requests`, {}],
      ["PATCH", `${B}/working-groups/${group.id}`, { version: 2, name: "Nog een naam" }],
      ["POST", `${B}/working-groups/${group.id}/archive`, { version: 2 }],
    ] as const) {
      const response = await call(method === "POST" && url.endsWith("join-requests") ? newcomer.session : secretary, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(409);
      expect(response.json().error.code).toBe("WORKING_GROUP_ARCHIVED");
    }

    const back = await call(board, "POST", `${B}/working-groups/${group.id}/unarchive`, { version: 2 });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().workingGroup).toMatchObject({ archivedOn: null, version: 3 });
    const again = await call(board, "POST", `${B}/working-groups/${group.id}/unarchive`, { version: 3 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("WORKING_GROUP_NOT_ARCHIVED");

    const audit = await auditOf(group.id);
    expect(audit.map((entry) => entry.action)).toEqual(["created", "archived", "unarchived"]);
    expect(audit[1]).toMatchObject({ actorName: "Nadine Avéres", changes: { archived: { from: false, to: true }, declinedJoinRequests: { from: null, to: 1 } } });
    expect(audit[2]).toMatchObject({ actorName: "Yuval Gal", summary: `Werkgroep ${group.name} uit het archief gehaald` });
  });
});

describe("members and their roles", () => {
  it("the secretary adds a convener; the convener adds and removes plain members but names no roles and removes no role holders", async () => {
    const group = await createGroup();
    const convener = await aDenHaagMember();
    const keeper = await aDenHaagMember();
    const plain = await aDenHaagMember();

    const added = await addMember(group, convener.personId, "convener");
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().workingGroup.members).toEqual([expect.objectContaining({ personId: convener.personId, role: "convener" })]);
    expect((await addMember(group, keeper.personId, "action_list_keeper", board)).statusCode).toBe(201);

    const mine = (await listed(convener.session)).active.find((each) => each.id === group.id);
    expect(mine?.you).toEqual({ edit: false, manageMembers: true, setRoles: false, member: true, pendingRequestId: null });

    const asConvener = await addMember(group, plain.personId, undefined, convener.session);
    expect(asConvener.statusCode, asConvener.body).toBe(201);
    const roleByConvener = await addMember(group, (await aDenHaagMember()).personId, "chair", convener.session);
    expect(roleByConvener.statusCode).toBe(403);
    expect(roleByConvener.json().error.code).toBe("ROLE_REQUIRED");
    expect((await call(convener.session, "PUT", `${B}/working-groups/${group.id}/members/${plain.personId}/role`, { role: "convener" })).statusCode).toBe(403);
    const removeKeeper = await call(convener.session, "DELETE", `${B}/working-groups/${group.id}/members/${keeper.personId}`);
    expect(removeKeeper.statusCode).toBe(403);
    expect(removeKeeper.json().error.code).toBe("ROLE_REQUIRED");

    // A plain member of the group, and a member outside it, may not change members.
    for (const session of [plain.session, sanne]) {
      const response = await addMember(group, (await aDenHaagMember()).personId, undefined, session);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("GROUP_MEMBERSHIP_MANAGERS_ONLY");
      expect((await call(session, "DELETE", `${B}/working-groups/${group.id}/members/${convener.personId}`)).statusCode).toBe(403);
    }

    const removed = await call(convener.session, "DELETE", `${B}/working-groups/${group.id}/members/${plain.personId}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await ctx.db.workingGroupMember.count({ where: { workingGroupId: group.id } })).toBe(2);
    const gone = await call(convener.session, "DELETE", `${B}/working-groups/${group.id}/members/${plain.personId}`);
    expect(gone.statusCode).toBe(404);

    const audit = await auditOf(group.id);
    const memberEntries = audit.filter((entry) => entry.entityType === "working_group_member");
    expect(memberEntries.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["added", "Nadine Avéres"],
      ["added", "Yuval Gal"],
      ["added", expect.stringMatching(/^Lid-/)],
      ["removed", expect.stringMatching(/^Lid-/)],
    ]);
    expect(memberEntries[3]?.changes).toMatchObject({ role: { from: "member", to: null } });
  });

  it("the secretary or a board member sets a member's role, audited from and to", async () => {
    const group = await createGroup();
    const person = await aDenHaagMember();
    await addMember(group, person.personId);
    const changed = await call(secretary, "PUT", `${B}/working-groups/${group.id}/members/${person.personId}/role`, { role: "action_list_keeper" });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().workingGroup.members[0]).toMatchObject({ personId: person.personId, role: "action_list_keeper" });
    const entry = (await auditOf(group.id)).find((each) => each.action === "role_changed");
    expect(entry).toMatchObject({ entityType: "working_group_member", actorName: "Nadine Avéres", changes: { role: { from: "member", to: "action_list_keeper" } } });

    const invalid = await call(secretary, "PUT", `${B}/working-groups/${group.id}/members/${person.personId}/role`, { role: "boss" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.message).toMatch(/role/);
    const notMember = await call(secretary, "PUT", `${B}/working-groups/${group.id}/members/${(await aDenHaagMember()).personId}/role`, { role: "member" });
    expect(notMember.statusCode).toBe(404);
  });

  it("refuses people who are already in, unknown, or gone", async () => {
    const group = await createGroup();
    const person = await aDenHaagMember();
    expect((await addMember(group, person.personId)).statusCode).toBe(201);
    const twice = await addMember(group, person.personId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("ALREADY_IN_WORKING_GROUP");

    const utrechtPerson = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.utrechtMember } });
    const foreign = await addMember(group, utrechtPerson.id);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe("UNKNOWN_PERSON");

    const left = await aMember(ctx.db, { branch: denHaag, account: false });
    await ctx.db.person.update({ where: { id: left.personId }, data: { leftOn: fromIsoDate("2026-01-01"), active: false } });
    const gone = await addMember(group, left.personId);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.code).toBe("PERSON_HAS_LEFT");
    expect(await ctx.db.workingGroupMember.count({ where: { workingGroupId: group.id } })).toBe(1);
  });
});

describe("asking to join", () => {
  it("a member asks, sees it waiting, and the convener says yes: they become a member; every step audited", async () => {
    const group = await createGroup();
    const convener = await aDenHaagMember();
    await addMember(group, convener.personId, "convener");
    const asker = await aDenHaagMember();

    const asked = await call(asker.session, "POST", `${B}/working-groups/${group.id}/join-requests`, { message: "  Ik help graag mee  " });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = asked.json().joinRequest as { id: string; status: string; message: string; createdAt: string };
    expect(request).toMatchObject({ status: "pending", message: "Ik help graag mee", personId: asker.personId, createdAt: ctx.clock.now().toISOString() });

    const twice = await call(asker.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("JOIN_REQUEST_PENDING");
    const alreadyIn = await call(convener.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {});
    expect(alreadyIn.statusCode).toBe(409);
    expect(alreadyIn.json().error.code).toBe("ALREADY_IN_WORKING_GROUP");

    const asAsker = (await listed(asker.session)).active.find((each) => each.id === group.id);
    expect(asAsker).toMatchObject({ pendingRequests: 0, you: { member: false, pendingRequestId: request.id } });
    expect((await listed(convener.session)).active.find((each) => each.id === group.id)?.pendingRequests).toBe(1);

    // Only who may answer sees the requests.
    expect((await call(asker.session, "GET", `${B}/working-groups/${group.id}/join-requests`)).statusCode).toBe(403);
    const pending = await call(convener.session, "GET", `${B}/working-groups/${group.id}/join-requests`);
    expect(pending.json().joinRequests).toEqual([expect.objectContaining({ id: request.id, message: "Ik help graag mee" })]);

    const byAsker = await call(asker.session, "POST", `${B}/working-groups/${group.id}/join-requests/${request.id}/decision`, { decision: "accept" });
    expect(byAsker.statusCode).toBe(403);
    expect(byAsker.json().error.code).toBe("GROUP_MEMBERSHIP_MANAGERS_ONLY");

    const accepted = await call(convener.session, "POST", `${B}/working-groups/${group.id}/join-requests/${request.id}/decision`, { decision: "accept" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().workingGroup.members).toEqual(expect.arrayContaining([expect.objectContaining({ personId: asker.personId, role: "member" })]));
    const stored = await ctx.db.workingGroupJoinRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "accepted", decidedById: convener.personId, decidedAt: ctx.clock.now() });

    const again = await call(convener.session, "POST", `${B}/working-groups/${group.id}/join-requests/${request.id}/decision`, { decision: "decline" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("REQUEST_ALREADY_ANSWERED");

    const audit = await auditOf(request.id);
    expect(audit.map((entry) => [entry.entityType, entry.action, entry.actorName])).toEqual([
      ["working_group_join_request", "requested", expect.stringMatching(/^Lid-/)],
      ["working_group_join_request", "accepted", expect.stringMatching(/^Lid-/)],
    ]);
    expect(audit[0]?.actorName).not.toBe(audit[1]?.actorName);
  });

  it("the chair may decline; the asker may withdraw their own request but not someone else's", async () => {
    const group = await createGroup();
    const chair = await aDenHaagMember();
    await addMember(group, chair.personId, "chair");
    const first = await aDenHaagMember();
    const second = await aDenHaagMember();
    const one = (await call(first.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {})).json().joinRequest.id as string;
    const two = (await call(second.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {})).json().joinRequest.id as string;

    const declined = await call(chair.session, "POST", `${B}/working-groups/${group.id}/join-requests/${one}/decision`, { decision: "decline" });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().workingGroup.members.map((member: { personId: string }) => member.personId)).not.toContain(first.personId);
    // After a no, asking again is allowed.
    expect((await call(first.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {})).statusCode).toBe(201);

    const notMine = await call(first.session, "DELETE", `${B}/working-groups/${group.id}/join-requests/${two}`);
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe("NOT_YOUR_JOIN_REQUEST");
    const withdrawn = await call(second.session, "DELETE", `${B}/working-groups/${group.id}/join-requests/${two}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect((await ctx.db.workingGroupJoinRequest.findUniqueOrThrow({ where: { id: two } })).status).toBe("withdrawn");
    expect((await call(second.session, "DELETE", `${B}/working-groups/${group.id}/join-requests/${two}`)).json().error.code).toBe("REQUEST_ALREADY_ANSWERED");
    expect((await auditOf(two)).map((entry) => entry.action)).toEqual(["requested", "withdrawn"]);
    expect((await auditOf(one)).map((entry) => entry.action)).toEqual(["requested", "declined"]);
  });

  it("two requests at the same moment make one; two answers at the same moment count once", async () => {
    const group = await createGroup();
    const asker = await aDenHaagMember();
    const asks = await Promise.all([1, 2, 3].map(() => call(asker.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {})));
    expect(asks.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of asks.filter((response) => response.statusCode === 409)) expect(refused.json().error.code).toBe("JOIN_REQUEST_PENDING");
    const requestId = asks.find((response) => response.statusCode === 201)?.json().joinRequest.id as string;

    const answers = await Promise.all([
      call(secretary, "POST", `${B}/working-groups/${group.id}/join-requests/${requestId}/decision`, { decision: "accept" }),
      call(board, "POST", `${B}/working-groups/${group.id}/join-requests/${requestId}/decision`, { decision: "decline" }),
    ]);
    expect(answers.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const stored = await ctx.db.workingGroupJoinRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(await ctx.db.workingGroupMember.count({ where: { workingGroupId: group.id, personId: asker.personId } })).toBe(stored.status === "accepted" ? 1 : 0);
    expect((await auditOf(requestId)).filter((entry) => entry.action !== "requested")).toHaveLength(1);
  });

  it("adding someone directly answers their waiting request", async () => {
    const group = await createGroup();
    const asker = await aDenHaagMember();
    const id = (await call(asker.session, "POST", `${B}/working-groups/${group.id}/join-requests`, {})).json().joinRequest.id as string;
    expect((await addMember(group, asker.personId)).statusCode).toBe(201);
    expect((await ctx.db.workingGroupJoinRequest.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
  });
});

describe("another branch", () => {
  it("another branch's group, member or request answers 404 and changes nothing", async () => {
    const utrecht = await aBranch(ctx.db, { slug: "utrecht" });
    const group = await ctx.db.workingGroup.create({ data: { branchId: utrecht.id, name: "Utrechtse groep", slug: `utrechtse-groep-${++counter}` } });
    const fatima = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.utrechtMember } });
    await ctx.db.workingGroupMember.create({ data: { branchId: utrecht.id, workingGroupId: group.id, personId: fatima.id, role: "member" } });
    const request = await ctx.db.workingGroupJoinRequest.create({ data: { branchId: utrecht.id, workingGroupId: group.id, personId: fatima.id } });
    const auditBefore = await ctx.db.auditEntry.count();
    const base = `${B}/working-groups/${group.id}`;
    for (const [method, url, body] of [
      ["PATCH", base, { version: 1, name: "Overgenomen" }],
      ["POST", `${base}/archive`, { version: 1 }],
      ["POST", `${base}/members`, { personId: fatima.id }],
      ["PUT", `${base}/members/${fatima.id}/role`, { role: "chair" }],
      ["DELETE", `${base}/members/${fatima.id}`, undefined],
      ["GET", `${base}/join-requests`, undefined],
      ["POST", `${base}/join-requests`, {}],
      ["POST", `${base}/join-requests/${request.id}/decision`, { decision: "accept" }],
      ["DELETE", `${base}/join-requests/${request.id}`, undefined],
    ] as const) {
      const response = await call(secretary, method, url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
      expect(response.body).not.toContain("Utrecht");
    }
    expect(await ctx.db.workingGroup.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ name: "Utrechtse groep", archivedAt: null, version: 1 });
    expect(await ctx.db.workingGroupJoinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "pending" });
    expect(await ctx.db.auditEntry.count()).toBe(auditBefore);
    const list = await listed(secretary);
    expect([...list.active, ...list.archived].map((each) => each.id)).not.toContain(group.id);
  });
});
