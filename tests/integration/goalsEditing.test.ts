import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.ts";
import { DEMONSTRATIONS, DEN_HAAG, FOLLOWERS, PEOPLE, REPORTING_POINT, client, today } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

const newGoal = async (slug: string) => ({
  workingGroupId: await api.group(slug),
  title: "Twee themavonden",
  kind: "count",
  target: 2,
  activityType: "theme_evening",
  periodStart: "2026-09-01",
  periodEnd: "2027-06-30",
});

/** Makes Daan (convener, not on the board) a second chair of Politieke agenda: the plan's aim of independent groups. */
async function makeDaanChair() {
  const daan = await ctx.db.person.findFirstOrThrow({ where: { email: PEOPLE.daan } });
  await ctx.db.workingGroupMember.updateMany({ where: { personId: daan.id, workingGroup: { slug: "politieke-agenda" } }, data: { role: "chair" } });
}

describe("who may edit a working group's goals", () => {
  it("lets a chair who is not on the board edit their own group's goals, and not another group's (403)", async () => {
    await makeDaanChair();
    const own = await api.goal("Minstens 1x inspreken in de gemeenteraad");
    const edited = await api.call(PEOPLE.daan, "PATCH", `${DEN_HAAG}/goals/${own.id}`, { target: 2, version: own.version });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().goal).toMatchObject({ target: 2, version: own.version + 1 });

    const other = await api.goal(DEMONSTRATIONS);
    const refused = await api.call(PEOPLE.daan, "PATCH", `${DEN_HAAG}/goals/${other.id}`, { target: 3, version: other.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/chair \(trekker\) of Organizing or a board member/);
    expect((await api.call(PEOPLE.daan, "POST", `${DEN_HAAG}/goals`, await newGoal("organizing"))).statusCode).toBe(403);
    expect((await api.call(PEOPLE.daan, "DELETE", `${DEN_HAAG}/goals/${other.id}`)).statusCode).toBe(403);
    expect((await api.goal(DEMONSTRATIONS)).target).toBe(5);
  });

  it("refuses a plain member (403), even the group's action-list keeper", async () => {
    const goal = await api.goal(DEMONSTRATIONS);
    expect((await api.call(PEOPLE.sanne, "PATCH", `${DEN_HAAG}/goals/${goal.id}`, { title: "Zes demonstraties", version: goal.version })).statusCode).toBe(403);
    expect((await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/goals`, await newGoal("organizing"))).statusCode).toBe(403);
  });

  it("lets a board member edit every group's goals, even one they do not chair", async () => {
    const created = await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/goals`, await newGoal("communicatie"));
    expect(created.statusCode).toBe(201);
    const goal = created.json().goal;
    expect(goal).toMatchObject({ title: "Twee themavonden", kind: "count", current: 0, version: 1 });
    const patched = await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/goals/${goal.id}`, { title: "Drie themavonden", target: 3, version: 1 });
    expect(patched.statusCode).toBe(200);
    const organizingGoal = await api.goal(DEMONSTRATIONS);
    expect((await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/goals/${organizingGoal.id}`, { description: "Met de hele werkgroep", version: organizingGoal.version })).statusCode).toBe(200);
    expect((await api.call(PEOPLE.yuval, "DELETE", `${DEN_HAAG}/goals/${goal.id}`)).statusCode).toBe(204);
    expect((await api.call(PEOPLE.yuval, "GET", `${DEN_HAAG}/goals/${goal.id}`)).statusCode).toBe(404);
  });

  it("answers 409 to an edit based on a stale version, and keeps the first edit", async () => {
    const goal = await api.goal(DEMONSTRATIONS);
    expect((await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/goals/${goal.id}`, { target: 6, version: goal.version })).statusCode).toBe(200);
    const stale = await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/goals/${goal.id}`, { target: 4, version: goal.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/Reload/);
    expect((await api.goal(DEMONSTRATIONS)).target).toBe(6);
    await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/goals/${goal.id}`, { target: 5, version: goal.version + 1 });
  });
});

describe("bad goals get a 400 that says what to fix", () => {
  it.each([
    ["a count without an activity type", { activityType: undefined }, /activityType/],
    ["half a theme evening", { target: 1.5 }, /whole number/],
    ["an impossible period start", { periodStart: "2026-02-30" }, /periodStart/],
    ["a period that ends before it starts", { periodEnd: "2026-08-01" }, /after "periodEnd"/],
    ["a cadence without a unit", { kind: "cadence" }, /cadenceUnit/],
    ["an unknown kind", { kind: "wish" }, /kind/],
    ["an owner of another branch", { ownerId: "00000000-0000-4000-8000-000000000000" }, /not a member of this branch/],
    ["an empty title", { title: "   " }, /title/],
  ])("%s", async (_label, change, message) => {
    const response = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/goals`, { ...(await newGoal("organizing")), ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it("refuses a working group of another branch", async () => {
    const response = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/goals`, { ...(await newGoal("organizing")), workingGroupId: await api.group("campagne", "utrecht", PEOPLE.fatima) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("UNKNOWN_WORKING_GROUP");
  });

  it("represents each kind of the plan's goals", async () => {
    const base = { workingGroupId: await api.group("communicatie"), periodStart: "2026-09-01", periodEnd: "2027-06-30" };
    for (const goal of [
      { title: "Tien gesprekken", kind: "distinct", target: 10 },
      { title: "Drie posts per week", kind: "cadence", target: 3, activityType: "social_posts", cadenceUnit: "week" },
      { title: "Website vernieuwd", kind: "milestone" },
      { title: "500 abonnees", kind: "metric", target: 500 },
    ]) {
      const response = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/goals`, { ...base, ...goal });
      expect(response.statusCode, `${goal.title}: ${response.body}`).toBe(201);
      expect((await api.call(PEOPLE.latifa, "DELETE", `${DEN_HAAG}/goals/${response.json().goal.id}`)).statusCode).toBe(204);
    }
  });
});

describe("milestones and measurements", () => {
  it("lets the chair mark the reporting point done and undo it", async () => {
    const goal = await api.goal(REPORTING_POINT);
    const done = await api.call(PEOPLE.nadine, "PUT", `${DEN_HAAG}/goals/${goal.id}/milestone`, { done: true, version: goal.version });
    expect(done.statusCode).toBe(200);
    expect(done.json().goal).toMatchObject({ completedOn: today(), current: 1, status: "done", progress: 1 });
    const undone = await api.call(PEOPLE.nadine, "PUT", `${DEN_HAAG}/goals/${goal.id}/milestone`, { done: false, version: goal.version + 1 });
    expect(undone.json().goal).toMatchObject({ completedOn: null, current: 0 });
  });

  it.each([
    ["a member who is not chair", PEOPLE.sanne, { done: true }, 403],
    ["a date in the future", PEOPLE.nadine, { done: true, date: "2099-01-01" }, 400],
    ["an impossible date", PEOPLE.nadine, { done: true, date: "2027-02-29" }, 400],
    ["a stale version", PEOPLE.nadine, { done: true, version: 1 }, 409],
  ])("refuses %s", async (_label, email, body, status) => {
    const goal = await api.goal(REPORTING_POINT);
    const response = await api.call(email, "PUT", `${DEN_HAAG}/goals/${goal.id}/milestone`, { version: goal.version, ...body });
    expect(response.statusCode).toBe(status);
  });

  it("refuses to mark a goal that counts activity", async () => {
    const goal = await api.goal(DEMONSTRATIONS);
    const response = await api.call(PEOPLE.tim, "PUT", `${DEN_HAAG}/goals/${goal.id}/milestone`, { done: true, version: goal.version });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("NOT_A_MILESTONE");
  });

  it("lets a member of Communicatie record the followers, replacing a same-day value, and delete it again", async () => {
    const goal = await api.goal(FOLLOWERS);
    const first = await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/goals/${goal.id}/measurements`, { date: today(), value: 2050 });
    expect(first.statusCode).toBe(201);
    const second = await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/goals/${goal.id}/measurements`, { date: today(), value: 2060, note: "Na de nieuwsbrief" });
    const metric = second.json().goal;
    expect(metric).toMatchObject({ current: 2060, metric: { measuredOn: today() } });
    expect(metric.metric.measurements).toHaveLength(5);
    const measurementId = metric.metric.measurements.at(-1).id;
    expect((await api.call(PEOPLE.sanne, "DELETE", `${DEN_HAAG}/goals/${goal.id}/measurements/${measurementId}`)).statusCode).toBe(403);
    expect((await api.call(PEOPLE.priya, "DELETE", `${DEN_HAAG}/goals/${goal.id}/measurements/${measurementId}`)).statusCode).toBe(204);
    expect((await api.goal(FOLLOWERS)).current).toBe(2035);
  });

  it.each([
    ["someone outside the group", PEOPLE.sanne, FOLLOWERS, { value: 1 }, 403],
    ["a goal that is no metric", PEOPLE.tim, DEMONSTRATIONS, { value: 1 }, 400],
    ["a future date", PEOPLE.priya, FOLLOWERS, { value: 1, date: "2099-01-01" }, 400],
    ["a value that is text", PEOPLE.priya, FOLLOWERS, { value: "veel" }, 400],
  ])("refuses a measurement from %s", async (_label, email, title, body, status) => {
    const goal = await api.goal(title);
    const response = await api.call(email, "POST", `${DEN_HAAG}/goals/${goal.id}/measurements`, { date: today(), ...body });
    expect(response.statusCode).toBe(status);
  });
});

describe("another branch", () => {
  it("cannot read or write den-haag goals through the den-haag URL, nor den-haag members utrecht's goals", async () => {
    const campagne = await api.group("campagne", "utrecht", PEOPLE.fatima);
    const created = await api.call(PEOPLE.fatima, "POST", "/api/branches/utrecht/goals", {
      workingGroupId: campagne,
      title: "Tien gesprekken in Utrecht",
      kind: "distinct",
      target: 10,
      periodStart: "2026-09-01",
      periodEnd: "2027-06-30",
    });
    expect(created.statusCode).toBe(201);
    const utrechtGoal = created.json().goal;
    // The id exists, but not in den-haag: the board of den-haag gets 404, like for any id it cannot see.
    expect((await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/goals/${utrechtGoal.id}`, { target: 1, version: 1 })).statusCode).toBe(404);
    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/goals/${utrechtGoal.id}`)).statusCode).toBe(404);
    expect((await api.call(PEOPLE.tim, "GET", "/api/branches/utrecht/goals")).statusCode).toBe(404);
    expect((await api.goals()).map((goal) => goal.id)).not.toContain(utrechtGoal.id);
  });

  it("gets 404 on every route of goals, activities, network, rotas and the plan", async () => {
    const routes = ctx.app.apiRoutes.filter((route) => /^\/api\/branches\/:slug\/(goals|activities|organisations|rotas|plan|working-groups\/overview)/.test(route.url));
    expect(routes.length).toBeGreaterThanOrEqual(25);
    for (const route of routes) {
      const url = route.url.replace(":slug", "den-haag").replace(/:(\w+)/g, "00000000-0000-4000-8000-000000000000");
      const response = await api.call(PEOPLE.fatima, route.method as "GET", url, route.method === "GET" || route.method === "DELETE" ? undefined : {});
      expect(response.statusCode, `${route.method} ${url}`).toBe(404);
      expect(response.body).not.toContain("Den Haag");
    }
  });
});
