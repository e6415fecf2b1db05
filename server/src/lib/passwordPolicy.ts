import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEn from "@zxcvbn-ts/language-en";
import * as zxcvbnNl from "@zxcvbn-ts/language-nl-be";
import { NEW_PASSWORD_MAX_LENGTH, NEW_PASSWORD_MIN_LENGTH } from "@afdelingsplanner/shared/schemas";
import { badRequest, type AppError } from "./errors.ts";

/**
 * The rules for a NEW password (a change, a reset, an accepted invitation; never for logging in with an
 * existing one): 12–200 characters, not only whitespace, none of the user's own name parts or email
 * local part, and a zxcvbn-ts score of at least 3 ("safely unguessable": about 10^8 guesses or more).
 *
 * zxcvbn is given the user's own words and the app's (its name, the party, the city) as user inputs, and
 * scores the password twice: as typed and with its separators removed. The lower score counts, because
 * zxcvbn treats short words between separators as random characters, so "welkom-in-den-haag" alone
 * looks strong while it is a greeting everyone in the branch would guess (and the published demo password).
 */

export type PasswordLocale = "nl" | "en";

/** Who the password is for: their own words are refused. */
export interface PasswordOwner {
  name?: string | null;
  email?: string | null;
  locale?: string | null;
}

export interface PasswordFeedback {
  /** The main reason it is weak, in the user's language; null when there is none. */
  warning: string | null;
  suggestions: string[];
}

export type PasswordProblemCode = "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_BLANK" | "PASSWORD_PERSONAL" | "PASSWORD_TOO_WEAK";

export interface PasswordProblem {
  code: PasswordProblemCode;
  feedback: PasswordFeedback;
}

export interface PasswordAssessment {
  /** zxcvbn's score, 0 (too guessable) to 4 (very unguessable); 0 for a password the other rules refuse. */
  score: 0 | 1 | 2 | 3 | 4;
  feedback: PasswordFeedback;
  /** Why the password may not be used; null when it may. */
  problem: PasswordProblem | null;
}

export const MIN_PASSWORD_SCORE = 3;

/** Words that belong to this app and its first branch: guessable for anyone who knows where the account is. */
const APP_WORDS = ["afdelingsplanner", "afdeling", "bij1", "denhaag", "den haag", "welkom", "welkomindenhaag"];

/**
 * Name and email parts shorter than this are not refused outright: "van", "der" or "tim" occur inside too
 * many words ("wonder", "optimaal"). zxcvbn still gets them as user inputs and scores their use down.
 */
const MIN_PERSONAL_PART = 4;

const OWN_TEXTS: Record<PasswordLocale, Record<"tooShort" | "tooLong" | "blank" | "personal" | "personalHint" | "longerHint", string>> = {
  nl: {
    tooShort: `Gebruik minstens ${NEW_PASSWORD_MIN_LENGTH} tekens.`,
    tooLong: `Gebruik hoogstens ${NEW_PASSWORD_MAX_LENGTH} tekens.`,
    blank: "Een wachtwoord van alleen spaties is niet veilig.",
    personal: "Gebruik je naam of e-mailadres niet in je wachtwoord.",
    personalHint: "Kies woorden die niets met jou te maken hebben.",
    longerHint: "Een zin van vier of vijf losse, ongewone woorden is sterk en goed te onthouden.",
  },
  en: {
    tooShort: `Use at least ${NEW_PASSWORD_MIN_LENGTH} characters.`,
    tooLong: `Use at most ${NEW_PASSWORD_MAX_LENGTH} characters.`,
    blank: "A password of only spaces is not safe.",
    personal: "Do not use your name or email address in your password.",
    personalHint: "Choose words that have nothing to do with you.",
    longerHint: "A phrase of four or five unrelated, uncommon words is strong and easy to remember.",
  },
};

const dictionary = { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnNl.dictionary };
const factories = new Map<PasswordLocale, ZxcvbnFactory>();

/** One checker per language (the translations are per factory); built on first use, it takes a few hundred ms. */
function checker(locale: PasswordLocale): ZxcvbnFactory {
  let factory = factories.get(locale);
  if (!factory) {
    factory = new ZxcvbnFactory({
      dictionary,
      graphs: zxcvbnCommon.adjacencyGraphs,
      translations: locale === "nl" ? zxcvbnNl.translations : zxcvbnEn.translations,
    });
    factories.set(locale, factory);
  }
  return factory;
}

export const passwordLocale = (locale: string | null | undefined): PasswordLocale => (locale === "en" ? "en" : "nl");

const withoutSeparators = (text: string) => text.replace(/[\s\-_.,;:+!?/\\|'"*~]+/g, "");

/** The user's own words: name parts and the email's local part (whole and split on . _ - +), lowercased. */
export function personalWords(owner: PasswordOwner): string[] {
  const words = new Set<string>();
  for (const part of (owner.name ?? "").toLowerCase().split(/[\s\-'.]+/u)) if ([...part].length >= MIN_PERSONAL_PART) words.add(part);
  const local = (owner.email ?? "").toLowerCase().split("@")[0] ?? "";
  if ([...local].length >= MIN_PERSONAL_PART) words.add(local);
  for (const part of local.split(/[._\-+]+/)) if ([...part].length >= MIN_PERSONAL_PART) words.add(part);
  return [...words];
}

/** The score and feedback for a new password, and whether it may be used. Never throws. */
export function assessPassword(password: string, owner: PasswordOwner = {}): PasswordAssessment {
  const locale = passwordLocale(owner.locale);
  const texts = OWN_TEXTS[locale];
  const refuse = (code: PasswordProblemCode, warning: string, suggestions: string[] = [texts.longerHint]): PasswordAssessment => {
    const feedback = { warning, suggestions };
    return { score: 0, feedback, problem: { code, feedback } };
  };

  // Code points, as the request schemas count them, so "🔑" is one character.
  const length = [...password].length;
  if (password.trim() === "") return refuse("PASSWORD_BLANK", texts.blank);
  if (length < NEW_PASSWORD_MIN_LENGTH) return refuse("PASSWORD_TOO_SHORT", texts.tooShort);
  if (length > NEW_PASSWORD_MAX_LENGTH) return refuse("PASSWORD_TOO_LONG", texts.tooLong, []);

  const own = personalWords(owner);
  const lowered = password.toLowerCase();
  const compact = withoutSeparators(lowered);
  if (own.some((word) => lowered.includes(word) || compact.includes(withoutSeparators(word)))) {
    return refuse("PASSWORD_PERSONAL", texts.personal, [texts.personalHint]);
  }

  const shortParts = [...(owner.name ?? "").toLowerCase().split(/[\s\-'.]+/u), ...((owner.email ?? "").toLowerCase().split("@")[0] ?? "").split(/[._\-+]+/)].filter(
    (part) => part.length >= 2 && !own.includes(part),
  );
  const userInputs = [...own, ...shortParts, ...APP_WORDS];
  const zxcvbn = checker(locale);
  const results: ZxcvbnResult[] = [zxcvbn.check(password, userInputs)];
  const stripped = withoutSeparators(password);
  if (stripped !== password && stripped.length > 0) results.push(zxcvbn.check(stripped, userInputs));
  const weakest = results.reduce((low, result) => (result.score < low.score ? result : low));
  const feedback: PasswordFeedback = { warning: weakest.feedback.warning || null, suggestions: [...weakest.feedback.suggestions] };
  if (weakest.score < MIN_PASSWORD_SCORE) {
    if (feedback.suggestions.length === 0) feedback.suggestions.push(texts.longerHint);
    return { score: weakest.score, feedback, problem: { code: "PASSWORD_TOO_WEAK", feedback } };
  }
  return { score: weakest.score, feedback, problem: null };
}

/** Null when the password may be used; otherwise why not, with feedback in the owner's language. */
export function checkNewPassword(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  return assessPassword(password, owner).problem;
}

/** The English message an API client reads for a refused password (people read the translated code and the feedback). */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblemCode, string> = {
  PASSWORD_TOO_SHORT: `The new password is too short: use at least ${NEW_PASSWORD_MIN_LENGTH} characters.`,
  PASSWORD_TOO_LONG: `The new password is too long: use at most ${NEW_PASSWORD_MAX_LENGTH} characters.`,
  PASSWORD_BLANK: "The new password consists of whitespace only. Choose a password with words or characters.",
  PASSWORD_PERSONAL: "The new password contains your name or email address. Choose words that have nothing to do with you.",
  PASSWORD_TOO_WEAK: "The new password is too easy to guess. Use a longer phrase of uncommon words.",
};

// One literal code per refusal, so tests/integration/errorCodes.test.ts sees each code the server sends.
const refusals: Record<PasswordProblemCode, () => AppError> = {
  PASSWORD_TOO_SHORT: () => badRequest(PASSWORD_PROBLEM_MESSAGES.PASSWORD_TOO_SHORT, "PASSWORD_TOO_SHORT"),
  PASSWORD_TOO_LONG: () => badRequest(PASSWORD_PROBLEM_MESSAGES.PASSWORD_TOO_LONG, "PASSWORD_TOO_LONG"),
  PASSWORD_BLANK: () => badRequest(PASSWORD_PROBLEM_MESSAGES.PASSWORD_BLANK, "PASSWORD_BLANK"),
  PASSWORD_PERSONAL: () => badRequest(PASSWORD_PROBLEM_MESSAGES.PASSWORD_PERSONAL, "PASSWORD_PERSONAL"),
  PASSWORD_TOO_WEAK: () => badRequest(PASSWORD_PROBLEM_MESSAGES.PASSWORD_TOO_WEAK, "PASSWORD_TOO_WEAK"),
};

/** Throws the 400 for a new password the policy refuses (its code, e.g. PASSWORD_TOO_WEAK); returns when it may be used. */
export function requireAcceptablePassword(password: string, owner: PasswordOwner): void {
  const problem = checkNewPassword(password, owner);
  if (problem) throw refusals[problem.code]();
}
