export * from "./types.ts";
export * from "./status.ts";
export * from "./roster.ts";
export * from "./warnings.ts";
export * from "./staggering.ts";
export * from "./plans.ts";
// A namespace, because names like addDays are likely to be wanted by other features too.
export * as calendarDays from "./dates.ts";
