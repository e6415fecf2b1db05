import { branchPath } from "../../../lib/api.ts";
/** Query keys of working groups, goals, the network and the plan: one prefix per branch, so a logged activity can refresh them all. */
export const wgKeys = {
  all: (slug: string) => ["branches", slug, "wg"] as const,
  overview: (slug: string) => ["branches", slug, "wg", "overview"] as const,
  manage: (slug: string) => ["branches", slug, "wg", "manage"] as const,
  joinRequests: (slug: string, group: string) => ["branches", slug, "wg", "join-requests", group] as const,
  goals: (slug: string, group: string) => ["branches", slug, "wg", "goals", group] as const,
  activities: (slug: string, group: string, from: string) => ["branches", slug, "wg", "activities", group, from] as const,
  activitiesOf: (slug: string, group: string) => ["branches", slug, "wg", "activities", group] as const,
  rotas: (slug: string, group: string) => ["branches", slug, "wg", "rotas", group] as const,
  organisations: (slug: string) => ["branches", slug, "wg", "organisations"] as const,
  organisation: (slug: string, id: string) => ["branches", slug, "wg", "organisations", id] as const,
  plan: (slug: string) => ["branches", slug, "wg", "plan"] as const,
};


export { branchPath };
