import { setTimeout as sleep } from "node:timers/promises";
import { performance } from "node:perf_hooks";
import type { Database } from "../../db/client.ts";
import { badRequest } from "../../lib/errors.ts";
import { hashPassword } from "../../lib/passwords.ts";
import { passwordLocale, requireAcceptablePassword } from "../../lib/passwordPolicy.ts";
import { enqueueMail, layoutMail } from "../notifications/index.ts";
import { hashMailToken, newMailToken } from "./mailTokens.ts";
import { revokeAllRefreshTokens } from "./refreshTokens.ts";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Every request takes at least this long, known address or not (measured with performance.now, which is
 * about elapsed time, not the app clock): with the same work in both paths and this floor, the answer's
 * timing does not tell whether an address has an account.
 */
export const PASSWORD_RESET_MIN_DURATION_MS = 250;

/** The one answer to every reset request. */
export const PASSWORD_RESET_ACCEPTED = {
  message: "If this address belongs to an account, a link to set a new password is on its way. It is valid for one hour.",
};

function resetMail(locale: "nl" | "en", name: string, url: string) {
  return locale === "en"
    ? layoutMail("en", {
        subject: "Set a new password for Afdelingsplanner",
        greeting: `Hello ${name},`,
        paragraphs: [
          "Someone (probably you) asked to set a new password for your Afdelingsplanner account. The link below is valid for one hour and works once.",
          "Did you not ask for this? Then ignore this email: your password stays as it is.",
        ],
        action: { label: "Set a new password", url },
      })
    : layoutMail("nl", {
        subject: "Nieuw wachtwoord instellen voor Afdelingsplanner",
        greeting: `Hoi ${name},`,
        paragraphs: [
          "Iemand (waarschijnlijk jij) heeft gevraagd om een nieuw wachtwoord voor je account bij Afdelingsplanner. De link hieronder is een uur geldig en werkt één keer.",
          "Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren: je wachtwoord blijft zoals het is.",
        ],
        action: { label: "Nieuw wachtwoord instellen", url },
      });
}

/**
 * Starts a reset for `email` if it has an account: a PasswordReset row (only the token's hash) and the mail
 * with the link, in one transaction. For an unknown address it does the same lookup and token work and
 * writes nothing. Resolves no sooner than PASSWORD_RESET_MIN_DURATION_MS after it began, either way.
 */
export async function requestPasswordReset(db: Database, input: { email: string; now: Date; publicUrl: string }): Promise<void> {
  const started = performance.now();
  const email = input.email.trim().toLowerCase();
  const { token, tokenHash } = newMailToken();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true } });
  if (user) {
    const locale = passwordLocale(user.locale);
    const url = `${input.publicUrl}/wachtwoord-herstellen?token=${token}`;
    await db.$transaction(async (tx) => {
      await tx.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(input.now.getTime() + PASSWORD_RESET_TTL_MS) } });
      await enqueueMail(tx, { branchId: null, to: user.email, locale, kind: "password_reset", ...resetMail(locale, user.name, url), actionUrl: url });
    });
  }
  const left = PASSWORD_RESET_MIN_DURATION_MS - (performance.now() - started);
  if (left > 0) await sleep(left);
}

/**
 * Sets a new password with the token from the mail, if it is known, unused and unexpired and the password
 * passes the policy: the new hash and passwordChangedAt, the token (and any other open one) used, and every
 * refresh token revoked, in one transaction. Access tokens issued before stop working through passwordChangedAt.
 */
export async function confirmPasswordReset(db: Database, input: { token: string; password: string; now: Date }): Promise<void> {
  const { now } = input;
  const tokenHash = hashMailToken(input.token);
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  if (!reset) throw badRequest("This reset link is not valid. Request a new one.", "RESET_LINK_INVALID");
  if (reset.usedAt) throw badRequest("This reset link has already been used. Request a new one.", "RESET_LINK_USED");
  if (reset.expiresAt <= now) throw badRequest("This reset link has expired (it is valid for one hour). Request a new one.", "RESET_LINK_EXPIRED");

  requireAcceptablePassword(input.password, reset.user);

  // Hashing takes a while (that is the point), so it happens before the transaction opens.
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // Claiming the token in the statement that checks it: of two concurrent confirms, only one gets it.
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count === 0) throw badRequest("This reset link has already been used. Request a new one.", "RESET_LINK_USED");
    // Updating the user's row first takes its lock, so a login issuing a session right now either committed
    // before (and is revoked below) or waits and sees the new password (lockUserForSession).
    await tx.user.update({ where: { id: reset.user.id }, data: { passwordHash, passwordChangedAt: now } });
    // Other links requested earlier die with this one.
    await tx.passwordReset.updateMany({ where: { userId: reset.user.id, usedAt: null }, data: { usedAt: now } });
    await revokeAllRefreshTokens(tx, reset.user.id, now);
  });
}
