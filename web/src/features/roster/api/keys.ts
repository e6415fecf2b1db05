import { branchPath } from "../../../lib/api.ts";
import type { QueryClient } from "@tanstack/react-query";

export const rosterKeys = {
  all: (slug: string) => ["branches", slug, "roster"] as const,
  on: (slug: string, asOf: string | null) => ["branches", slug, "roster", "on", asOf ?? "today"] as const,
  history: (slug: string) => ["branches", slug, "roster", "history"] as const,
  staggering: (slug: string) => ["branches", slug, "roster", "staggering"] as const,
};

/** After any roster action: the roster on every date, its history, the proposal, the board page and who is on it. */
export async function invalidateRoster(queryClient: QueryClient, slug: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: rosterKeys.all(slug) }),
    queryClient.invalidateQueries({ queryKey: ["branches", slug, "board"] }),
    queryClient.invalidateQueries({ queryKey: ["branches", slug, "working-groups"] }),
  ]);
}


export { branchPath };
