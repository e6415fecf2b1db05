import { Type, type Static } from "@sinclair/typebox";
import { LIMITS } from "./limits.ts";

/** A secret token from a mail link: 32 random bytes, base64url. */
export const MailToken = Type.String({ pattern: "^[A-Za-z0-9_-]{43}$", description: "The token from the link in the mail" });

/** The language of the feedback; the web sends its own. */
export const FeedbackLocale = Type.Union([Type.Literal("nl"), Type.Literal("en")], { default: "nl" });

export const PasswordCheckBody = Type.Object(
  {
    // Up to the new-password cap plus some, so the check can say "too long" rather than fail validation.
    password: Type.String({ maxLength: LIMITS.auth.newPassword.maxLength + 100, description: "The password being typed" }),
    name: Type.Optional(Type.String({ maxLength: 200, description: "The user's name: its parts are refused in the password" })),
    email: Type.Optional(Type.String({ maxLength: LIMITS.common.email.maxLength, description: "The user's email address: its local part is refused in the password" })),
    locale: Type.Optional(FeedbackLocale),
  },
  { additionalProperties: false },
);
export type PasswordCheckBody = Static<typeof PasswordCheckBody>;

export const PasswordFeedback = Type.Object({
  warning: Type.Union([Type.String(), Type.Null()]),
  suggestions: Type.Array(Type.String()),
});
export type PasswordFeedback = Static<typeof PasswordFeedback>;

export const PasswordCheckResponse = Type.Object({
  ok: Type.Boolean({ description: "Whether the password may be used as a new password" }),
  score: Type.Integer({ minimum: 0, maximum: 4, description: "zxcvbn's score: 3 or more is needed" }),
  code: Type.Union([Type.String(), Type.Null()], { description: "Why it may not be used (PASSWORD_TOO_WEAK, …); null when ok" }),
  feedback: PasswordFeedback,
});
export type PasswordCheckResponse = Static<typeof PasswordCheckResponse>;

export const PasswordResetRequestBody = Type.Object(
  { email: Type.String({ format: "email", maxLength: LIMITS.common.email.maxLength, description: "The email address of the account" }) },
  { additionalProperties: false },
);
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBody>;

/** The same answer whatever happened, so it does not tell whether an address has an account. */
export const AcceptedResponse = Type.Object({ message: Type.String() });
export type AcceptedResponse = Static<typeof AcceptedResponse>;

export const PasswordResetConfirmBody = Type.Object(
  {
    token: MailToken,
    // The policy (not the schema) judges the length, so a short one gets PASSWORD_TOO_SHORT with feedback.
    password: Type.String({ minLength: 1, maxLength: LIMITS.auth.password.maxLength, description: "The new password (at least 12 characters, hard to guess)" }),
  },
  { additionalProperties: false },
);
export type PasswordResetConfirmBody = Static<typeof PasswordResetConfirmBody>;

export const ChangeEmailBody = Type.Object(
  {
    newEmail: Type.String({ format: "email", maxLength: LIMITS.common.email.maxLength, description: "The new address; it gets a link to confirm it" }),
    currentPassword: Type.String({ minLength: 1, maxLength: LIMITS.auth.password.maxLength, description: "The password you log in with now" }),
  },
  { additionalProperties: false },
);
export type ChangeEmailBody = Static<typeof ChangeEmailBody>;

export const EmailChangeConfirmBody = Type.Object({ token: MailToken }, { additionalProperties: false });
export type EmailChangeConfirmBody = Static<typeof EmailChangeConfirmBody>;

export const EmailChangeConfirmResponse = Type.Object({ email: Type.String({ description: "The account's address from now on" }) });
export type EmailChangeConfirmResponse = Static<typeof EmailChangeConfirmResponse>;
