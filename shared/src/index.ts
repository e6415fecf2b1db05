// @afdelingsplanner/shared: the pure domain rules (calendar, board, meetings, goals), without I/O; time comes in
// as a parameter. Schemas and limits are at @afdelingsplanner/shared/schemas.
export * from "./calendar/index.ts";
export * from "./auth/roles.ts";
export * from "./calendar/attendees.ts";
export * from "./board/index.ts";
export * from "./goals/index.ts";
export * from "./meetings/index.ts";
export * from "./people/index.ts";
export * from "./workingGroups/slug.ts";
export * from "./training/index.ts";
export * from "./notifications/index.ts";
export * from "./branchTemplate.ts";
