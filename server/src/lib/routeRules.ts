import { BRANCH_ROLES } from "@afdelingsplanner/shared";
import { ErrorBody } from "@afdelingsplanner/shared/schemas";
import { access } from "./access.ts";

/** The error answers a branch route documents: reads, and writes (which add 403 and 409). */
export const readErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };
export const writeErrors = { ...readErrors, 403: ErrorBody, 409: ErrorBody };

/**
 * Writes open to every member of the branch; the service then applies the finer rule (chair of this
 * group, preparer of that meeting). Unlike access.branchMember it keeps out a platform admin who only
 * reads along: they get the same 404 as on every other write route.
 */
export const anyMember = access.branchRoles(...BRANCH_ROLES);
export const boardOnly = access.branchRoles("board_member");
