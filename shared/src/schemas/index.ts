// @afdelingsplanner/shared/schemas: the TypeBox schemas of the API, their types and limits. Both the server
// (validation, OpenAPI) and the web app (forms, limits) import them from here.
export * from "./activities.ts";
export * from "./admin.ts";
export * from "./agendaSend.ts";
export * from "./appRoutes.ts";
export * from "./auditLog.ts";
export * from "./auth.ts";
export * from "./board.ts";
export * from "./branches.ts";
export * from "./calendar.ts";
export * from "./clashes.ts";
export * from "./common.ts";
export * from "./dutyRota.ts";
export * from "./errorCodes.ts";
export * from "./goals.ts";
export * from "./guestRequests.ts";
export * from "./limits.ts";
export * from "./meetings.ts";
export * from "./network.ts";
export * from "./passwords.ts";
export * from "./people.ts";
export * from "./peopleImport.ts";
export * from "./notifications.ts";
export * from "./ownData.ts";
export * from "./plan.ts";
export * from "./training.ts";
export * from "./workingGroupsManage.ts";
