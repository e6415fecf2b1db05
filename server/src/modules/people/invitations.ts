import { createHash, randomBytes, randomInt } from "node:crypto";
import { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH } from "@afdelingsplanner/shared/schemas";
import type { Db } from "../../db/client.ts";
import { enqueueMail, layoutMail, type MailLocale, type OutgoingMail } from "../notifications/index.ts";

export const INVITATION_TTL_DAYS = 7;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** A link's secret: 32 random bytes, base64url; only the SHA-256 is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
export const hashToken = (token: string) => sha256(token);

/** Codes on paper: spaces, dashes and case do not matter when typed back. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");
export const hashCode = (code: string) => sha256(`invitation-code:${normaliseCode(code)}`);

/** A short one-time code for a printed letter, from letters and digits that do not look alike. */
export function newCode(): { code: string; codeHash: string } {
  let code = "";
  for (let index = 0; index < INVITATION_CODE_LENGTH; index += 1) code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
  return { code, codeHash: hashCode(code) };
}

export const expiryFrom = (now: Date) => new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);

export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/uitnodiging?token=${encodeURIComponent(token)}`;
export const letterUrl = (publicUrl: string) => `${publicUrl}/uitnodiging`;

const WORDS: Record<MailLocale, (p: { name: string; branch: string; days: number }) => { subject: string; greeting: string; paragraphs: string[]; label: string }> = {
  nl: ({ name, branch, days }) => ({
    subject: `Uitnodiging voor ${branch} in Afdelingsplanner`,
    greeting: `Hoi ${name},`,
    paragraphs: [
      `Het secretariaat van ${branch} heeft je toegevoegd als lid in Afdelingsplanner, waar de afdeling haar vergaderingen, werkgroepen en plannen bijhoudt.`,
      `Kies met de knop hieronder een wachtwoord; daarna ben je meteen ingelogd. De link werkt ${days} dagen en één keer.`,
      "Verwachtte je deze uitnodiging niet? Dan kun je deze mail negeren.",
    ],
    label: "Account aanmaken",
  }),
  en: ({ name, branch, days }) => ({
    subject: `Invitation to ${branch} in Afdelingsplanner`,
    greeting: `Hi ${name},`,
    paragraphs: [
      `The secretary of ${branch} has added you as a member in Afdelingsplanner, where the branch keeps its meetings, working groups and plans.`,
      `Choose a password with the button below; you are then logged in at once. The link works for ${days} days, once.`,
      "Did you not expect this invitation? Then you can ignore this mail.",
    ],
    label: "Create your account",
  }),
};

type InvitationMailInput = { branchId: string; branchName: string; to: string; name: string; link: string; locale?: MailLocale };

/** The invitation mail, written in the recipient's language, ready for the outbox. */
export function invitationMail(mail: InvitationMailInput): OutgoingMail {
  const locale = mail.locale ?? "nl";
  const words = WORDS[locale]({ name: mail.name, branch: mail.branchName, days: INVITATION_TTL_DAYS });
  const content = layoutMail(locale, { subject: words.subject, greeting: words.greeting, paragraphs: words.paragraphs, action: { label: words.label, url: mail.link } });
  return { branchId: mail.branchId, to: mail.to, locale, kind: "invitation", subject: content.subject, text: content.text, html: content.html, actionUrl: mail.link };
}

/** Writes the invitation mail into the outbox, in the transaction that made the invitation. */
export async function enqueueInvitationMail(tx: Db, mail: InvitationMailInput): Promise<void> {
  await enqueueMail(tx, invitationMail(mail));
}
