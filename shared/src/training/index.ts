// training (scholing): forms, speakers and lenses, the per-topic overview and the wijken's status.
export * from "./types.ts";
export * from "./overview.ts";
export * from "./session.ts";
