import { BRANCH_ROLES } from "@afdelingsplanner/shared";
import { ErrorBody } from "@afdelingsplanner/shared/schemas";
import { access } from "../../../lib/access.ts";

export const readErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };
export const writeErrors = { ...readErrors, 403: ErrorBody, 409: ErrorBody };

/**
 * Writes open to every member of the branch; the service then applies the finer rule (chair of this
 * group, member of that one). Unlike access.branchMember it keeps out a platform admin who only reads.
 */
export const anyMember = access.branchRoles(...BRANCH_ROLES);
export const boardOnly = access.branchRoles("board_member");
