import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { PASSWORD_RESET_MIN_DURATION_MS } from "../../server/src/modules/accounts/passwordReset.ts";
import { PASSWORD_RESETS_PER_ADDRESS_PER_HOUR } from "../../server/src/modules/accounts/passwordRoutes.ts";
import { TEST_PUBLIC_URL, bearer, login, useTestApp } from "../support/app.ts";
import { aMember } from "../support/factories.ts";

const ctx = useTestApp();

const STRONG = "Zonnebloem-Trein-Kastanje-42";

const requestReset = (email: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email }, headers });
const confirmReset = (token: string, password: string) => ctx.app.inject({ method: "POST", url: "/api/auth/password-reset/confirm", payload: { token, password } });
const tryLogin = (email: string, password: string) => ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

/** The reset mails in the outbox for an address, newest first. */
const resetMails = (to: string) => ctx.db.outboxMail.findMany({ where: { toAddress: to, kind: "password_reset" }, orderBy: { createdAt: "desc" } });

/** Asks for a reset and reads the token from the link in the mail it put in the outbox. */
async function tokenFor(email: string): Promise<string> {
  const before = (await resetMails(email)).length;
  expect((await requestReset(email)).statusCode).toBe(202);
  const mails = await resetMails(email);
  expect(mails).toHaveLength(before + 1);
  const match = /token=([A-Za-z0-9_-]{43})/.exec(mails[0]!.textBody);
  if (!match) throw new Error(`No token link in ${mails[0]!.textBody}`);
  return match[1]!;
}

describe("POST /api/auth/password-reset", () => {
  it("answers 202 with the same body for a known and an unknown address, taking at least as long either way", async () => {
    const member = await aMember(ctx.db);
    const started = performance.now();
    const known = await requestReset(member.email);
    const knownMs = performance.now() - started;
    const again = performance.now();
    const unknown = await requestReset("niemand-bekend@example.org");
    const unknownMs = performance.now() - again;

    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(known.json()).toEqual({ message: expect.stringMatching(/If this address belongs to an account/) });
    // Both paths wait for the same floor, so the timing does not tell them apart.
    expect(knownMs).toBeGreaterThanOrEqual(PASSWORD_RESET_MIN_DURATION_MS - 5);
    expect(unknownMs).toBeGreaterThanOrEqual(PASSWORD_RESET_MIN_DURATION_MS - 5);

    // Only the known address gets a mail and a reset row.
    expect(await ctx.db.outboxMail.count({ where: { toAddress: "niemand-bekend@example.org" } })).toBe(0);
    const [mail] = await resetMails(member.email);
    expect(mail).toMatchObject({ kind: "password_reset", locale: "nl", branchId: null, status: "pending" });
    expect(mail!.subject).toMatch(/Nieuw wachtwoord/);
    expect(mail!.textBody).toContain(`${TEST_PUBLIC_URL}/wachtwoord-herstellen?token=`);
    expect(mail!.htmlBody).toContain(`${TEST_PUBLIC_URL}/wachtwoord-herstellen?token=`);
    expect(mail!.actionUrl).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/wachtwoord-herstellen\\?token=[A-Za-z0-9_-]{43}$`));

    // Stored: the SHA-256 of the token, never the token; valid one hour from the app's clock.
    const token = new URL(mail!.actionUrl!).searchParams.get("token")!;
    const rows = await ctx.db.passwordReset.findMany({ where: { userId: member.userId! } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime()).toBe(ctx.clock.now().getTime() + 60 * 60 * 1000);
  });

  it("matches the address without regard to case, and writes in the user's language", async () => {
    const member = await aMember(ctx.db);
    await ctx.db.user.update({ where: { id: member.userId! }, data: { locale: "en" } });
    expect((await requestReset(member.email.toUpperCase())).statusCode).toBe(202);
    const [mail] = await resetMails(member.email);
    expect(mail).toMatchObject({ locale: "en", subject: "Set a new password for Afdelingsplanner" });
    expect(mail!.htmlBody).toContain('lang="en"');
  });

  it(`refuses the ${PASSWORD_RESETS_PER_ADDRESS_PER_HOUR + 1}th request for one address within the hour with 429 and Retry-After, known or not`, async () => {
    const member = await aMember(ctx.db);
    for (const address of [member.email, "ook-onbekend@example.org"]) {
      for (let i = 0; i < PASSWORD_RESETS_PER_ADDRESS_PER_HOUR; i++) expect((await requestReset(address)).statusCode).toBe(202);
      const blocked = await requestReset(address);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe("RATE_LIMITED");
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    }
    expect(await resetMails(member.email)).toHaveLength(PASSWORD_RESETS_PER_ADDRESS_PER_HOUR);
    // Another address is not affected.
    expect((await requestReset((await aMember(ctx.db)).email)).statusCode).toBe(202);
  });

  it("refuses a malformed address with 400", async () => {
    const response = await requestReset("geen-adres");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("VALIDATION_FAILED");
  });
});

describe("POST /api/auth/password-reset/confirm", () => {
  it("sets the new password, ends every session and old password, and the link works once", async () => {
    const member = await aMember(ctx.db);
    const session = await login(ctx.app, member.email);
    const token = await tokenFor(member.email);

    const confirmed = await confirmReset(token, STRONG);
    expect(confirmed.statusCode).toBe(204);

    // The old password no longer logs in; the new one does.
    expect((await tryLogin(member.email, DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await tryLogin(member.email, STRONG)).statusCode).toBe(200);
    // The session from before: its refresh cookie is refused and its access token too.
    const refreshed = await ctx.app.inject({ method: "POST", url: "/api/auth/refresh", cookies: { ap_refresh: session.refreshCookie } });
    expect(refreshed.statusCode).toBe(401);
    expect(refreshed.json().error.code).toBe("SESSION_ENDED");
    expect((await ctx.app.inject({ method: "GET", url: "/api/me", headers: bearer(session) })).statusCode).toBe(401);

    const user = await ctx.db.user.findUniqueOrThrow({ where: { id: member.userId! } });
    expect(user.passwordChangedAt?.getTime()).toBe(ctx.clock.now().getTime());
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [reset] = await ctx.db.passwordReset.findMany({ where: { userId: member.userId! } });
    expect(reset!.usedAt?.getTime()).toBe(ctx.clock.now().getTime());

    // The same link again: refused, and the password stays.
    const reused = await confirmReset(token, "Ander-Sterk-Wachtwoord-Kastanjeboom-7");
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("RESET_LINK_USED");
    expect((await tryLogin(member.email, STRONG)).statusCode).toBe(200);
  });

  it("refuses a link after an hour (the app's clock moved 61 minutes)", async () => {
    const member = await aMember(ctx.db);
    const token = await tokenFor(member.email);
    const start = ctx.clock.now();
    try {
      ctx.clock.advance(61 * 60 * 1000);
      const response = await confirmReset(token, STRONG);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("RESET_LINK_EXPIRED");
    } finally {
      ctx.clock.set(start);
    }
    expect((await tryLogin(member.email, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it.each([
    ["a guessable phrase", "welkom-in-den-haag", "PASSWORD_TOO_WEAK"],
    ["a short one", "Kort-1!", "PASSWORD_TOO_SHORT"],
    ["twelve spaces", " ".repeat(12), "PASSWORD_BLANK"],
  ])("refuses %s with 400 and its code, and leaves the link usable", async (_what, password, code) => {
    const member = await aMember(ctx.db);
    const token = await tokenFor(member.email);
    const response = await confirmReset(token, password);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect((await tryLogin(member.email, DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await confirmReset(token, STRONG)).statusCode).toBe(204);
  });

  it("refuses the user's own name in the password", async () => {
    const member = await aMember(ctx.db, { name: "Wilhelmina Kastanjeboom", email: "w.kastanjeboom@example.org" });
    const token = await tokenFor(member.email);
    const response = await confirmReset(token, "Wilhelmina-Trein-Zonnebloem-42");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("PASSWORD_PERSONAL");
  });

  it("refuses an unknown token and a malformed one", async () => {
    const unknown = await confirmReset("A".repeat(43), STRONG);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe("RESET_LINK_INVALID");
    expect((await confirmReset("te-kort", STRONG)).json().error.code).toBe("VALIDATION_FAILED");
  });

  it("uses one link: a newer reset makes the older link die with it", async () => {
    const member = await aMember(ctx.db);
    const first = await tokenFor(member.email);
    const second = await tokenFor(member.email);
    expect((await confirmReset(second, STRONG)).statusCode).toBe(204);
    expect((await confirmReset(first, "Ander-Sterk-Wachtwoord-Kastanjeboom-7")).json().error.code).toBe("RESET_LINK_USED");
  });
});

describe("POST /api/auth/password-check", () => {
  it("judges a password with the policy and gives feedback in the requested language", async () => {
    const weak = await ctx.app.inject({ method: "POST", url: "/api/auth/password-check", payload: { password: "aaaaaaaaaaaaaa" } });
    expect(weak.statusCode).toBe(200);
    expect(weak.json()).toMatchObject({ ok: false, code: "PASSWORD_TOO_WEAK", feedback: { warning: expect.stringMatching(/Herhalende letters/) } });
    const english = await ctx.app.inject({ method: "POST", url: "/api/auth/password-check", payload: { password: "aaaaaaaaaaaaaa", locale: "en" } });
    expect(english.json().feedback.warning).toMatch(/Repeated characters/i);
    const strong = await ctx.app.inject({ method: "POST", url: "/api/auth/password-check", payload: { password: STRONG } });
    expect(strong.json()).toMatchObject({ ok: true, code: null });
    expect(strong.json().score).toBeGreaterThanOrEqual(3);
    const personal = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/password-check",
      payload: { password: "Nadine-Trein-Zonnebloem-42", name: "Nadine Bakker", email: "nadine@bij1-denhaag.example" },
    });
    expect(personal.json()).toMatchObject({ ok: false, code: "PASSWORD_PERSONAL" });
  });
});

describe("POST /api/me/password with the policy", () => {
  it("refuses a weak new password with its code and keeps the current one", async () => {
    const member = await aMember(ctx.db);
    const session = await login(ctx.app, member.email);
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/me/password",
      headers: bearer(session),
      payload: { currentPassword: DEMO_PASSWORD, newPassword: "welkom-in-den-haag-2026" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("PASSWORD_TOO_WEAK");
    expect((await tryLogin(member.email, DEMO_PASSWORD)).statusCode).toBe(200);
  });
});
