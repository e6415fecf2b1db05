/** Query keys of the people feature; the branches feature's people list shares the first part. */
export const peopleKeys = {
  all: (slug: string) => ["branches", slug, "people"] as const,
  list: (slug: string, filters: object) => ["branches", slug, "people", filters] as const,
  invitations: (slug: string) => ["branches", slug, "invitations"] as const,
};
