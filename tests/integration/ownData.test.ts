// Mijn gegevens (issue 14): every member downloads everything the app keeps about them as one JSON file,
// only their own, and each download is written to the audit log of their branches.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { bearer, login, useTestApp } from "../support/app.ts";
import { testToday } from "../support/clock.ts";
import { aBranch, aMember, aSeries } from "../support/factories.ts";

const ctx = useTestApp();

/** A Den Haag member in Communicatie, also in a second branch, with a phone and some history; and a fellow group member with contact details of their own. */
async function aMemberWithHistory() {
  const tag = randomBytes(4).toString("hex");
  const denHaag = await aBranch(ctx.db, { slug: "den-haag" });
  const other = await aBranch(ctx.db);
  const me = await aMember(ctx.db, { branch: denHaag, name: `Mila Export ${tag}`, email: `mila-${tag}@example.org` });
  await ctx.db.person.update({ where: { id: me.personId }, data: { phone: "06 1111 2222" } });
  // The same account in a second branch.
  const elsewhere = await ctx.db.person.create({ data: { branchId: other.id, userId: me.userId, name: `Mila Export ${tag}`, email: me.email, joinedOn: fromIsoDate(testToday()) } });
  const fellow = await aMember(ctx.db, { branch: denHaag, name: `Fellow ${tag}`, email: `fellow-${tag}@example.org` });
  await ctx.db.person.update({ where: { id: fellow.personId }, data: { phone: "06 9999 8888", shareContact: true } });

  const group = await ctx.db.workingGroup.findFirstOrThrow({ where: { branchId: denHaag.id, slug: "communicatie" } });
  await ctx.db.workingGroupMember.createMany({
    data: [
      { branchId: denHaag.id, workingGroupId: group.id, personId: me.personId },
      { branchId: denHaag.id, workingGroupId: group.id, personId: fellow.personId },
    ],
  });
  const series = await aSeries(ctx.db, { branch: denHaag });
  const date = fromIsoDate(testToday());
  await ctx.db.meetingAttendance.create({ data: { branchId: denHaag.id, seriesId: series.id, date, personId: me.personId, rsvp: "yes" } });
  await ctx.db.meetingAttendance.create({ data: { branchId: denHaag.id, seriesId: series.id, date, personId: fellow.personId, rsvp: "no" } });
  await ctx.db.actionItem.create({ data: { branchId: denHaag.id, seriesId: series.id, date, title: `Flyers drukken ${tag}`, ownerId: me.personId } });
  await ctx.db.actionItem.create({ data: { branchId: denHaag.id, seriesId: series.id, date, title: `Zaal huren ${tag}`, ownerId: fellow.personId } });
  const organizing = await ctx.db.workingGroup.findFirstOrThrow({ where: { branchId: denHaag.id, slug: "organizing" } });
  await ctx.db.workingGroupJoinRequest.create({ data: { branchId: denHaag.id, workingGroupId: organizing.id, personId: me.personId, message: "Ik help graag" } });
  return { tag, me, elsewhere, fellow, denHaag, other };
}

describe("GET /api/me/data", () => {
  it("answers the caller's own data as a dated JSON attachment, with nobody else's contact details", async () => {
    const { tag, me, fellow } = await aMemberWithHistory();
    const session = await login(ctx.app, me.email);
    const response = await ctx.app.inject({ method: "GET", url: "/api/me/data", headers: bearer(session) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="mijn-gegevens-${testToday()}.json"`);

    const data = response.json();
    expect(data.account).toMatchObject({ email: me.email, name: `Mila Export ${tag}`, locale: "nl", isPlatformAdmin: false });
    expect(data.memberships).toHaveLength(2);
    const denHaag = data.memberships.find((entry: { branch: { slug: string } }) => entry.branch.slug === "den-haag");
    expect(denHaag.person).toMatchObject({ name: `Mila Export ${tag}`, email: me.email, phone: "06 1111 2222", shareContact: false, leftOn: null });
    expect(denHaag.roles).toEqual(["member"]);
    expect(denHaag.workingGroups).toEqual([{ name: "Communicatie", role: "member" }]);
    expect(denHaag.attendance).toEqual([expect.objectContaining({ date: testToday(), rsvp: "yes" })]);
    expect(denHaag.actionItems.map((item: { title: string }) => item.title)).toEqual([`Flyers drukken ${tag}`]);
    expect(denHaag.joinRequests).toEqual([expect.objectContaining({ workingGroup: "Organizing", message: "Ik help graag", status: "pending" })]);

    // Nothing about the fellow member: not their address, phone or action item.
    expect(response.body).not.toContain(fellow.email);
    expect(response.body).not.toContain("06 9999 8888");
    expect(response.body).not.toContain(`Zaal huren ${tag}`);
    // Nor any other person's address at all: the only addresses are the caller's own.
    const addresses = new Set(response.body.match(/[\w.+-]+@[\w.-]+\.\w+/g));
    expect([...addresses]).toEqual([me.email]);
    // No secrets of the account.
    expect(response.body).not.toMatch(/passwordHash|argon2|tokenHash|codeHash/);
  });

  it("writes one audit entry per branch, by the caller, in the same request", async () => {
    const { me, denHaag, other } = await aMemberWithHistory();
    const session = await login(ctx.app, me.email);
    const response = await ctx.app.inject({ method: "GET", url: "/api/me/data", headers: bearer(session) });
    expect(response.statusCode).toBe(200);
    const entries = await ctx.db.auditEntry.findMany({ where: { actorUserId: me.userId, action: "exported" } });
    expect(entries.map((entry) => entry.branchId).sort()).toEqual([denHaag.id, other.id].sort());
    expect(entries.every((entry) => entry.entityType === "person" && entry.summary.includes("geëxporteerd"))).toBe(true);

    // The board reads it in Den Haag's Logboek.
    const board = await login(ctx.app, "nadine@bij1-denhaag.example");
    const log = await ctx.app.inject({ method: "GET", url: `/api/branches/den-haag/audit-log?actor=${me.userId}`, headers: bearer(board) });
    expect(log.statusCode, log.body).toBe(200);
    expect(log.body).toContain("geëxporteerd");
  });

  it("gives the platform admin their account without memberships", async () => {
    const admin = await login(ctx.app, "admin@bij1-denhaag.example");
    const response = await ctx.app.inject({ method: "GET", url: "/api/me/data", headers: bearer(admin) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ account: { isPlatformAdmin: true }, memberships: [] });
  });

  it("refuses anonymous callers with 401", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/me/data" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBeTruthy();
  });
});
