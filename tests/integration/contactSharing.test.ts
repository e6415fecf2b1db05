// Contactgegevens delen (issue 14): a member chooses to show their email and phone to the members of their
// own working groups. Members outside those groups still do not see them; the choice is versioned and audited.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bearer, login, useTestApp, type Session } from "../support/app.ts";
import { aBranch, aMember } from "../support/factories.ts";

const ctx = useTestApp();
const B = "/api/branches/den-haag";

async function call(session: Session, method: "GET" | "PUT", url: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: bearer(session), ...(payload ? { payload } : {}) });
}

/** Three Den Haag members: two in Communicatie together, one in Organizing only. */
async function threeMembers() {
  const tag = randomBytes(4).toString("hex");
  const branch = await aBranch(ctx.db, { slug: "den-haag" });
  const sharer = await aMember(ctx.db, { branch, name: `Deler ${tag}`, email: `deler-${tag}@example.org` });
  await ctx.db.person.update({ where: { id: sharer.personId }, data: { phone: "06 5555 1234" } });
  const fellow = await aMember(ctx.db, { branch, name: `Groepsgenoot ${tag}`, email: `genoot-${tag}@example.org` });
  const outsider = await aMember(ctx.db, { branch, name: `Buitenstaander ${tag}`, email: `buiten-${tag}@example.org` });
  const group = (slug: string) => ctx.db.workingGroup.findFirstOrThrow({ where: { branchId: branch.id, slug } });
  const communicatie = await group("communicatie");
  const organizing = await group("organizing");
  await ctx.db.workingGroupMember.createMany({
    data: [
      { branchId: branch.id, workingGroupId: communicatie.id, personId: sharer.personId },
      { branchId: branch.id, workingGroupId: communicatie.id, personId: fellow.personId },
      { branchId: branch.id, workingGroupId: organizing.id, personId: outsider.personId },
    ],
  });
  return { tag, sharer, fellow, outsider };
}

async function contactSeenBy(session: Session, personId: string) {
  const response = await call(session, "GET", `${B}/people?status=all`);
  expect(response.statusCode, response.body).toBe(200);
  const people = response.json<{ people: { id: string; email: string | null; phone: string | null }[] }>().people;
  const person = people.find((entry) => entry.id === personId);
  expect(person).toBeDefined();
  return { email: person?.email ?? null, phone: person?.phone ?? null };
}

describe("sharing one's contact details with one's working groups", () => {
  it("shows the sharer's email and phone to a fellow group member once turned on, never to a member outside the group", async () => {
    const { sharer, fellow, outsider } = await threeMembers();
    const [me, groupmate, other] = await Promise.all([login(ctx.app, sharer.email), login(ctx.app, fellow.email), login(ctx.app, outsider.email)]);

    // Off by default: nobody but the board sees the details.
    const before = await call(me, "GET", `${B}/me/contact-sharing`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ shareContact: false });
    expect(await contactSeenBy(groupmate, sharer.personId)).toEqual({ email: null, phone: null });

    const on = await call(me, "PUT", `${B}/me/contact-sharing`, { shareContact: true, version: before.json().version });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toEqual({ shareContact: true, version: before.json().version + 1 });

    expect(await contactSeenBy(groupmate, sharer.personId)).toEqual({ email: sharer.email, phone: "06 5555 1234" });
    expect(await contactSeenBy(other, sharer.personId)).toEqual({ email: null, phone: null });

    // Turned off again, the group member no longer sees them.
    const off = await call(me, "PUT", `${B}/me/contact-sharing`, { shareContact: false, version: on.json().version });
    expect(off.statusCode, off.body).toBe(200);
    expect(await contactSeenBy(groupmate, sharer.personId)).toEqual({ email: null, phone: null });
  });

  it("audits each change, by the member, on their own person", async () => {
    const { sharer } = await threeMembers();
    const me = await login(ctx.app, sharer.email);
    const { version } = (await call(me, "GET", `${B}/me/contact-sharing`)).json<{ version: number }>();
    expect((await call(me, "PUT", `${B}/me/contact-sharing`, { shareContact: true, version })).statusCode).toBe(200);
    const entries = await ctx.db.auditEntry.findMany({ where: { entityType: "person", entityId: sharer.personId, action: "updated" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: sharer.userId, changes: { shareContact: { from: false, to: true } } });
    expect(entries[0]?.summary).toContain("deelt e-mailadres en telefoonnummer met de eigen werkgroepen");

    // Sending the same choice again changes nothing and writes nothing.
    const same = await call(me, "PUT", `${B}/me/contact-sharing`, { shareContact: true, version: version + 1 });
    expect(same.statusCode).toBe(200);
    expect(await ctx.db.auditEntry.count({ where: { entityType: "person", entityId: sharer.personId, action: "updated" } })).toBe(1);
  });

  it("answers 409 STALE_VERSION when the person changed meanwhile (the secretary edited them), and changes nothing", async () => {
    const { sharer } = await threeMembers();
    const me = await login(ctx.app, sharer.email);
    const { version } = (await call(me, "GET", `${B}/me/contact-sharing`)).json<{ version: number }>();
    await ctx.db.person.update({ where: { id: sharer.personId }, data: { version: { increment: 1 } } });
    const stale = await call(me, "PUT", `${B}/me/contact-sharing`, { shareContact: true, version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: sharer.personId } })).shareContact).toBe(false);
  });

  it("refuses a body without a boolean with 400 and a code, and anonymous callers with 401", async () => {
    const { sharer } = await threeMembers();
    const me = await login(ctx.app, sharer.email);
    const bad = await call(me, "PUT", `${B}/me/contact-sharing`, { shareContact: "ja", version: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTruthy();
    const anonymous = await ctx.app.inject({ method: "PUT", url: `${B}/me/contact-sharing`, payload: { shareContact: true, version: 1 } });
    expect(anonymous.statusCode).toBe(401);
  });
});
