import type { Database } from "../../db/client.ts";
import type { AuditActor } from "../../lib/access.ts";
import { changedFields, recordAudit } from "../../lib/audit.ts";
import { badRequest, conflict } from "../../lib/errors.ts";
import { verifyPassword } from "../../lib/passwords.ts";
import { passwordLocale } from "../../lib/passwordPolicy.ts";
import { enqueueMail, layoutMail } from "../notifications/index.ts";
import { hashMailToken, newMailToken } from "./mailTokens.ts";

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

export const EMAIL_CHANGE_ACCEPTED = {
  message: "A link to confirm the new address has been sent to it. It is valid for 24 hours; until then the current address stays.",
};

const emailInUse = () => conflict("This email address already belongs to another account. Choose another one.", "EMAIL_IN_USE");

function confirmationMail(locale: "nl" | "en", name: string, newEmail: string, url: string) {
  return locale === "en"
    ? layoutMail("en", {
        subject: "Confirm your new email address for Afdelingsplanner",
        greeting: `Hello ${name},`,
        paragraphs: [
          `You asked to use ${newEmail} for your Afdelingsplanner account from now on. Confirm it with the link below, within 24 hours.`,
          "Did you not ask for this? Then ignore this email: nothing changes.",
        ],
        action: { label: "Confirm this address", url },
      })
    : layoutMail("nl", {
        subject: "Bevestig je nieuwe e-mailadres voor Afdelingsplanner",
        greeting: `Hoi ${name},`,
        paragraphs: [
          `Je hebt gevraagd om voortaan ${newEmail} te gebruiken voor je account bij Afdelingsplanner. Bevestig dat binnen 24 uur met de link hieronder.`,
          "Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren: er verandert niets.",
        ],
        action: { label: "Dit adres bevestigen", url },
      });
}

function changedNoticeMail(locale: "nl" | "en", name: string, newEmail: string) {
  return locale === "en"
    ? layoutMail("en", {
        subject: "Your email address for Afdelingsplanner was changed",
        greeting: `Hello ${name},`,
        paragraphs: [
          `From now on your Afdelingsplanner account uses ${newEmail}; this address no longer logs in.`,
          "Was this not you? Contact your branch's secretary at once.",
        ],
      })
    : layoutMail("nl", {
        subject: "Je e-mailadres voor Afdelingsplanner is gewijzigd",
        greeting: `Hoi ${name},`,
        paragraphs: [
          `Je account bij Afdelingsplanner gebruikt voortaan ${newEmail}; met dit adres log je niet meer in.`,
          "Was jij dit niet? Neem dan meteen contact op met de secretaris van je afdeling.",
        ],
      });
}

/**
 * Asks to move the caller's account to `newEmail`: checks the current password, then writes an EmailChange
 * (only the token's hash, valid 24 hours) and the confirmation mail to the NEW address in one transaction.
 * The address changes only when that link is opened (confirmEmailChange), which proves the new mailbox is theirs.
 */
export async function requestEmailChange(
  db: Database,
  input: { userId: string; newEmail: string; currentPassword: string; now: Date; publicUrl: string },
): Promise<void> {
  const newEmail = input.newEmail.trim().toLowerCase();
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { id: true, name: true, email: true, locale: true, passwordHash: true } });
  // 400, not 401: a 401 would make the web client refresh its session and send the request again.
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest("The current password is incorrect. Nothing was changed.", "CURRENT_PASSWORD_INCORRECT");
  }
  if (newEmail === user.email) throw badRequest("This already is the account's email address. Enter a different one.", "EMAIL_UNCHANGED");
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw emailInUse();

  const { token, tokenHash } = newMailToken();
  const locale = passwordLocale(user.locale);
  const url = `${input.publicUrl}/email-bevestigen?token=${token}`;
  await db.$transaction(async (tx) => {
    // One open request at a time: an earlier link stops working.
    await tx.emailChange.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: input.now } });
    await tx.emailChange.create({ data: { userId: user.id, newEmail, tokenHash, expiresAt: new Date(input.now.getTime() + EMAIL_CHANGE_TTL_MS) } });
    await enqueueMail(tx, { branchId: null, to: newEmail, locale, kind: "email_change", ...confirmationMail(locale, user.name, newEmail, url), actionUrl: url });
  });
}

/**
 * Confirms an email change with the token from the mail: the user's address, and the address of their person
 * in each of their branches that still had the old one (with an audit entry there), change in one
 * transaction; the old address gets a notice. 409 EMAIL_IN_USE when another account took the address meanwhile.
 */
export async function confirmEmailChange(db: Database, input: { token: string; now: Date }): Promise<{ email: string }> {
  const { now } = input;
  const change = await db.emailChange.findUnique({
    where: { tokenHash: hashMailToken(input.token) },
    select: { id: true, newEmail: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  if (!change) throw badRequest("This confirmation link is not valid.", "EMAIL_CHANGE_LINK_INVALID");
  if (change.usedAt) throw badRequest("This confirmation link has already been used.", "EMAIL_CHANGE_LINK_USED");
  if (change.expiresAt <= now) throw badRequest("This confirmation link has expired (it is valid for 24 hours). Ask for the change again.", "EMAIL_CHANGE_LINK_EXPIRED");
  const { user, newEmail } = change;
  const oldEmail = user.email;
  const actor: AuditActor = { userId: user.id, name: user.name, at: now };
  const locale = passwordLocale(user.locale);

  await db.$transaction(async (tx) => {
    const claimed = await tx.emailChange.updateMany({ where: { id: change.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count === 0) throw badRequest("This confirmation link has already been used.", "EMAIL_CHANGE_LINK_USED");
    // The unique index decides a race with another account taking the address; this check gives the clear answer.
    if (await tx.user.findFirst({ where: { email: newEmail, id: { not: user.id } }, select: { id: true } })) throw emailInUse();
    const updated = await tx.user.updateMany({ where: { id: user.id, email: oldEmail }, data: { email: newEmail } });
    if (updated.count === 0) throw badRequest("This confirmation link has already been used.", "EMAIL_CHANGE_LINK_USED");

    const people = await tx.person.findMany({
      where: { userId: user.id, email: { equals: oldEmail, mode: "insensitive" } },
      select: { id: true, branchId: true, name: true, email: true },
    });
    for (const person of people) {
      await tx.person.update({ where: { id: person.id }, data: { email: newEmail, version: { increment: 1 } } });
      await recordAudit(tx, {
        branchId: person.branchId,
        actor,
        entityType: "person",
        entityId: person.id,
        action: "email_changed",
        summary: `E-mailadres van ${person.name} gewijzigd (bevestigd via de link in de mail)`,
        changes: changedFields({ email: person.email }, { email: newEmail }),
      });
    }
    await enqueueMail(tx, { branchId: null, to: oldEmail, locale, kind: "email_changed", ...changedNoticeMail(locale, user.name, newEmail) });
  }).catch((error: unknown) => {
    // The unique index on User.email, when another account took the address between the check and the update.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") throw emailInUse();
    throw error;
  });
  return { email: newEmail };
}
