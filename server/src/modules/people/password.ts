import { AppError, badRequest } from "../../lib/errors.ts";
import { PASSWORD_PROBLEM_MESSAGES, checkNewPassword as passwordProblem, type PasswordOwner, type PasswordProblemCode } from "../../lib/passwordPolicy.ts";

// One literal code per refusal, so tests/integration/errorCodes.test.ts can see each one the server sends.
const refusals: Record<PasswordProblemCode, (message: string) => AppError> = {
  PASSWORD_TOO_SHORT: (message) => badRequest(message, "PASSWORD_TOO_SHORT"),
  PASSWORD_TOO_LONG: (message) => badRequest(message, "PASSWORD_TOO_LONG"),
  PASSWORD_BLANK: (message) => badRequest(message, "PASSWORD_BLANK"),
  PASSWORD_PERSONAL: (message) => badRequest(message, "PASSWORD_PERSONAL"),
  PASSWORD_TOO_WEAK: (message) => badRequest(message, "PASSWORD_TOO_WEAK"),
};

/** A new password set through an invitation follows the one rule for new passwords (lib/passwordPolicy.ts). */
export function checkNewPassword(password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw refusals[problem.code](PASSWORD_PROBLEM_MESSAGES[problem.code]);
}
