/**
 * A working group's slug (its name in URLs) from its name: lower case, accents dropped, every run of
 * other characters one dash. "Wonen & Zorg" becomes "wonen-zorg". Empty when the name has no letters
 * or digits at all, which the caller refuses.
 */
export function workingGroupSlug(name: string, maxLength = 64): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
}

/** The first of slug, slug-2, slug-3, … that `taken` does not hold, so two groups may share a name's slug root. */
export function firstFreeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${slug}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
