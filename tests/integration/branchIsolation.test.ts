// Issue 7, item 2: every route that takes an id, called with another branch's ids (IDOR), answers 404
// and changes nothing. Both ways: a Den Haag board member with Den Haag's slug and Utrecht's ids, and a
// Utrecht board member with Utrecht's slug and Den Haag's ids. Routes come from app.apiRoutes; the valid
// request (body, query) comes from the authorization matrix's row, with the ids swapped for foreign ones.
import { addDaysLocal } from "@afdelingsplanner/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { DEMO, login, useTestApp } from "../support/app.ts";
import { MATRIX, factories, prepareMatrix, routeKey, send, type Caller, type Factories, type Fixtures, type Meeting } from "../support/authorizationMatrix.ts";
import { aBranch, aSeries } from "../support/factories.ts";

const ctx = useTestApp();

/**
 * Path parameters that are not ids: the branch's slug (checked against the caller first), a meeting's
 * date (only meaningful with its series) and the secret tokens of the public routes, which are
 * credentials rather than ids and belong to no branch's URL.
 */
const NOT_IDS = new Set(["slug", "date", "token"]);
const idParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((match) => match[1] ?? "").filter((name) => !NOT_IDS.has(name));

/** Branch routes with an id in their path. */
const withIds = <T extends { method: string; url: string }>(routes: readonly T[]) => routes.filter((route) => route.url.includes(":slug") && idParams(route.url).length > 0);

/**
 * The cases, one per route: taken from the matrix, which must list exactly app.apiRoutes (checked in
 * authorizationMatrix.test.ts; test names are fixed before the app exists). The first test below checks
 * that every id-taking route of app.apiRoutes is among them.
 */
const idRoutes = () => [...new Map(withIds(MATRIX).map((row) => [routeKey(row), { method: row.method, url: row.url }])).values()];

/** One of each kind of thing a URL can name, in one branch. */
interface Resources {
  slug: string;
  meeting: Meeting;
  ids: {
    series: string;
    item: string;
    proposal: string;
    decision: string;
    action: string;
    actionOwner: string;
    person: string;
    goal: string;
    measurement: string;
    organisation: string;
    activity: string;
    rota: string;
    phase: string;
    focusTopic: string;
    guestRequest: string;
    seat: string;
    invitation: string;
    workingGroup: string;
    joinRequest: string;
    trainingTopic: string;
    trainingSession: string;
    lens: string;
    neighbourhood: string;
  };
}

async function makeResources(fresh: Factories, slug: string): Promise<Resources> {
  const meeting = await fresh.meeting();
  const goal = await fresh.goal("metric");
  const actionOwner = await fresh.person();
  const workingGroup = await fresh.workingGroup();
  return {
    slug,
    meeting,
    ids: {
      series: meeting.seriesId,
      item: await fresh.agendaItem(meeting, "open"),
      proposal: await fresh.agendaItem(meeting, "proposed"),
      decision: await fresh.decision(meeting),
      action: await fresh.action(meeting, actionOwner),
      actionOwner,
      person: await fresh.person(),
      goal,
      measurement: await fresh.measurement(goal),
      organisation: await fresh.organisation(),
      activity: await fresh.activity(),
      rota: await fresh.rota(),
      phase: await fresh.phase(),
      focusTopic: await fresh.focusTopic(),
      guestRequest: await fresh.guestRequest(),
      seat: (await fresh.seat("expired")).seatId,
      invitation: (await fresh.invitation()).id,
      workingGroup,
      joinRequest: await fresh.joinRequest(workingGroup),
      trainingTopic: await fresh.trainingTopic(),
      trainingSession: await fresh.trainingSession(),
      lens: await fresh.lens(),
      neighbourhood: await fresh.neighbourhood(),
    },
  };
}

/**
 * The id a URL's parameter names, in `from`. `:id` means what the path segment before it says; an
 * unknown parameter or segment fails the test, so a new kind of id needs a line here.
 */
function idFor(url: string, param: string, from: Resources): string {
  const { ids } = from;
  const byParam: Record<string, string> = {
    seriesId: ids.series,
    itemId: /\/(accept|decline)$/.test(url) ? ids.proposal : ids.item,
    decisionId: ids.decision,
    actionId: ids.action,
    personId: ids.person,
    measurementId: ids.measurement,
    requestId: url.includes("/join-requests/") ? ids.joinRequest : ids.guestRequest,
    seatId: ids.seat,
  };
  if (param !== "id") {
    const id = byParam[param];
    if (!id) throw new Error(`${url}: no foreign id known for :${param}; add it to idFor in branchIsolation.test.ts`);
    return id;
  }
  const segment = url.split("/:id")[0]?.split("/").pop() ?? "";
  const bySegment: Record<string, string> = {
    series: ids.series,
    goals: ids.goal,
    organisations: ids.organisation,
    activities: ids.activity,
    rotas: ids.rota,
    phases: ids.phase,
    "focus-topics": ids.focusTopic,
    people: ids.person,
    invitations: ids.invitation,
    "working-groups": ids.workingGroup,
    topics: ids.trainingTopic,
    sessions: ids.trainingSession,
    lenses: ids.lens,
    neighbourhoods: ids.neighbourhood,
  };
  const id = bySegment[segment];
  if (!id) throw new Error(`${url}: no foreign id known for :id after /${segment}; add it to idFor in branchIsolation.test.ts`);
  return id;
}

/** The meeting's date goes with its series: the foreign series gets the foreign meeting's date. */
function paramsFor(url: string, own: Resources, foreign: Resources, foreignParams: ReadonlySet<string>): Record<string, string> {
  const params: Record<string, string> = { slug: own.slug };
  for (const param of idParams(url)) params[param] = idFor(url, param, foreignParams.has(param) ? foreign : own);
  if (url.includes(":date")) params.date = foreignParams.has("seriesId") || (foreignParams.has("id") && url.includes("/series/:id")) ? foreign.meeting.date : own.meeting.date;
  return params;
}

let tables: string[] = [];

/**
 * A fingerprint of every table (row count and a hash over its rows): equal before and after means the
 * request changed nothing at all, an audit entry included. Refresh tokens are left out: logging in writes them.
 */
async function databaseFingerprint(): Promise<Record<string, string>> {
  if (tables.length === 0) {
    const found = await ctx.db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'RefreshToken')`;
    tables = found.map(({ name }) => name);
  }
  const sums = await ctx.db.$queryRawUnsafe<{ name: string; fingerprint: string }[]>(
    tables.map((name) => `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) AS fingerprint FROM "${name}" t`).join(" UNION ALL "),
  );
  return Object.fromEntries(sums.map((row) => [row.name, row.fingerprint]));
}

let fx: Fixtures;
let denHaag: Resources;
let utrecht: Resources;
let denHaagBoard: Caller;
let utrechtBoard: Caller;
let utrechtGroup: string;
let utrechtUser: string;

beforeAll(async () => {
  fx = await prepareMatrix(ctx.app, ctx.db);
  // Nadine is on the board and the secretary: no role check stops her before the id is looked up.
  denHaagBoard = { role: "secretary", email: DEMO.secretary, personId: fx.person.nadine, session: await login(ctx.app, DEMO.secretary) };

  const branch = await ctx.db.branch.findUniqueOrThrow({ where: { slug: "utrecht" }, select: { id: true } });
  const fatima = await ctx.db.person.findFirstOrThrow({ where: { branchId: branch.id, email: DEMO.utrechtMember } });
  // Fatima gets Utrecht's board and secretary roles here, so that the 404 she gets comes from the id and
  // not from a role check (a plain member would get 403 on board routes before any id is read).
  await ctx.db.branchRole.createMany({ data: (["board_member", "secretary"] as const).map((role) => ({ branchId: branch.id, personId: fatima.id, role })), skipDuplicates: true });
  const campagne = await ctx.db.workingGroup.findUniqueOrThrow({ where: { branchId_slug: { branchId: branch.id, slug: "campagne" } } });
  const today = fx.today;
  // Utrecht has no meetings in the demo data: a board series of its own, for guest requests.
  const board = await aSeries(ctx.db, { branch: await aBranch(ctx.db, { slug: "utrecht" }), data: { title: "Bestuur Utrecht" } });
  const utrechtFresh = factories(ctx.db, { branchId: branch.id, today, workingGroupId: campagne.id, doer: fatima.id, rotaMembers: [fatima.id], boardMeeting: { seriesId: board.id, date: addDaysLocal(today, 14) } });
  utrecht = await makeResources(utrechtFresh, "utrecht");
  // Rows in Utrecht that a filter without the branch in its query would return to Den Haag.
  utrechtGroup = campagne.id;
  utrechtUser = fatima.userId ?? "";
  await ctx.db.meetingAttendance.create({ data: { branchId: branch.id, seriesId: utrecht.meeting.seriesId, date: fromIsoDate(utrecht.meeting.date), personId: fatima.id, presence: "present" } });
  await ctx.db.activity.create({ data: { branchId: branch.id, workingGroupId: campagne.id, type: "network_conversation", date: fromIsoDate(today), personId: fatima.id, organisationId: utrecht.ids.organisation } });
  await ctx.db.auditEntry.create({ data: { branchId: branch.id, actorUserId: utrechtUser, actorName: fatima.name, entityType: "goal", entityId: utrecht.ids.goal, action: "created", summary: "Doel aangemaakt" } });
  denHaag = await makeResources(fx.fresh, "den-haag");
  utrechtBoard = { role: "otherBranch", email: DEMO.utrechtMember, personId: fatima.id, session: await login(ctx.app, DEMO.utrechtMember) };
});

/** The matrix row's valid request for a route, with its path parameters replaced. */
async function isolationRequest(method: string, url: string, caller: Caller, params: Record<string, string>) {
  const row = MATRIX.find((candidate) => routeKey(candidate) === `${method} ${url}`);
  if (!row) throw new Error(`${method} ${url} has no row in the authorization matrix`);
  const request = await row.request(fx, caller);
  return { row, request: { ...request, params, token: undefined } };
}

async function expectNotFoundAndNothingChanged(method: string, url: string, caller: Caller, params: Record<string, string>) {
  const { row, request } = await isolationRequest(method, url, caller, params);
  const before = await databaseFingerprint();
  try {
    const response = await send(ctx.app, row, request, caller);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(404);
    expect(response.body).not.toMatch(/BIJ1 (Den Haag|Utrecht)/);
    expect(await databaseFingerprint()).toEqual(before);
  } finally {
    await request.cleanup?.();
  }
}

describe("every route that takes an id", () => {
  it("has an isolation case here, and idFor knows each of its ids", () => {
    const covered = new Set(idRoutes().map(routeKey));
    const registered = withIds(ctx.app.apiRoutes).map(routeKey);
    expect(registered.length).toBeGreaterThanOrEqual(50);
    expect(registered.filter((key) => !covered.has(key)), "id-taking routes without an isolation case: add a row to the authorization matrix").toEqual([]);
    for (const route of idRoutes()) for (const param of idParams(route.url)) expect(() => idFor(route.url, param, denHaag)).not.toThrow();
  });

  it("would notice a change: the fingerprint moves when one row does", async () => {
    const before = await databaseFingerprint();
    await ctx.db.organisation.update({ where: { id: utrecht.ids.organisation }, data: { contactNotes: "gewijzigd" } });
    expect(await databaseFingerprint()).not.toEqual(before);
  });
});

const cases = () => idRoutes().map((route) => [routeKey(route), route.method, route.url] as const);

describe("a Den Haag board member, on Den Haag's slug with Utrecht's ids", () => {
  it.each(cases())("%s → 404, nothing changed", async (_key, method, url) => {
    await expectNotFoundAndNothingChanged(method, url, denHaagBoard, paramsFor(url, denHaag, utrecht, new Set(idParams(url))));
  });
});

describe("a Utrecht board member, on Utrecht's slug with Den Haag's ids", () => {
  it.each(cases())("%s → 404, nothing changed", async (_key, method, url) => {
    await expectNotFoundAndNothingChanged(method, url, utrechtBoard, paramsFor(url, utrecht, denHaag, new Set(idParams(url))));
  });
});

// A route with two ids (a meeting and an item in it) must check the inner one against the branch too,
// not only the outer: Den Haag's own meeting with Utrecht's item, person or measurement.
const innerCases = () =>
  idRoutes()
    .filter((route) => idParams(route.url).length > 1)
    .map((route) => [routeKey(route), idParams(route.url).at(-1) ?? "", route.method, route.url] as const);

describe("a Den Haag board member, on Den Haag's own meeting or goal with Utrecht's inner id", () => {
  it.each(innerCases())("%s (foreign :%s) → 404, nothing changed", async (_key, inner, method, url) => {
    await expectNotFoundAndNothingChanged(method, url, denHaagBoard, paramsFor(url, denHaag, utrecht, new Set([inner])));
  });
});

// Ids in a query string filter a list. Another branch's id finds nothing of that branch: a working group
// (named by id or slug) is unknown here (404); the other filters simply match nothing (200, empty).
describe("a Den Haag board member, filtering Den Haag's lists by Utrecht's ids", () => {
  type Filter = [label: string, url: string, status: number, query: () => Record<string, string>, items: (body: Record<string, unknown[]>) => unknown[]];
  const B = "/api/branches/:slug";
  const filters: Filter[] = [
    ["actions of a series", `${B}/actions`, 200, () => ({ seriesId: utrecht.ids.series, status: "all" }), (body) => body.actions ?? []],
    ["actions of a working group", `${B}/actions`, 200, () => ({ workingGroupId: utrechtGroup, status: "all" }), (body) => body.actions ?? []],
    ["actions of a person", `${B}/actions`, 200, () => ({ ownerId: utrecht.ids.actionOwner, status: "all" }), (body) => body.actions ?? []],
    ["attendance figures of a series", `${B}/attendance`, 200, () => ({ seriesId: utrecht.ids.series }), (body) => [...(body.perMember ?? []), ...(body.perSeries ?? [])]],
    ["activities with an organisation", `${B}/activities`, 200, () => ({ organisation: utrecht.ids.organisation }), (body) => body.activities ?? []],
    ["audit log of a person", `${B}/audit-log`, 200, () => ({ actor: utrechtUser }), (body) => body.entries ?? []],
    ["meetings of a working group", `${B}/occurrences`, 200, () => ({ workingGroup: utrechtGroup, from: fx.today, to: addDaysLocal(fx.today, 60) }), (body) => body.occurrences ?? []],
    ["activities of a working group", `${B}/activities`, 404, () => ({ workingGroup: utrechtGroup }), () => []],
    ["goals of a working group", `${B}/goals`, 404, () => ({ workingGroup: utrechtGroup }), () => []],
    ["rotas of a working group", `${B}/rotas`, 404, () => ({ workingGroup: utrechtGroup }), () => []],
  ];
  it.each(filters)("%s (GET %s) → %i", async (_label, url, status, query, items) => {
    const asked = query();
    const response = await send(ctx.app, { method: "GET", url }, { query: asked }, denHaagBoard);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    if (status === 200) expect(items(response.json())).toEqual([]);
    // Nothing of Utrecht's in the answer, apart from the id that was asked for (an error message may repeat it).
    const others = [...Object.values(utrecht.ids), utrechtGroup, utrechtUser].filter((id) => !Object.values(asked).includes(id));
    for (const id of others) expect(response.body).not.toContain(id);
  });
});
