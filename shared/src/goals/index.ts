/** Working-group goals, the activity log they count from, the duty rota and the long-term plan: pure rules. */
export * from "./types.ts";
export * from "./activities.ts";
export * from "./pace.ts";
export * from "./cadence.ts";
export * from "./progress.ts";
export * from "./definition.ts";
export * from "./rota.ts";
export * from "./roles.ts";
export * from "./plan.ts";
