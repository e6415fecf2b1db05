import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { TEST_PUBLIC_URL, bearer, login, useTestApp } from "../support/app.ts";
import { aBranch, aMember } from "../support/factories.ts";

const ctx = useTestApp();

const requestChange = async (email: string, payload: object) => {
  const session = await login(ctx.app, email);
  return ctx.app.inject({ method: "POST", url: "/api/me/email", headers: bearer(session), payload });
};
const confirmChange = (token: string) => ctx.app.inject({ method: "POST", url: "/api/auth/email-change/confirm", payload: { token } });
const tryLogin = (email: string, password = DEMO_PASSWORD) => ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

async function tokenSentTo(address: string): Promise<string> {
  const [mail] = await ctx.db.outboxMail.findMany({ where: { toAddress: address, kind: "email_change" }, orderBy: { createdAt: "desc" } });
  if (!mail) throw new Error(`No email_change mail to ${address}`);
  const match = /email-bevestigen\?token=([A-Za-z0-9_-]{43})/.exec(mail.textBody);
  if (!match) throw new Error(`No link in ${mail.textBody}`);
  return match[1]!;
}

describe("POST /api/me/email and POST /api/auth/email-change/confirm", () => {
  it("sends a link to the new address; confirming moves the account and its people, with an audit entry", async () => {
    const denHaag = await aBranch(ctx.db, { slug: "den-haag" });
    const member = await aMember(ctx.db, { branch: denHaag });
    // The same person in a second branch, with the same address: it moves too.
    const other = await aBranch(ctx.db);
    const second = await ctx.db.person.create({ data: { branchId: other.id, userId: member.userId, name: "Tweede", email: member.email, joinedOn: new Date("2025-01-01") } });
    const newEmail = "nieuw-adres@example.org";

    const requested = await requestChange(member.email, { newEmail: "Nieuw-Adres@Example.org", currentPassword: DEMO_PASSWORD });
    expect(requested.statusCode).toBe(202);
    expect(requested.json().message).toMatch(/confirm the new address/);

    // Nothing changes until the link is opened; the mail goes to the NEW address, in the user's language.
    expect((await tryLogin(member.email)).statusCode).toBe(200);
    const [mail] = await ctx.db.outboxMail.findMany({ where: { toAddress: newEmail, kind: "email_change" } });
    expect(mail).toMatchObject({ locale: "nl", subject: expect.stringMatching(/Bevestig je nieuwe e-mailadres/) });
    expect(mail!.actionUrl).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/email-bevestigen\\?token=`));
    const [row] = await ctx.db.emailChange.findMany({ where: { userId: member.userId! } });
    expect(row!.newEmail).toBe(newEmail);
    expect(row!.expiresAt.getTime()).toBe(ctx.clock.now().getTime() + 24 * 60 * 60 * 1000);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const confirmed = await confirmChange(await tokenSentTo(newEmail));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ email: newEmail });

    expect((await tryLogin(member.email)).statusCode).toBe(401);
    expect((await tryLogin(newEmail)).statusCode).toBe(200);
    const people = await ctx.db.person.findMany({ where: { userId: member.userId! }, select: { id: true, email: true, version: true } });
    expect(people.map((person) => person.email)).toEqual([newEmail, newEmail]);
    expect(people.every((person) => person.version === 2)).toBe(true);
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: { in: [member.personId, second.id] }, action: "email_changed" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.changes).toEqual({ email: { from: member.email, to: newEmail } });
    // The old address hears of it.
    expect(await ctx.db.outboxMail.count({ where: { toAddress: member.email, kind: "email_changed" } })).toBe(1);

    // The link works once.
    const again = await confirmChange(await tokenSentTo(newEmail));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("EMAIL_CHANGE_LINK_USED");
  });

  it("leaves a person row with another address alone", async () => {
    const member = await aMember(ctx.db);
    const person = await ctx.db.person.update({ where: { id: member.personId }, data: { email: "werk-adres@example.org" } });
    expect((await requestChange(member.email, { newEmail: "prive-nieuw@example.org", currentPassword: DEMO_PASSWORD })).statusCode).toBe(202);
    expect((await confirmChange(await tokenSentTo("prive-nieuw@example.org"))).statusCode).toBe(200);
    expect((await ctx.db.person.findUniqueOrThrow({ where: { id: person.id } })).email).toBe("werk-adres@example.org");
  });

  it("refuses a wrong current password, the same address and one another account has", async () => {
    const member = await aMember(ctx.db);
    const taken = await aMember(ctx.db);
    const wrong = await requestChange(member.email, { newEmail: "ergens@example.org", currentPassword: "niet-het-wachtwoord" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe("CURRENT_PASSWORD_INCORRECT");
    const same = await requestChange(member.email, { newEmail: member.email.toUpperCase(), currentPassword: DEMO_PASSWORD });
    expect(same.json().error.code).toBe("EMAIL_UNCHANGED");
    const inUse = await requestChange(member.email, { newEmail: taken.email, currentPassword: DEMO_PASSWORD });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe("EMAIL_IN_USE");
    expect(await ctx.db.emailChange.count({ where: { userId: member.userId! } })).toBe(0);
    expect(await ctx.db.outboxMail.count({ where: { toAddress: "ergens@example.org" } })).toBe(0);
  });

  it("answers 409 when another account took the address between request and confirmation", async () => {
    const member = await aMember(ctx.db);
    expect((await requestChange(member.email, { newEmail: "gewild@example.org", currentPassword: DEMO_PASSWORD })).statusCode).toBe(202);
    const token = await tokenSentTo("gewild@example.org");
    await aMember(ctx.db, { email: "gewild@example.org" });
    const response = await confirmChange(token);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("EMAIL_IN_USE");
    expect((await tryLogin(member.email)).statusCode).toBe(200);
  });

  it("refuses a link after 24 hours, and an unknown one", async () => {
    const member = await aMember(ctx.db);
    expect((await requestChange(member.email, { newEmail: "te-laat@example.org", currentPassword: DEMO_PASSWORD })).statusCode).toBe(202);
    const token = await tokenSentTo("te-laat@example.org");
    const start = ctx.clock.now();
    try {
      ctx.clock.advance(24 * 60 * 60 * 1000 + 60_000);
      const response = await confirmChange(token);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("EMAIL_CHANGE_LINK_EXPIRED");
    } finally {
      ctx.clock.set(start);
    }
    expect((await confirmChange("B".repeat(43))).json().error.code).toBe("EMAIL_CHANGE_LINK_INVALID");
  });

  it("keeps only the newest request: an earlier link stops working", async () => {
    const member = await aMember(ctx.db);
    expect((await requestChange(member.email, { newEmail: "eerste@example.org", currentPassword: DEMO_PASSWORD })).statusCode).toBe(202);
    const first = await tokenSentTo("eerste@example.org");
    expect((await requestChange(member.email, { newEmail: "tweede@example.org", currentPassword: DEMO_PASSWORD })).statusCode).toBe(202);
    expect((await confirmChange(first)).json().error.code).toBe("EMAIL_CHANGE_LINK_USED");
    expect((await confirmChange(await tokenSentTo("tweede@example.org"))).statusCode).toBe(200);
  });

  it("needs a login", async () => {
    const response = await ctx.app.inject({ method: "POST", url: "/api/me/email", payload: { newEmail: "x@example.org", currentPassword: DEMO_PASSWORD } });
    expect(response.statusCode).toBe(401);
  });
});
