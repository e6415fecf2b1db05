import { badRequest } from "../../lib/errors.ts";
import { PASSWORD_PROBLEM_MESSAGES, checkNewPassword as passwordProblem, type PasswordOwner } from "../../lib/passwordPolicy.ts";

/** A new password set through an invitation follows the one rule for new passwords (lib/passwordPolicy.ts). */
export function checkNewPassword(password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw badRequest(PASSWORD_PROBLEM_MESSAGES[problem.code], problem.code);
}
