// Privacy (issue 14, part 8): erasing a former member to a pseudonym, and downloading one's own data.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { expiryFrom, newToken } from "../../server/src/modules/people/invitations.ts";
import { DEMO, bearer, login, useTestApp, type Session } from "../support/app.ts";
import { TEST_NOW } from "../support/clock.ts";
import { aBranch, aMember, aSeries } from "../support/factories.ts";

const ctx = useTestApp();
const B = "/api/branches/den-haag";

async function call(session: Session, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: bearer(session), ...(payload ? { payload } : {}) });
}

/** A Den Haag member with a name no other row contains, an account, a phone number and some history. */
async function aFormerMemberToBe(options: { name?: string } = {}) {
  const branch = await aBranch(ctx.db, { slug: "den-haag" });
  const tag = randomBytes(4).toString("hex");
  const name = options.name ?? `Roos Zwartjes ${tag}`;
  const email = `roos-${tag}@example.org`;
  const member = await aMember(ctx.db, { branch, name, email });
  await ctx.db.person.update({ where: { id: member.personId }, data: { phone: `06 9${tag.replace(/\D/g, "7").slice(0, 3)} 4321` } });
  return { ...member, name, email, branchId: branch.id };
}

async function depart(secretary: Session, personId: string) {
  const response = await call(secretary, "POST", `${B}/people/${personId}/departure`, {});
  expect(response.statusCode, response.body).toBe(200);
}

async function erase(secretary: Session, personId: string) {
  const response = await call(secretary, "POST", `${B}/people/${personId}/erasure`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ person: { id: string; name: string; email: string | null; phone: string | null; status: string; hasAccount: boolean } }>().person;
}

/** Audit entries anywhere (every branch) whose any column contains `text`. */
async function auditEntriesContaining(text: string) {
  const rows = await ctx.db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "AuditEntry" t WHERE t::text ILIKE ${`%${text}%`}`;
  return Number(rows[0]?.count ?? 0);
}

const nextPseudonym = async (branchId: string) => ((await ctx.db.person.aggregate({ where: { branchId }, _max: { pseudonym: true } }))._max.pseudonym ?? 0) + 1;

describe("erasing a former member", () => {
  it("is refused while the person is still a member (409 with a code), and for anyone but the secretary (403)", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const person = await aFormerMemberToBe();
    const early = await call(secretary, "POST", `${B}/people/${person.personId}/erasure`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: "ERASURE_NEEDS_DEPARTURE" } });

    await depart(secretary, person.personId);
    const treasurer = await login(ctx.app, DEMO.treasurer);
    const byBoard = await call(treasurer, "POST", `${B}/people/${person.personId}/erasure`);
    expect(byBoard.statusCode).toBe(403);
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: person.personId } })).name).toBe(person.name);
  });

  it("replaces name and contact details with a pseudonym, removes invitations, mail, join requests and the account, and keeps the person's links", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const person = await aFormerMemberToBe();
    // History that names the person: an edit by the secretary, and something they did themselves.
    const edited = await call(secretary, "PATCH", `${B}/people/${person.personId}`, { version: 1, phone: "070 123 4567" });
    expect(edited.statusCode, edited.body).toBe(200);
    const own = await login(ctx.app, person.email);
    await ctx.db.auditEntry.create({ data: { branchId: person.branchId, actorUserId: person.userId, actorName: person.name, entityType: "goal", entityId: person.personId, action: "created", summary: `Doel van ${person.name} aangemaakt`, changes: { contact: { from: null, to: person.email } } } });
    // Minutes: an agenda item and an action they own, on a board meeting.
    const series = await aSeries(ctx.db, { branch: { id: person.branchId, slug: "den-haag" } });
    const date = (await ctx.db.meetingSeries.findUniqueOrThrow({ where: { id: series.id } })).singleDate ?? fromIsoDate("2000-01-01");
    const item = await ctx.db.agendaItem.create({ data: { branchId: person.branchId, seriesId: series.id, date, position: 1, title: "Begroting", status: "open", origin: "new", ownerId: person.personId } });
    await ctx.db.agendaItem.update({ where: { id: item.id }, data: { rootItemId: item.id } });
    await ctx.db.actionItem.create({ data: { branchId: person.branchId, seriesId: series.id, date, title: "Zaal boeken", ownerId: person.personId } });
    // Open things that must go: an invitation, a mail waiting to be sent, a join request.
    const secretaryUser = await ctx.db.user.findUniqueOrThrow({ where: { email: DEMO.secretary } });
    await ctx.db.invitation.create({ data: { branchId: person.branchId, personId: person.personId, email: person.email, tokenHash: newToken().tokenHash, createdById: secretaryUser.id, createdAt: TEST_NOW, expiresAt: expiryFrom(TEST_NOW) } });
    await ctx.db.outboxMail.create({ data: { branchId: person.branchId, toAddress: person.email, kind: "invitation", subject: `Welkom ${person.name}`, textBody: "Hallo", htmlBody: "<p>Hallo</p>" } });
    const group = await ctx.db.workingGroup.findFirstOrThrow({ where: { branchId: person.branchId } });
    await ctx.db.workingGroupJoinRequest.create({ data: { branchId: person.branchId, workingGroupId: group.id, personId: person.personId } });

    await depart(secretary, person.personId);
    const expected = `Oud-lid ${await nextPseudonym(person.branchId)}`;
    const erased = await erase(secretary, person.personId);
    expect(erased).toMatchObject({ name: expected, email: null, phone: null, status: "erased", hasAccount: false });

    const row = await ctx.db.person.findUniqueOrThrow({ where: { id: person.personId } });
    expect(row).toMatchObject({ name: expected, email: null, phone: null, shareContact: false, userId: null, erasedAt: TEST_NOW });
    expect(await ctx.db.invitation.count({ where: { personId: person.personId } })).toBe(0);
    expect(await ctx.db.outboxMail.count({ where: { toAddress: person.email } })).toBe(0);
    expect(await ctx.db.workingGroupJoinRequest.count({ where: { personId: person.personId } })).toBe(0);
    // The account belonged to this branch only: gone, with its sessions.
    expect(await ctx.db.user.findUnique({ where: { id: person.userId ?? "" } })).toBeNull();
    expect(await ctx.db.refreshToken.count({ where: { userId: person.userId ?? "" } })).toBe(0);
    expect((await call(own, "GET", "/api/me")).statusCode).toBe(401);

    // The audit log no longer holds the name, the address or the phone number anywhere, and records the erasure by pseudonym.
    expect(await auditEntriesContaining(person.name)).toBe(0);
    expect(await auditEntriesContaining(person.email)).toBe(0);
    expect(await auditEntriesContaining("070 123 4567")).toBe(0);
    const rewritten = await ctx.db.auditEntry.findMany({ where: { branchId: person.branchId, OR: [{ entityId: person.personId }, { actorUserId: person.userId }] } });
    expect(rewritten.map((entry) => entry.summary)).toEqual(expect.arrayContaining([`Gegevens van ${expected} gewijzigd`, `Doel van ${expected} aangemaakt`, `Gegevens van ${expected} gewist`]));
    expect(rewritten.find((entry) => entry.action === "created")).toMatchObject({ actorName: expected, changes: { contact: { from: null, to: expected } } });

    // Minutes keep pointing at the person, who now shows as the pseudonym.
    const meeting = `${B}/meetings/${series.id}/${date.toISOString().slice(0, 10)}`;
    const agenda = await call(secretary, "GET", `${meeting}/agenda`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    expect(agenda.json<{ items: { title: string; owner: { name: string } | null }[] }>().items.find((entry) => entry.title === "Begroting")?.owner?.name).toBe(expected);
    const actions = await call(secretary, "GET", `${meeting}/actions`);
    expect(actions.statusCode, actions.body).toBe(200);
    expect(JSON.stringify(actions.json())).toContain(expected);
    expect(actions.body).not.toContain(person.name);

    // The Leden list: only under "vertrokken" (and everyone), as "gewist".
    const left = await call(secretary, "GET", `${B}/people?status=left`);
    expect(left.json<{ people: { id: string; name: string; status: string }[] }>().people.find((entry) => entry.id === person.personId)).toMatchObject({ name: expected, status: "erased" });
    const active = await call(secretary, "GET", `${B}/people`);
    expect(active.json<{ people: { id: string }[] }>().people.some((entry) => entry.id === person.personId)).toBe(false);
  });

  it("numbers pseudonyms on from the branch's count: two erasures are Oud-lid N and N+1", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const first = await aFormerMemberToBe();
    const second = await aFormerMemberToBe();
    await depart(secretary, first.personId);
    await depart(secretary, second.personId);
    const n = await nextPseudonym(first.branchId);
    expect((await erase(secretary, first.personId)).name).toBe(`Oud-lid ${n}`);
    expect((await erase(secretary, second.personId)).name).toBe(`Oud-lid ${n + 1}`);
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: second.personId } })).pseudonym).toBe(n + 1);
  });

  it("keeps the account when another branch's person uses it, and only unlinks this branch", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const person = await aFormerMemberToBe();
    const utrecht = await aBranch(ctx.db, { slug: "utrecht" });
    const elsewhere = await ctx.db.person.create({ data: { branchId: utrecht.id, userId: person.userId, name: person.name, email: person.email, joinedOn: fromIsoDate("2024-01-01") } });
    await depart(secretary, person.personId);
    await erase(secretary, person.personId);
    expect(await ctx.db.user.findUnique({ where: { id: person.userId ?? "" } })).not.toBeNull();
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: elsewhere.id } })).userId).toBe(person.userId);
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: person.personId } })).userId).toBeNull();
    // Utrecht's own records are Utrecht's business: the erasure in Den Haag leaves them alone.
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: elsewhere.id } })).name).toBe(person.name);
  });

  it("leaves an erased person alone: no edits, no undoing the departure, no second erasure (409 PERSON_ERASED)", async () => {
    const secretary = await login(ctx.app, DEMO.secretary);
    const person = await aFormerMemberToBe();
    await depart(secretary, person.personId);
    await erase(secretary, person.personId);
    const attempts = [
      await call(secretary, "PATCH", `${B}/people/${person.personId}`, { version: 3, name: "Weer terug" }),
      await call(secretary, "DELETE", `${B}/people/${person.personId}/departure`),
      await call(secretary, "POST", `${B}/people/${person.personId}/erasure`),
    ];
    for (const attempt of attempts) {
      expect(attempt.statusCode, attempt.body).toBe(409);
      expect(attempt.json()).toMatchObject({ error: { code: "PERSON_ERASED" } });
    }
  });
});
