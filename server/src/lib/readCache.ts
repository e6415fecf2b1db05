/**
 * A short-lived cache for what the read endpoints compute from a branch's data (issue 7, benchmark: on
 * five years of data goals, the working-group overview and the personal calendar feed cost 10–30 ms of
 * CPU each, and Prisma 6 compiles every query in Wasm on the main thread; plan caching only came with
 * Prisma 7.4, prisma/orm#29038).
 *
 * Never stale after a write, also with several app instances on one database: every write request moves
 * the generation of its scope in the database after it has written and before it answers (the plugin's
 * onSend hook), and a read request reads its scope's generation once, before it reads any data, and only
 * uses entries computed under that same value. So a read that starts after a write has answered always
 * misses what was computed before that write. A cached read costs that one small query instead of its
 * usual ones.
 *
 * Scopes (issue 17): a read of one branch (a route with a `:slug`) depends only on that branch's writes and
 * on writes outside any branch, so a write in another branch leaves its entries warm. A read that spans
 * branches uses a list of branches (an account: accountScopeOf) or the scope `null`, which every write moves
 * (the personal calendar feed, a platform admin's account). Entries also expire after `ttlMs`, which bounds how long a change made
 * outside the API (a restore script) can go unseen. Keys always name the branch, user or feed token whose
 * data they hold, so an entry is never served across branches; access checks run before any cached read.
 */
export interface GenerationSource {
  /** The generation of branches (slugs, comma-separated) and of writes outside any branch, or with `null` the one every write moves. */
  current(scope: string | null): Promise<string>;
}

/**
 * The scope of an account's own data: the branches it belongs to (comma-separated slugs), whose writes and
 * those outside any branch are the only ones that change it (roles, departures; invitations are accepted
 * outside any branch). A platform admin's account lists every branch, so any write moves it (`null`).
 */
export function accountScopeOf(user: { isPlatformAdmin: boolean; branches: { slug: string }[] }): string | null {
  return user.isPlatformAdmin ? null : user.branches.map((branch) => branch.slug).sort().join(",");
}

/** The scope of a request: its branch's slug, if the route has one. */
export function scopeOf(request: object): string | null {
  const params = (request as { params?: unknown }).params;
  const slug = typeof params === "object" && params !== null ? (params as { slug?: unknown }).slug : undefined;
  return typeof slug === "string" ? slug : null;
}

/** What the cached reads of one request found: every one a hit, or at least one computed afresh. */
export type ReadCacheOutcome = "hit" | "miss";

export class ReadCache {
  /** Counted over the process's life; the benchmark reads them through the x-read-cache header. */
  hits = 0;
  misses = 0;
  private readonly outcomes = new WeakMap<object, ReadCacheOutcome>();
  /** For readSelfScoped: the scope each key's last load reported. */
  private readonly reportedScopes = new Map<string, string | null>();
  private readonly entries = new Map<string, { generation: string; storedAt: number; value: Promise<unknown> }>();
  /** Each request reads each scope's generation once (lazily, at its first cached read in that scope). */
  private readonly generations = new WeakMap<object, Map<string | null, Promise<string>>>();

  constructor(
    private readonly ttlMs: number,
    private readonly source: GenerationSource,
    private readonly maxEntries = 500,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /**
   * The value under `key` for this request, or what `load` gives (shared by concurrent requests of the same
   * generation). Requests that write (any method but GET/HEAD) always load afresh and store nothing.
   * `scope` is the request's branch by default (scopeOf); `null` for data that spans branches.
   */
  async read<T>(request: { method: string }, key: string, load: () => Promise<T>, scope: string | null = scopeOf(request)): Promise<T> {
    if (!this.enabled || (request.method !== "GET" && request.method !== "HEAD")) return load();
    let pending = this.perScope(request).get(scope);
    if (!pending) this.perScope(request).set(scope, (pending = this.source.current(scope)));
    const generation = `${scope ?? "*"}@${await pending}`;
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && now - hit.storedAt < this.ttlMs) {
      this.hits += 1;
      if (!this.outcomes.has(request)) this.outcomes.set(request, "hit");
      return hit.value as Promise<T>;
    }
    this.misses += 1;
    this.outcomes.set(request, "miss");
    const value = load();
    this.entries.delete(key); // re-inserted last: the Map's order is the eviction order
    this.entries.set(key, { generation, storedAt: now, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    // A failed load is not remembered: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /**
   * Like `read`, for data whose scope is only known once it is loaded: an account or a personal feed depends on
   * the branches it belongs to (accountScopeOf). The first read of a key uses the scope every write moves
   * (`null`); each load reports its scope, and later reads use that one, so writes in other branches leave the
   * entry warm. The generation is still read before the load, so a write during it is never missed.
   */
  async readSelfScoped<T>(request: { method: string }, key: string, load: () => Promise<{ value: T; scope: string | null }>): Promise<T> {
    const scope = this.scopeReportedFor(key);
    const loaded = await this.read(request, key, load, scope);
    if (loaded.scope !== scope) {
      if (this.reportedScopes.size >= this.maxEntries * 20) this.reportedScopes.clear();
      this.reportedScopes.set(key, loaded.scope);
    }
    return loaded.value;
  }

  /** The scope the last load of `key` reported (readSelfScoped), `null` when none did. */
  scopeReportedFor(key: string): string | null {
    return this.reportedScopes.get(key) ?? null;
  }

  /**
   * Hands the request a generation its caller already read, so its first cached read in that scope needs no
   * query of its own: the auth hook reads the generations in the same statement as the token's revocation
   * (issue 17: three small queries per branch request had made a cached read cost 4× /api/health).
   */
  prime(request: object, scope: string | null, generation: string): void {
    if (this.enabled) this.perScope(request).set(scope, Promise.resolve(generation));
  }

  /** "hit" when every cached read of this request was served from the cache, "miss" when one was not. */
  outcomeOf(request: object): ReadCacheOutcome | undefined {
    return this.outcomes.get(request);
  }

  private perScope(request: object): Map<string | null, Promise<string>> {
    let perScope = this.generations.get(request);
    if (!perScope) this.generations.set(request, (perScope = new Map()));
    return perScope;
  }

  /** Entries of older generations can never be used again; dropping them early only frees memory. */
  clear(): void {
    this.entries.clear();
  }

  /** How many entries are held (the benchmark prints it). */
  get size(): number {
    return this.entries.size;
  }
}
