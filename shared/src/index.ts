export * from "./calendar/isoWeek.ts";
export * from "./auth/roles.ts";
export * from "./schemas/common.ts";
export * from "./schemas/auth.ts";
export * from "./schemas/branches.ts";
export * from "./schemas/meetings.ts";
