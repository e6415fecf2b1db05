import { branchPath } from "../../../lib/api.ts";
/** Query keys of the agenda, so a change to a series refreshes every view that shows it. */
export const agendaKeys = {
  occurrences: (slug: string) => ["branches", slug, "occurrences"] as const,
  series: (slug: string) => ["branches", slug, "series"] as const,
  load: (slug: string) => ["branches", slug, "load"] as const,
  calendarFeed: () => ["me", "calendar-feed"] as const,
};


export { branchPath };
