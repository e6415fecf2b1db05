// The mixed profile (issue 17, part 4): what a day of real use looks like to the server, with the read cache
// on. 95 % reads across the main routes and 5 % writes (an RSVP, an agenda item, a logged activity), each
// request from a member of a branch picked at random, so writes in one branch meet reads in all the others.
// A small loop of its own rather than autocannon: every request is built afresh (branch, caller, meeting)
// and its route, status, latency and x-read-cache header are recorded one by one.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { addDaysLocal, calendarDays } from "@afdelingsplanner/shared";
import type { BenchAccount } from "./benchAccounts.ts";
import { random as seeded } from "./seedLarge.ts";

type Random = ReturnType<typeof seeded>;

interface Caller {
  slug: string;
  board: boolean;
  personId: string;
  headers: Record<string, string>;
  feedPath: string;
}

interface Meeting {
  seriesId: string;
  date: string;
}

interface Branch {
  slug: string;
  callers: Caller[];
  /** Non-cancelled meetings from two weeks back to six weeks ahead: what members open. */
  meetings: Meeting[];
  /** Those after today: RSVPs and new agenda items go there (a closed meeting takes no items). */
  upcoming: Meeting[];
  workingGroupIds: string[];
}

interface Request {
  method: "GET" | "POST" | "PUT";
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** One kind of request in the mix: its share (of 100) and how to build one for a caller of a branch. */
interface Route {
  name: string;
  share: number;
  write: boolean;
  build: (branch: Branch, random: Random, context: { today: string; n: number }) => Request | null;
}

const branchPath = (slug: string) => `/api/branches/${encodeURIComponent(slug)}`;
const meetingPath = (slug: string, meeting: Meeting) => `${branchPath(slug)}/meetings/${meeting.seriesId}/${meeting.date}`;
const anyCaller = (branch: Branch, random: Random) => random.pick(branch.callers);
const boardCaller = (branch: Branch) => branch.callers.find((caller) => caller.board) ?? null;
const get = (caller: Caller, path: string): Request => ({ method: "GET", path, headers: caller.headers });

/** Month windows: mostly this month, sometimes the next or the one before (cache keys name the window). */
function monthWindow(today: string, random: Random) {
  const roll = random.next();
  const offset = roll < 0.6 ? 0 : roll < 0.85 ? 1 : -1;
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(year, month + offset, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

export const MIXED_ROUTES: Route[] = [
  {
    name: "occurrences, a month",
    share: 20,
    write: false,
    build: (branch, random, { today }) => {
      const window = monthWindow(today, random);
      return get(anyCaller(branch, random), `${branchPath(branch.slug)}/occurrences?from=${window.from}&to=${window.to}`);
    },
  },
  { name: "agenda", share: 12, write: false, build: (branch, random) => (branch.meetings.length ? get(anyCaller(branch, random), `${meetingPath(branch.slug, random.pick(branch.meetings))}/agenda`) : null) },
  { name: "people list", share: 10, write: false, build: (branch, random) => get(anyCaller(branch, random), `${branchPath(branch.slug)}/people`) },
  { name: "action list", share: 10, write: false, build: (branch, random) => get(anyCaller(branch, random), `${branchPath(branch.slug)}/actions?status=open`) },
  { name: "working-group overview", share: 10, write: false, build: (branch, random) => get(anyCaller(branch, random), `${branchPath(branch.slug)}/working-groups/overview`) },
  { name: "roster", share: 8, write: false, build: (branch, random) => get(anyCaller(branch, random), `${branchPath(branch.slug)}/roster`) },
  { name: "goals", share: 8, write: false, build: (branch, random) => get(anyCaller(branch, random), `${branchPath(branch.slug)}/goals`) },
  { name: "personal ICS feed", share: 7, write: false, build: (branch, random) => ({ method: "GET", path: anyCaller(branch, random).feedPath, headers: {} }) },
  { name: "working-group list", share: 5, write: false, build: (branch, random) => get(anyCaller(branch, random), `${branchPath(branch.slug)}/working-groups`) },
  // The SPA asks who is logged in on every load.
  { name: "me", share: 5, write: false, build: (branch, random) => get(anyCaller(branch, random), "/api/me") },
  {
    // Any member answers for themselves (meetings/attendance.ts setAttendance).
    name: "write: RSVP",
    share: 2,
    write: true,
    build: (branch, random) => {
      if (!branch.upcoming.length) return null;
      const caller = anyCaller(branch, random);
      return { method: "PUT", path: `${meetingPath(branch.slug, random.pick(branch.upcoming))}/attendance/${caller.personId}`, headers: caller.headers, body: { rsvp: random.pick(["yes", "no", "maybe"]) } };
    },
  },
  {
    // A board member may add to every agenda of the branch (meetings/meeting.ts permissionsFor).
    name: "write: agenda item",
    share: 1.5,
    write: true,
    build: (branch, random, { n }) => {
      const caller = boardCaller(branch);
      if (!caller || !branch.upcoming.length) return null;
      return { method: "POST", path: `${meetingPath(branch.slug, random.pick(branch.upcoming))}/agenda`, headers: caller.headers, body: { title: `Benchpunt ${n}`, estimatedMinutes: 5 } };
    },
  },
  {
    // A board member may log for any working group (workingGroups/activities assertMayLog); yesterday is never in
    // the future, wherever the branch's today falls.
    name: "write: activity",
    share: 1.5,
    write: true,
    build: (branch, random, { today }) => {
      const caller = boardCaller(branch);
      if (!caller || !branch.workingGroupIds.length) return null;
      return { method: "POST", path: `${branchPath(branch.slug)}/activities`, headers: caller.headers, body: { type: "social_posts", date: addDaysLocal(today, -1), workingGroupId: random.pick(branch.workingGroupIds), count: 1 } };
    },
  },
];

interface Sent {
  status: number;
  cache: string | undefined;
  ms: number;
  body: string;
}

/** One request over a keep-alive socket; the time runs until the last byte of the answer. */
function send(agent: http.Agent, base: URL, request: Request, keepBody = false): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
    const start = performance.now();
    const outgoing = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => keepBody && chunks.push(chunk));
        response.on("end", () => {
          const header = response.headers["x-read-cache"];
          resolve({ status: response.statusCode ?? 0, cache: typeof header === "string" ? header : undefined, ms: performance.now() - start, body: Buffer.concat(chunks).toString("utf8") });
        });
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

async function json<T>(agent: http.Agent, base: URL, request: Request): Promise<T> {
  const answer = await send(agent, base, request, true);
  if (answer.status < 200 || answer.status >= 300) throw new Error(`${request.method} ${request.path}: ${answer.status} ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body) as T;
}

/** Logs every account in (four at a time: Argon2 is slow on purpose), makes its feed link, and finds each branch's meetings and groups. */
async function prepare(agent: http.Agent, base: URL, accounts: BenchAccount[], password: string, today: string): Promise<Branch[]> {
  const callers: Caller[] = [];
  const queue = [...accounts];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let account = queue.shift(); account; account = queue.shift()) {
        const session = await json<{ accessToken: string; user: { branches: { slug: string; personId: string | null }[] } }>(agent, base, {
          method: "POST",
          path: "/api/auth/login",
          headers: {},
          body: { email: account.email, password },
        });
        const personId = session.user.branches.find((branch) => branch.slug === account.slug)?.personId;
        if (!personId) throw new Error(`${account.email} is no member of ${account.slug}`);
        const headers = { authorization: `Bearer ${session.accessToken}` };
        const feed = await json<{ url: string }>(agent, base, { method: "POST", path: "/api/me/calendar-feed", headers });
        callers.push({ slug: account.slug, board: account.board, personId, headers, feedPath: new URL(feed.url).pathname });
      }
    }),
  );
  const slugs = [...new Set(accounts.map((account) => account.slug))];
  return Promise.all(
    slugs.map(async (slug) => {
      const own = callers.filter((caller) => caller.slug === slug).sort((a, b) => Number(b.board) - Number(a.board));
      const first = own[0];
      if (!first) throw new Error(`no caller for ${slug}`);
      const { occurrences } = await json<{ occurrences: { seriesId: string; date: string; status: string }[] }>(
        agent,
        base,
        get(first, `${branchPath(slug)}/occurrences?from=${addDaysLocal(today, -14)}&to=${addDaysLocal(today, 42)}`),
      );
      const meetings = occurrences.filter((occurrence) => occurrence.status !== "cancelled").map(({ seriesId, date }) => ({ seriesId, date }));
      const { workingGroups } = await json<{ workingGroups: { id: string }[] }>(agent, base, get(first, `${branchPath(slug)}/working-groups`));
      return { slug, callers: own, meetings, upcoming: meetings.filter((meeting) => meeting.date > today), workingGroupIds: workingGroups.map((group) => group.id) };
    }),
  );
}

export interface MixedRouteResult {
  name: string;
  write: boolean;
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  hits: number;
  misses: number;
}

export interface MixedResult {
  seconds: number;
  branches: number;
  callers: number;
  requests: number;
  requestsPerSecond: number;
  routes: MixedRouteResult[];
  /** Whether the server sent x-read-cache at all (READ_CACHE_HEADER=1 and a server that knows it). */
  headerSeen: boolean;
  firstErrors: string[];
}

/**
 * `connections` workers send requests back to back for `seconds`, after `warmupSeconds` of the same mix
 * that are not counted. Every request picks a branch, then a route by its share, then a caller of that branch.
 */
export async function runMixed(options: { base: string; accounts: BenchAccount[]; password: string; seconds: number; warmupSeconds: number; connections: number; seed?: number }): Promise<MixedResult> {
  const base = new URL(options.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const today = calendarDays.todayIn("Europe/Amsterdam", new Date());
  try {
    const branches = await prepare(agent, base, options.accounts, options.password, today);
    const random = seeded(options.seed ?? 17);
    const totalShare = MIXED_ROUTES.reduce((sum, route) => sum + route.share, 0);
    const pickRoute = () => {
      let roll = random.next() * totalShare;
      for (const route of MIXED_ROUTES) if ((roll -= route.share) < 0) return route;
      return MIXED_ROUTES[0] as Route;
    };
    const stats = new Map(MIXED_ROUTES.map((route) => [route.name, { latencies: [] as number[], errors: 0, hits: 0, misses: 0 }]));
    const firstErrors: string[] = [];
    let n = 0;
    let counting = false;
    const worker = async (deadline: number) => {
      while (performance.now() < deadline) {
        const branch = random.pick(branches);
        const route = pickRoute();
        const request = route.build(branch, random, { today, n: (n += 1) });
        if (!request) continue;
        const stat = stats.get(route.name);
        if (!stat) continue;
        let answer: Sent;
        try {
          answer = await send(agent, base, request, true);
        } catch (error) {
          if (counting) stat.errors += 1;
          if (firstErrors.length < 5) firstErrors.push(`${route.name}: ${String(error)}`);
          continue;
        }
        if (!counting) continue;
        stat.latencies.push(answer.ms);
        if (answer.status < 200 || answer.status >= 300) {
          stat.errors += 1;
          if (firstErrors.length < 5) firstErrors.push(`${route.name} ${request.method} ${request.path}: ${answer.status} ${answer.body.slice(0, 200)}`);
        }
        if (answer.cache === "hit") stat.hits += 1;
        else if (answer.cache === "miss") stat.misses += 1;
      }
    };
    const run = async (seconds: number) => {
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(Array.from({ length: options.connections }, () => worker(deadline)));
    };
    await run(options.warmupSeconds);
    counting = true;
    const began = performance.now();
    await run(options.seconds);
    const elapsed = (performance.now() - began) / 1000;
    const routes = MIXED_ROUTES.map((route) => {
      const stat = stats.get(route.name) ?? { latencies: [], errors: 0, hits: 0, misses: 0 };
      const sorted = [...stat.latencies].sort((a, b) => a - b);
      const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
      return { name: route.name, write: route.write, count: sorted.length, errors: stat.errors, p50: percentile(50), p95: percentile(95), p99: percentile(99), hits: stat.hits, misses: stat.misses };
    });
    const requests = routes.reduce((sum, route) => sum + route.count, 0);
    return {
      seconds: elapsed,
      branches: branches.length,
      callers: branches.reduce((sum, branch) => sum + branch.callers.length, 0),
      requests,
      requestsPerSecond: requests / elapsed,
      routes,
      headerSeen: routes.some((route) => route.hits + route.misses > 0),
      firstErrors,
    };
  } finally {
    agent.destroy();
  }
}
