import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { seedDemoData } from "../../server/src/demo/seed.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { buildTestApp, DEMO, bearer, login, type Session } from "../support/app.ts";
import { ReadCache } from "../../server/src/lib/readCache.ts";
import { TEST_NOW } from "../support/clock.ts";
import { aBranch, aMember } from "../support/factories.ts";

/*
 * The read cache (server/src/lib/readCache.ts) with two app instances on one database, as behind a load
 * balancer: a write answered by one instance must show in the next read on the other, entries never cross
 * branches, and a change made around the API shows once an entry expires.
 */
const TTL_SECONDS = 1;
let database: TestDatabase;
let first: FastifyInstance;
let second: FastifyInstance;
let treasurer: Session;
let member: Session;
let utrecht: Session;

async function instance(): Promise<FastifyInstance> {
  const app = await buildTestApp(database.db, { readCacheSeconds: TTL_SECONDS });
  await app.ready();
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, TEST_NOW);
  first = await instance();
  second = await instance();
  treasurer = await login(first, DEMO.treasurer);
  member = await login(first, DEMO.member);
  utrecht = await login(first, DEMO.utrechtMember);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await database?.drop();
});

const get = async (app: FastifyInstance, url: string, session: Session) => {
  const response = await app.inject({ method: "GET", url, headers: bearer(session) });
  return { status: response.statusCode, body: response.statusCode === 200 ? response.json() : response.body };
};
const januaryBoard = "/api/branches/den-haag/occurrences?from=2027-01-04&to=2027-01-10&kind=board";

describe("read cache", () => {
  it("serves a cached read until the data changes outside the API, and the change once the entry expires", async () => {
    const before = await get(second, januaryBoard, member);
    expect(before.body.occurrences[0]).toMatchObject({ date: "2027-01-05", location: "Buurthuis De Mussen, Hoefkade 602" });
    // Around the API (like a restore script): nothing tells the cache, so the entry is still served ...
    await database.db.meetingSeries.updateMany({ where: { kind: "board" }, data: { location: "Elders" } });
    expect((await get(second, januaryBoard, member)).body.occurrences[0].location).toBe("Buurthuis De Mussen, Hoefkade 602");
    // ... until it expires.
    await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 100));
    expect((await get(second, januaryBoard, member)).body.occurrences[0].location).toBe("Elders");
  });

  it("shows a write answered by one instance in the next read on the other", async () => {
    expect((await get(second, januaryBoard, member)).body.occurrences[0].status).toBe("scheduled");
    const seen = (await get(first, januaryBoard, member)).body.occurrences[0];
    const boardId = seen.seriesId as string;
    const cancel = await first.inject({
      method: "PUT",
      url: `/api/branches/den-haag/series/${boardId}/occurrences/2027-01-05`,
      headers: bearer(treasurer),
      payload: { status: "cancelled", reason: "Nieuwjaarsborrel", expectedVersion: seen.exceptionVersion },
    });
    expect(cancel.statusCode).toBe(200);
    expect((await get(second, januaryBoard, member)).body.occurrences[0]).toMatchObject({ status: "cancelled", reason: "Nieuwjaarsborrel" });
    expect((await get(first, januaryBoard, member)).body.occurrences[0]).toMatchObject({ status: "cancelled" });
  });

  it("shows a new goal in the goals and the working-group overview cached on the other instance", async () => {
    const goals = (await get(second, "/api/branches/den-haag/goals", member)).body.goals as { title: string; workingGroupId: string }[];
    const overview = (await get(second, "/api/branches/den-haag/working-groups/overview", member)).body.workingGroups as { id: string; goalCounts: Record<string, number> }[];
    const group = overview[0];
    if (!group) throw new Error("no working groups in the demo");
    const created = await first.inject({
      method: "POST",
      url: "/api/branches/den-haag/goals",
      headers: bearer(treasurer),
      payload: { workingGroupId: group.id, title: "Cachetest", kind: "milestone", periodStart: "2026-09-01", periodEnd: "2027-06-30" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = (await get(second, "/api/branches/den-haag/goals", member)).body.goals as { title: string }[];
    expect(after).toHaveLength(goals.length + 1);
    expect(after.map((goal) => goal.title)).toContain("Cachetest");
    const overviewAfter = (await get(second, "/api/branches/den-haag/working-groups/overview", member)).body.workingGroups as typeof overview;
    const counts = (g: typeof group | undefined) => Object.values(g?.goalCounts ?? {}).reduce((sum, n) => sum + n, 0);
    expect(counts(overviewAfter.find((g) => g.id === group.id))).toBe(counts(group) + 1);
  });

  it("never serves one branch's cached data to another branch's member", async () => {
    expect((await get(second, "/api/branches/den-haag/goals", member)).status).toBe(200);
    expect((await get(second, "/api/branches/den-haag/roster", member)).status).toBe(200);
    // Den Haag's entries are warm; Utrecht's member still gets the 404 of a branch that is not theirs ...
    expect((await get(second, "/api/branches/den-haag/goals", utrecht)).status).toBe(404);
    expect((await get(second, "/api/branches/den-haag/roster", utrecht)).status).toBe(404);
    expect((await get(second, januaryBoard, utrecht)).status).toBe(404);
    // ... and their own branch's (empty) data, not Den Haag's.
    expect((await get(second, "/api/branches/utrecht/goals", utrecht)).body.goals).toEqual([]);
    expect((await get(second, "/api/branches/utrecht/roster", utrecht)).body.entries).toEqual([]);
  });

  it("ends the old feed at once on every instance when a new feed token is made", async () => {
    const url = (await first.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) })).json<{ url: string }>().url;
    const feedPath = new URL(url).pathname;
    expect((await second.inject({ method: "GET", url: feedPath })).statusCode).toBe(200);
    expect((await second.inject({ method: "GET", url: feedPath })).statusCode).toBe(200);
    const renewed = await first.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(member) });
    expect(renewed.statusCode).toBe(200);
    expect((await second.inject({ method: "GET", url: feedPath })).statusCode).toBe(404);
    expect((await second.inject({ method: "GET", url: new URL(renewed.json<{ url: string }>().url).pathname })).statusCode).toBe(200);
  });
});

describe("read cache per branch (issue 17)", () => {
  it("keeps branch B's entries warm on both instances after a write in branch A, and makes them cold after B's own write", async () => {
    // A longer life than the file's 1 s, so only a write can make the entry cold during this test.
    const [a, b] = [await buildTestApp(database.db, { readCacheSeconds: 120 }), await buildTestApp(database.db, { readCacheSeconds: 120 })];
    try {
      await Promise.all([a.ready(), b.ready()]);
      const utrechtSecretary = await aMember(database.db, { branch: await aBranch(database.db, { slug: "utrecht" }), roles: ["secretary"] });
      const utrechtSession = await login(a, utrechtSecretary.email, utrechtSecretary.password);
      const locationOn = async (app: FastifyInstance) => (await get(app, januaryBoard, member)).body.occurrences[0].location as string;
      const cached = await locationOn(b);
      await locationOn(a);
      // Around the API: nothing tells either cache.
      await database.db.meetingSeries.updateMany({ where: { kind: "board", branch: { slug: "den-haag" } }, data: { location: "Verhuisd zonder bericht" } });
      // A write in Utrecht, answered by a ...
      const created = await a.inject({ method: "POST", url: "/api/branches/utrecht/people", headers: bearer(utrechtSession), payload: { name: "Nieuw in Utrecht" } });
      expect(created.statusCode, created.body).toBe(201);
      // ... leaves Den Haag's entries warm on both instances: they still show what they computed before.
      expect(await locationOn(b)).toBe(cached);
      expect(await locationOn(a)).toBe(cached);
      // A write in Den Haag, answered by b, makes them cold on a too.
      const secretary = await login(b, DEMO.secretary);
      const person = await b.inject({ method: "POST", url: "/api/branches/den-haag/people", headers: bearer(secretary), payload: { name: "Nieuw in Den Haag" } });
      expect(person.statusCode, person.body).toBe(201);
      expect(await locationOn(a)).toBe("Verhuisd zonder bericht");
      expect(await locationOn(b)).toBe("Verhuisd zonder bericht");
    } finally {
      await Promise.allSettled([a.close(), b.close()]);
    }
  });
});

describe("a warm branch read (issue 17)", () => {
  it("costs one SQL statement, says hit, and says miss after a write in its own branch", async () => {
    let statements = 0;
    // Counts every statement the app sends, raw ones included, without changing what they do.
    const counted = database.db.$extends({
      query: {
        async $allOperations({ args, query }) {
          statements += 1;
          return query(args);
        },
      },
    }) as unknown as typeof database.db;
    const app = await buildTestApp(counted, { readCacheSeconds: 120, readCacheHeader: true });
    try {
      await app.ready();
      const session = await login(app, DEMO.member);
      const read = () => app.inject({ method: "GET", url: januaryBoard, headers: bearer(session) });
      // The first read learns the account's branches (its cache scope), the second computes it under them.
      expect((await read()).headers["x-read-cache"]).toBe("miss");
      expect((await read()).headers["x-read-cache"]).toBe("miss");
      statements = 0;
      const warm = await read();
      expect(warm.statusCode).toBe(200);
      expect(warm.headers["x-read-cache"]).toBe("hit");
      // The token's revocation and both generations (the account's and Den Haag's) in one statement.
      expect(statements).toBe(1);
      // A write in a branch the member is not in leaves both their account and Den Haag's entries warm.
      const utrechtSecretary = await aMember(database.db, { branch: await aBranch(database.db, { slug: "utrecht" }), roles: ["secretary"] });
      const utrechtSession = await login(app, utrechtSecretary.email, utrechtSecretary.password);
      const elsewhere = await app.inject({ method: "POST", url: "/api/branches/utrecht/people", headers: bearer(utrechtSession), payload: { name: "Nieuw in Utrecht" } });
      expect(elsewhere.statusCode, elsewhere.body).toBe(201);
      statements = 0;
      expect((await read()).headers["x-read-cache"]).toBe("hit");
      expect(statements).toBe(1);
      const secretary = await login(app, DEMO.secretary);
      const person = await app.inject({ method: "POST", url: "/api/branches/den-haag/people", headers: bearer(secretary), payload: { name: "Nog een lid" } });
      expect(person.statusCode, person.body).toBe(201);
      expect((await read()).headers["x-read-cache"]).toBe("miss");
      expect((await read()).headers["x-read-cache"]).toBe("hit");
    } finally {
      await app.close();
    }
  });

  it("keeps a member's personal feed warm after a write in another branch, and cold after one in their own", async () => {
    const app = await buildTestApp(database.db, { readCacheSeconds: 120, readCacheHeader: true });
    try {
      await app.ready();
      const session = await login(app, DEMO.member);
      const made = await app.inject({ method: "POST", url: "/api/me/calendar-feed", headers: bearer(session) });
      expect(made.statusCode, made.body).toBe(200);
      const feedPath = new URL((made.json() as { url: string }).url).pathname;
      const feed = () => app.inject({ method: "GET", url: feedPath });
      // The first load learns the member's branches; the second is computed under them; then it is warm.
      expect((await feed()).headers["x-read-cache"]).toBe("miss");
      expect((await feed()).headers["x-read-cache"]).toBe("miss");
      expect((await feed()).headers["x-read-cache"]).toBe("hit");
      const utrechtSecretary = await aMember(database.db, { branch: await aBranch(database.db, { slug: "utrecht" }), roles: ["secretary"] });
      const utrechtSession = await login(app, utrechtSecretary.email, utrechtSecretary.password);
      const elsewhere = await app.inject({ method: "POST", url: "/api/branches/utrecht/people", headers: bearer(utrechtSession), payload: { name: "Weer nieuw in Utrecht" } });
      expect(elsewhere.statusCode, elsewhere.body).toBe(201);
      const warm = await feed();
      expect(warm.statusCode).toBe(200);
      expect(warm.headers["x-read-cache"]).toBe("hit");
      const secretary = await login(app, DEMO.secretary);
      const own = await app.inject({ method: "POST", url: "/api/branches/den-haag/people", headers: bearer(secretary), payload: { name: "Weer nieuw in Den Haag" } });
      expect(own.statusCode, own.body).toBe(201);
      expect((await feed()).headers["x-read-cache"]).toBe("miss");
    } finally {
      await app.close();
    }
  });

  it("sends no x-read-cache header unless READ_CACHE_HEADER asks for it", async () => {
    const response = await first.inject({ method: "GET", url: januaryBoard, headers: bearer(member) });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-read-cache"]).toBeUndefined();
  });
});

describe("ReadCache on its own", () => {
  const get = { method: "GET" };
  const counting = () => {
    let calls = 0;
    return { load: async () => (calls += 1), calls: () => calls };
  };

  it("lets concurrent reads of one generation share one load, and misses once the generation moved", async () => {
    let generation = "1";
    const cache = new ReadCache(60_000, { current: async () => generation });
    const loader = counting();
    const [a, b] = await Promise.all([cache.read({ ...get }, "k", loader.load), cache.read({ ...get }, "k", loader.load)]);
    expect([a, b, loader.calls()]).toEqual([1, 1, 1]);
    generation = "2";
    expect(await cache.read({ ...get }, "k", loader.load)).toBe(2);
  });

  it("reads the generation once per request, before the first load", async () => {
    let reads = 0;
    const cache = new ReadCache(60_000, { current: async () => String((reads += 1)) });
    const request = { ...get };
    await cache.read(request, "a", async () => "a");
    await cache.read(request, "b", async () => "b");
    expect(reads).toBe(1);
  });

  it("uses a primed generation without asking for one, and tells hits from misses per request", async () => {
    let reads = 0;
    const cache = new ReadCache(60_000, { current: async () => String((reads += 1)) });
    const first = { ...get };
    cache.prime(first, "den-haag", "7");
    await cache.read(first, "a", async () => "a", "den-haag");
    expect([reads, cache.outcomeOf(first)]).toEqual([0, "miss"]);
    const second = { ...get };
    cache.prime(second, "den-haag", "7");
    await cache.read(second, "a", async () => "again", "den-haag");
    expect([reads, cache.outcomeOf(second), cache.hits, cache.misses]).toEqual([0, "hit", 1, 1]);
    expect(cache.outcomeOf({ ...get })).toBeUndefined();
  });

  it("reads data of a scope known only once loaded under the scope its last load reported", async () => {
    const asked: (string | null)[] = [];
    const cache = new ReadCache(60_000, { current: async (scope) => (asked.push(scope), "1") });
    const load = async () => ({ value: "feed", scope: "den-haag,utrecht" });
    expect(await cache.readSelfScoped({ ...get }, "feed:x", load)).toBe("feed");
    expect(cache.scopeReportedFor("feed:x")).toBe("den-haag,utrecht");
    await cache.readSelfScoped({ ...get }, "feed:x", load);
    await cache.readSelfScoped({ ...get }, "feed:x", load);
    expect(asked).toEqual([null, "den-haag,utrecht", "den-haag,utrecht"]);
    expect([cache.misses, cache.hits]).toEqual([2, 1]);
  });

  it("always loads afresh for a write request and when turned off, and forgets a failed load", async () => {
    const cache = new ReadCache(60_000, { current: async () => "1" });
    const loader = counting();
    await cache.read({ method: "POST" }, "k", loader.load);
    await cache.read({ method: "POST" }, "k", loader.load);
    expect(loader.calls()).toBe(2);
    const off = new ReadCache(0, { current: async () => "1" });
    await off.read({ ...get }, "k", loader.load);
    await off.read({ ...get }, "k", loader.load);
    expect(loader.calls()).toBe(4);
    await expect(cache.read({ ...get }, "f", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.read({ ...get }, "f", async () => "back")).toBe("back");
  });
});
