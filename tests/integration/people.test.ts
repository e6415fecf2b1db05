import { describe, expect, it } from "vitest";
import { DEMO, bearer, login, refreshCookieOf, useTestApp, type Session } from "../support/app.ts";
import { aBranch, aMember } from "../support/factories.ts";

const ctx = useTestApp();
const B = "/api/branches/den-haag";
const STRONG = "Paarse olifanten dansen op het Plein 7429";

interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  status: string;
  roles: string[];
  workingGroups: { slug: string }[];
  version: number;
}

async function call(session: Session | null, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

async function addPerson(secretary: Session, body: object) {
  const response = await call(secretary, "POST", `${B}/people`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { person: Person; invitation: { id: string; state: string }; letter?: { code: string; url: string } };
}

async function invitationMail(to: string) {
  return ctx.db.outboxMail.findFirstOrThrow({ where: { toAddress: to, kind: "invitation" }, orderBy: { createdAt: "desc" } });
}

describe("adding a person", () => {
  it("creates the person with an invitation mail in the outbox, and the link makes an account that logs in", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const created = await addPerson(secretary, { name: "Ayaan Verbeek", email: "ayaan@example.org", phone: "06 1234 5678", roles: ["member"], workingGroups: ["communicatie"] });
    expect(created.person).toMatchObject({ name: "Ayaan Verbeek", email: "ayaan@example.org", status: "active", roles: ["member"], workingGroups: [expect.objectContaining({ slug: "communicatie" })] });
    expect(created.invitation.state).toBe("sent");
    expect(created.letter).toBeUndefined();

    const mail = await invitationMail("ayaan@example.org");
    expect(mail.actionUrl).toMatch(/\/uitnodiging\?token=[A-Za-z0-9_-]{43}$/);
    expect(mail.textBody).toContain(mail.actionUrl);
    // Only the hash is stored.
    const stored = await ctx.db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(mail.actionUrl ?? ""));
    expect(stored.expiresAt.toISOString()).toBe(new Date(ctx.clock.now().getTime() + 7 * 86_400_000).toISOString());

    const accepted = await call(null, "POST", "/api/auth/invitations/accept", { token: tokenOf(mail.actionUrl ?? ""), password: STRONG });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().user.branches.map((branch: { slug: string }) => branch.slug)).toEqual(["den-haag"]);
    expect(refreshCookieOf(accepted)).toBeTruthy();
    const session = await login(ctx.app, "ayaan@example.org", STRONG);
    expect((await call(session, "GET", B)).statusCode).toBe(200);

    const again = await call(null, "POST", "/api/auth/invitations/accept", { token: tokenOf(mail.actionUrl ?? ""), password: STRONG });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("INVITATION_USED");
    const list = (await call(secretary, "GET", `${B}/invitations`)).json().invitations as { id: string; state: string }[];
    expect(list.find((entry) => entry.id === created.invitation.id)?.state).toBe("accepted");
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: { in: [created.person.id, created.invitation.id] } }, select: { entityType: true, action: true } });
    expect(audit).toEqual(expect.arrayContaining([{ entityType: "person", action: "created" }, { entityType: "invitation", action: "created" }, { entityType: "invitation", action: "accepted" }]));
  });

  it("gives someone without email a letter with a one-time code, which works once with an email address of their choice", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const created = await addPerson(secretary, { name: "Henk Zonder Mail" });
    expect(created.person.email).toBeNull();
    expect(created.letter?.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(created.letter?.url).toMatch(/\/uitnodiging$/);
    expect(await ctx.db.outboxMail.count({ where: { kind: "invitation", textBody: { contains: "Henk" } } })).toBe(0);
    const code = created.letter?.code ?? "";
    const noEmail = await call(null, "POST", "/api/auth/invitations/accept", { code, password: STRONG });
    expect(noEmail.json().error.code).toBe("EMAIL_REQUIRED");
    const accepted = await call(null, "POST", "/api/auth/invitations/accept", { code: code.toLowerCase(), password: STRONG, email: "henk@example.org" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await call(null, "POST", "/api/auth/invitations/accept", { code, password: STRONG, email: "henk2@example.org" })).statusCode).toBe(409);
  });

  it("refuses an email address a person of this branch already has, with its own code", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const response = await call(secretary, "POST", `${B}/people`, { name: "Dubbel", email: DEMO.member.toUpperCase() });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("EMAIL_IN_USE");
  });

  it("refuses a place in an archived working group with WORKING_GROUP_ARCHIVED, and adds nobody", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const branch = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    await ctx.db.workingGroup.create({ data: { branchId: branch.id, name: "Oud archief", slug: "oud-archief", archivedAt: ctx.clock.now() } });
    const response = await call(secretary, "POST", `${B}/people`, { name: "Noor Archief", email: "noor@example.org", workingGroups: ["oud-archief"] });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe("WORKING_GROUP_ARCHIVED");
    expect(await ctx.db.person.count({ where: { email: "noor@example.org" } })).toBe(0);
  });

  it("is for the secretary only: a plain member gets 403", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await call(member, "POST", `${B}/people`, { name: "Stiekem", email: "stiekem@example.org" });
    expect(response.statusCode).toBe(403);
    expect(await ctx.db.person.count({ where: { name: "Stiekem" } })).toBe(0);
  });

  it("refuses an expired invitation by the app's clock, and a resent one works while the old link does not", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const created = await addPerson(secretary, { name: "Laat Lid", email: "laat@example.org" });
    const first = tokenOf((await invitationMail("laat@example.org")).actionUrl ?? "");
    ctx.clock.advance(7 * 86_400_000 + 1000);
    try {
      const expired = await call(null, "POST", "/api/auth/invitations/accept", { token: first, password: STRONG });
      expect(expired.json().error.code).toBe("INVITATION_EXPIRED");
      const listed = (await call(await login(ctx.app, DEMO.secretary), "GET", `${B}/invitations`)).json().invitations as { id: string; state: string }[];
      expect(listed.find((entry) => entry.id === created.invitation.id)?.state).toBe("expired");
      const resent = await call(await login(ctx.app, DEMO.secretary), "POST", `${B}/invitations/${created.invitation.id}/resend`);
      expect(resent.statusCode, resent.body).toBe(200);
      const second = tokenOf((await invitationMail("laat@example.org")).actionUrl ?? "");
      expect(second).not.toBe(first);
      expect((await call(null, "POST", "/api/auth/invitations/accept", { token: first, password: STRONG })).json().error.code).toBe("INVITATION_INVALID");
      expect((await call(null, "POST", "/api/auth/invitations/accept", { token: second, password: STRONG })).statusCode).toBe(200);
    } finally {
      ctx.clock.set(new Date(ctx.clock.now().getTime() - 7 * 86_400_000 - 1000));
    }
  });

  it("refuses a revoked invitation", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const created = await addPerson(secretary, { name: "Ingetrokken", email: "ingetrokken@example.org" });
    const token = tokenOf((await invitationMail("ingetrokken@example.org")).actionUrl ?? "");
    expect((await call(secretary, "POST", `${B}/invitations/${created.invitation.id}/revoke`)).json().invitation.state).toBe("revoked");
    expect((await call(null, "POST", "/api/auth/invitations/accept", { token, password: STRONG })).json().error.code).toBe("INVITATION_REVOKED");
  });

  it("does not make a second account for an email that has one: ACCOUNT_EXISTS, then linking after login", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    await addPerson(secretary, { name: "Fatima uit Utrecht", email: DEMO.utrechtMember });
    const token = tokenOf((await invitationMail(DEMO.utrechtMember)).actionUrl ?? "");
    const refused = await call(null, "POST", "/api/auth/invitations/accept", { token, password: STRONG });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("ACCOUNT_EXISTS");
    const fatima = await login(ctx.app, DEMO.utrechtMember);
    const linked = await call(fatima, "POST", "/api/auth/invitations/link", { token });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().branch.slug).toBe("den-haag");
    expect((await call(await login(ctx.app, DEMO.utrechtMember), "GET", B)).statusCode).toBe(200);
  });
});

describe("the members' list", () => {
  it("shows a plain member no one else's email or phone, but board members and the secretary see them", async () => {
    const member = await login(ctx.app, DEMO.member);
    const response = await call(member, "GET", `${B}/people`);
    expect(response.statusCode).toBe(200);
    const people = response.json().people as Person[];
    expect(people.length).toBeGreaterThan(5);
    const me = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.member } });
    for (const person of people.filter((entry) => entry.id !== me.id)) {
      expect(person.email).toBeNull();
      expect(person.phone).toBeNull();
    }
    expect(response.body).not.toContain(DEMO.secretary);
    const secretaryView = (await call(await login(ctx.app, DEMO.secretary), "GET", `${B}/people`)).json().people as Person[];
    expect(secretaryView.map((person) => person.email)).toContain(DEMO.member);
  });

  it("shows the contact of someone who shares it to the members of their own working groups only", async () => {
    const branch = await aBranch(ctx.db);
    const sharer = await aMember(ctx.db, { branch });
    const colleague = await aMember(ctx.db, { branch });
    const outsider = await aMember(ctx.db, { branch });
    const group = await ctx.db.workingGroup.create({ data: { branchId: branch.id, name: "Buurt", slug: "buurt" } });
    await ctx.db.workingGroupMember.createMany({ data: [sharer, colleague].map((m) => ({ branchId: branch.id, workingGroupId: group.id, personId: m.personId })) });
    await ctx.db.person.update({ where: { id: sharer.personId }, data: { shareContact: true, phone: "070 123 4567" } });
    const seen = async (who: typeof colleague) => {
      const list = (await call(await login(ctx.app, who.email), "GET", `/api/branches/${branch.slug}/people`)).json().people as Person[];
      return list.find((person) => person.id === sharer.personId);
    };
    expect(await seen(colleague)).toMatchObject({ email: sharer.email, phone: "070 123 4567" });
    expect(await seen(outsider)).toMatchObject({ email: null, phone: null });
  });

  it("filters by name, role, working group and status", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const names = async (query: string) => ((await call(secretary, "GET", `${B}/people?${query}`)).json().people as Person[]).map((person) => person.name);
    expect(await names("q=nadine")).toEqual(["Nadine Avéres"]);
    expect(await names("role=secretary")).toEqual(["Nadine Avéres"]);
    const organizing = await names("workingGroup=organizing");
    expect(organizing).toContain("Tim Kies");
    expect(organizing).not.toContain("Nadine Avéres");
    expect(await names("status=left")).toEqual([]);
  });
});

describe("editing, roles and departures", () => {
  it("refuses a stale version with STALE_VERSION", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const { person } = await addPerson(secretary, { name: "Versie Lid", email: "versie@example.org" });
    const first = await call(secretary, "PATCH", `${B}/people/${person.id}`, { version: person.version, phone: "0612345678" });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await call(secretary, "PATCH", `${B}/people/${person.id}`, { version: person.version, name: "Ander" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
  });

  it("keeps the last secretary: removing the role gets 409 LAST_SECRETARY with the reason", async () => {
    const branch = await aBranch(ctx.db);
    const only = await aMember(ctx.db, { branch, roles: ["board_member", "secretary"] });
    const session = await login(ctx.app, only.email);
    const response = await call(session, "PUT", `/api/branches/${branch.slug}/people/${only.personId}/roles`, { roles: ["board_member"] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("LAST_SECRETARY");
    expect(response.json().error.message).toMatch(/last secretary/);
    const second = await aMember(ctx.db, { branch, roles: ["member"] });
    const promoted = await call(session, "PUT", `/api/branches/${branch.slug}/people/${second.personId}/roles`, { roles: ["secretary"] });
    expect(promoted.json().person.roles).toEqual(["secretary"]);
    expect((await call(session, "PUT", `/api/branches/${branch.slug}/people/${only.personId}/roles`, { roles: ["board_member"] })).statusCode).toBe(200);
  });

  it("a departure removes roles and working-group places, the person can no longer open the branch, and undo restores it all", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const branch = await aBranch(ctx.db, { slug: "den-haag" });
    const leaver = await aMember(ctx.db, { branch, roles: ["board_member"] });
    const group = await ctx.db.workingGroup.findFirstOrThrow({ where: { branchId: branch.id, slug: "organizing" } });
    await ctx.db.workingGroupMember.create({ data: { branchId: branch.id, workingGroupId: group.id, personId: leaver.personId, role: "convener" } });
    const before = await login(ctx.app, leaver.email);
    expect((await call(before, "GET", B)).statusCode).toBe(200);

    const left = await call(secretary, "POST", `${B}/people/${leaver.personId}/departure`, {});
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json().person).toMatchObject({ status: "left", leftOn: ctx.clock.today(), roles: [], workingGroups: [] });
    expect(await ctx.db.branchRole.count({ where: { personId: leaver.personId } })).toBe(0);
    expect(await ctx.db.workingGroupMember.count({ where: { personId: leaver.personId } })).toBe(0);
    expect((await call(before, "GET", B)).statusCode).toBe(404);
    expect((await call(await login(ctx.app, leaver.email), "GET", "/api/branches")).json().branches).toEqual([]);
    const active = (await call(secretary, "GET", `${B}/people`)).json().people as Person[];
    expect(active.map((person) => person.id)).not.toContain(leaver.personId);
    const gone = (await call(secretary, "GET", `${B}/people?status=left`)).json().people as Person[];
    expect(gone.map((person) => person.id)).toEqual([leaver.personId]);

    const undone = await call(secretary, "DELETE", `${B}/people/${leaver.personId}/departure`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ restored: true, person: { status: "active", leftOn: null, roles: ["board_member"], workingGroups: [{ slug: "organizing", role: "convener" }] } });
    expect((await call(await login(ctx.app, leaver.email), "GET", B)).statusCode).toBe(200);
  });

  it("refuses a departure in the future, and of the last secretary", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const nadine = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.secretary } });
    const future = await call(secretary, "POST", `${B}/people/${nadine.id}/departure`, { leftOn: "2099-01-01" });
    expect(future.json().error.code).toBe("DATE_IN_FUTURE");
    const last = await call(secretary, "POST", `${B}/people/${nadine.id}/departure`, {});
    expect(last.json().error.code).toBe("LAST_SECRETARY");
  });

  it("answers 404 for another branch's person", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const utrecht = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.utrechtMember, branch: { slug: "utrecht" } } });
    for (const [method, url, payload] of [
      ["PATCH", `${B}/people/${utrecht.id}`, { version: 1, name: "Overgenomen" }],
      ["PUT", `${B}/people/${utrecht.id}/roles`, { roles: ["secretary"] }],
      ["POST", `${B}/people/${utrecht.id}/departure`, {}],
      ["DELETE", `${B}/people/${utrecht.id}/departure`, undefined],
    ] as const) {
      const response = await call(secretary, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: utrecht.id } })).name).toBe(utrecht.name);
  });
});

describe("inviting a member who has no invitation", () => {
  async function imported(secretary: Session, name: string, email: string) {
    const response = await call(secretary, "POST", `${B}/people/import`, { csv: `naam;e-mail\n${name};${email}`, invite: false });
    expect(response.statusCode, response.body).toBe(200);
    const person = await ctx.db.person.findFirstOrThrow({ where: { email, branch: { slug: "den-haag" } }, select: { id: true } });
    expect(await ctx.db.invitation.count({ where: { personId: person.id } })).toBe(0);
    return person.id;
  }

  it("invites someone imported without an invitation by mail: 201, a mail in the outbox, and the link makes an account that logs in", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const id = await imported(secretary, "Jamal Geimporteerd", "jamal@example.org");
    const invited = await call(secretary, "POST", `${B}/people/${id}/invitation`);
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({ invitation: { personId: id, email: "jamal@example.org", kind: "email", state: "sent" } });
    expect(invited.json().letter).toBeUndefined();
    const mail = await invitationMail("jamal@example.org");
    expect(mail.actionUrl).toMatch(/\/uitnodiging\?token=[A-Za-z0-9_-]{43}$/);
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: invited.json().invitation.id }, select: { entityType: true, action: true } });
    expect(audit).toEqual([{ entityType: "invitation", action: "created" }]);

    // A second call finds the open invitation: send that one again instead.
    const again = await call(secretary, "POST", `${B}/people/${id}/invitation`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("INVITATION_OPEN");
    expect(await ctx.db.invitation.count({ where: { personId: id } })).toBe(1);

    const accepted = await call(null, "POST", "/api/auth/invitations/accept", { token: tokenOf(mail.actionUrl ?? ""), password: STRONG });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const session = await login(ctx.app, "jamal@example.org", STRONG);
    expect((await call(session, "GET", B)).statusCode).toBe(200);

    // With an account there is nothing to invite to.
    const hasAccount = await call(secretary, "POST", `${B}/people/${id}/invitation`);
    expect(hasAccount.statusCode).toBe(409);
    expect(hasAccount.json().error.code).toBe("PERSON_HAS_ACCOUNT");
  });

  it("gives someone without email a letter code, and invites again after a withdrawn invitation", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const created = await addPerson(secretary, { name: "Greet Zonder Mail" });
    expect((await call(secretary, "POST", `${B}/invitations/${created.invitation.id}/revoke`)).statusCode).toBe(200);
    const invited = await call(secretary, "POST", `${B}/people/${created.person.id}/invitation`);
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().invitation).toMatchObject({ kind: "letter", state: "sent", email: null });
    expect(invited.json().letter.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    const accepted = await call(null, "POST", "/api/auth/invitations/accept", { code: invited.json().letter.code, password: STRONG, email: "greet@example.org" });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it("refuses someone with an account, someone who left, and an erased former member with their own codes", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const sanne = await ctx.db.person.findFirstOrThrow({ where: { email: DEMO.member, branch: { slug: "den-haag" } } });
    const withAccount = await call(secretary, "POST", `${B}/people/${sanne.id}/invitation`);
    expect(withAccount.statusCode).toBe(409);
    expect(withAccount.json().error.code).toBe("PERSON_HAS_ACCOUNT");

    const leaver = await imported(secretary, "Vertrokken Zonder Uitnodiging", "vertrokken-uitnodiging@example.org");
    expect((await call(secretary, "POST", `${B}/people/${leaver}/departure`, {})).statusCode).toBe(200);
    const left = await call(secretary, "POST", `${B}/people/${leaver}/invitation`);
    expect(left.statusCode).toBe(409);
    expect(left.json().error.code).toBe("INVITEE_HAS_LEFT");

    expect((await call(secretary, "POST", `${B}/people/${leaver}/erasure`)).statusCode).toBe(200);
    const erased = await call(secretary, "POST", `${B}/people/${leaver}/invitation`);
    expect(erased.statusCode).toBe(409);
    expect(erased.json().error.code).toBe("PERSON_ERASED");
    expect(await ctx.db.invitation.count({ where: { personId: leaver } })).toBe(0);
  });

  it("is for the secretary: a plain member gets 403, and another branch's person is 404", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const id = await imported(secretary, "Niet Door Leden", "niet-door-leden@example.org");
    const member = await login(ctx.app, DEMO.member);
    const refused = await call(member, "POST", `${B}/people/${id}/invitation`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("ROLE_REQUIRED");
    const utrecht = await aMember(ctx.db, { branch: await ctx.db.branch.findUniqueOrThrow({ where: { slug: "utrecht" } }), account: false });
    const other = await call(secretary, "POST", `${B}/people/${utrecht.personId}/invitation`);
    expect(other.statusCode).toBe(404);
    expect(await ctx.db.invitation.count({ where: { personId: { in: [id, utrecht.personId] } } })).toBe(0);
  });
});
