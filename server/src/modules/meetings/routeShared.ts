import { Type } from "@sinclair/typebox";
import { BRANCH_ROLES } from "@afdelingsplanner/shared";
import { BranchSlugParams, ErrorBody } from "@afdelingsplanner/shared/schemas";
import { access } from "../../lib/access.ts";

export const tags = ["meetings"];
export const readErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };
export const writeErrors = { ...readErrors, 403: ErrorBody, 409: ErrorBody };
/** Finer rules (preparer, chair, action-list keeper) are checked in the services after loading the meeting. */
export const member = { access: access.branchMember };
/**
 * Writes: every member of the branch gets to the service's finer rule; a platform admin, who may only
 * read along, gets the same 404 as on every other write route (as goals/routeShared.ts anyMember).
 */
export const memberWrites = { access: access.branchRoles(...BRANCH_ROLES) };
export const SeriesParams = Type.Composite([BranchSlugParams, Type.Object({ id: Type.String({ format: "uuid", description: "Series id" }) })]);
const uuid = Type.String({ format: "uuid" });
export const ItemIdParams = Type.Composite([BranchSlugParams, Type.Object({ itemId: uuid })]);
export const DecisionIdParams = Type.Composite([BranchSlugParams, Type.Object({ decisionId: uuid })]);
export const ActionIdParams = Type.Composite([BranchSlugParams, Type.Object({ actionId: uuid })]);
