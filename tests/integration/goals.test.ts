import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.ts";
import { DEMONSTRATIONS, DEN_HAAG, FOLLOWERS, NETWORK, PEOPLE, POSTS, REPORTING_POINT, client, currents, today } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

describe("the demo goals", () => {
  it("shows the plan's goals per working group, counted from the logged activity", async () => {
    const goals = await api.goals();
    expect(goals).toHaveLength(11); // with "4 gespreksavonden per jaar" (server/src/demo/training.ts)
    const byTitle = Object.fromEntries(goals.map((goal) => [goal.title, goal]));
    expect(byTitle[DEMONSTRATIONS]).toMatchObject({ kind: "count", current: 1, target: 5, activityType: "demonstration", periodStart: "2026-09-01", periodEnd: "2027-06-30", ownerName: "Sanne Mahabier", version: 1 });
    expect(byTitle["3 eigen acties georganiseerd"]).toMatchObject({ current: 1, target: 3 });
    expect(byTitle[NETWORK]).toMatchObject({ kind: "distinct", current: 6, target: 10 });
    expect(byTitle["8 achtergrondartikelen"]).toMatchObject({ current: 1, target: 8 });
    expect(byTitle[REPORTING_POINT]).toMatchObject({ kind: "milestone", current: 0, target: 1, completedOn: null, periodEnd: "2027-03-31" });
    expect(byTitle["Minstens 1x inspreken in de gemeenteraad"]).toMatchObject({ current: 0, target: 1 });
    expect(byTitle[FOLLOWERS]).toMatchObject({ kind: "metric", current: 2035, metric: { baseline: 1840, measuredOn: "2026-11-20" } });
    expect(byTitle[FOLLOWERS]?.metric?.measurements).toHaveLength(4);
    expect(byTitle["Verkiezingscampagne: 6 eigen acties"]).toMatchObject({ current: 6, status: "done" });
    expect(byTitle[POSTS]?.cadence).toMatchObject({ unit: "week" });
    expect(byTitle[POSTS]?.cadence?.periods[0]).toMatchObject({ key: "2026-W36", start: "2026-09-01", count: 5, met: true });
  });

  it("filters by working group, by slug or by id, and answers 404 for a group the branch does not have", async () => {
    const organizing = await api.goals(PEOPLE.sanne, "?workingGroup=organizing");
    expect(organizing.map((goal) => goal.title)).toContain(DEMONSTRATIONS);
    expect(organizing).toHaveLength(5); // with "4 gespreksavonden per jaar" (server/src/demo/training.ts)
    const byId = await api.goals(PEOPLE.sanne, `?workingGroup=${await api.group("organizing")}`);
    expect(byId.map((goal) => goal.id)).toEqual(organizing.map((goal) => goal.id));
    expect((await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/goals?workingGroup=campagne`)).statusCode).toBe(404);
  });
});

describe("logging activity moves the right goals and only those", () => {
  it("a demonstration takes Organizing's demonstrations goal from 1 to 2 of 5, and nothing else; deleting it undoes that", async () => {
    const before = currents(await api.goals());
    const response = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, { type: "demonstration", date: today(), workingGroupId: await api.group("organizing"), note: "Mars tegen straatintimidatie" });
    expect(response.statusCode).toBe(201);
    const { activity, goals } = response.json();
    expect(activity).toMatchObject({ type: "demonstration", date: today(), personName: "Sanne Mahabier", count: 1, canDelete: true });
    expect(goals.find((goal: { title: string }) => goal.title === DEMONSTRATIONS)).toMatchObject({ current: 2, target: 5 });
    const after = currents(await api.goals());
    expect(after).toEqual({ ...before, [DEMONSTRATIONS]: 2 });

    expect((await api.call(PEOPLE.sanne, "DELETE", `${DEN_HAAG}/activities/${activity.id}`)).statusCode).toBe(204);
    expect(currents(await api.goals())).toEqual(before);
  });

  it("posts count by their number, for Communicatie's weekly goal only", async () => {
    const before = currents(await api.goals());
    const response = await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/activities`, { type: "social_posts", count: 3, date: today(), workingGroupId: await api.group("communicatie") });
    expect(response.statusCode).toBe(201);
    expect(currents(await api.goals())).toEqual({ ...before, [POSTS]: (before[POSTS] ?? 0) + 3 });
  });

  it("a conversation with a new organisation counts for the network goal; another with the same one does not", async () => {
    const organizing = await api.group("organizing");
    const before = currents(await api.goals());
    const added = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/organisations`, { name: "Voedselbank Haaglanden", type: "ngo" });
    expect(added.statusCode).toBe(201);
    const organisationId = added.json().organisation.id;
    const conversation = { type: "network_conversation", date: today(), workingGroupId: organizing, organisationId };
    expect((await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, conversation)).statusCode).toBe(201);
    expect(currents(await api.goals())).toEqual({ ...before, [NETWORK]: 7 });
    expect((await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/activities`, { ...conversation, note: "Vervolg" })).statusCode).toBe(201);
    expect(currents(await api.goals())).toEqual({ ...before, [NETWORK]: 7 });
  });

  it("a demonstration logged for another working group does not count for Organizing", async () => {
    const before = currents(await api.goals());
    const response = await api.call(PEOPLE.nadine, "POST", `${DEN_HAAG}/activities`, { type: "demonstration", date: today(), workingGroupId: await api.group("politieke-agenda") });
    expect(response.statusCode).toBe(201);
    expect(currents(await api.goals())).toEqual(before);
  });

  it("lists activity newest first, filtered by group, dates and type", async () => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/activities?workingGroup=organizing&from=2026-09-01&to=2026-10-31&type=network_conversation`);
    expect(response.statusCode).toBe(200);
    const { activities, truncated } = response.json();
    expect(truncated).toBe(false);
    expect(activities.map((activity: { date: string }) => activity.date)).toEqual(["2026-10-20", "2026-10-08", "2026-09-29", "2026-09-15"]);
    expect(activities[1]).toMatchObject({ organisationName: "Afrikaans VluchtelingenCollectief", personName: "Sanne Mahabier", canDelete: true });
    expect(activities[0]).toMatchObject({ personName: "Tim Kies", canDelete: false });
    const limited = (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/activities?limit=3`)).json();
    expect(limited).toMatchObject({ truncated: true });
    expect(limited.activities).toHaveLength(3);
  });
});

describe("who may log and delete activity", () => {
  it("lets a member log only for the groups they belong to", async () => {
    const response = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, { type: "article", date: today(), workingGroupId: await api.group("communicatie") });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/not a member of Communicatie/);
  });

  it("lets a board member log for any group", async () => {
    const response = await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/activities`, { type: "own_action", date: today(), workingGroupId: await api.group("organizing") });
    expect(response.statusCode).toBe(201);
    expect(response.json().activity.personName).toBe("Yuval Gal");
  });

  it("lets a chair log for a member, but not a member for someone else", async () => {
    const organizing = await api.group("organizing");
    const people = (await api.call(PEOPLE.tim, "GET", `${DEN_HAAG}/people`)).json().people as { id: string; email: string }[];
    const sanneId = people.find((person) => person.email === PEOPLE.sanne)?.id;
    const timId = people.find((person) => person.email === PEOPLE.tim)?.id;
    const byChair = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/activities`, { type: "other", date: today(), workingGroupId: organizing, personId: sanneId });
    expect(byChair.statusCode).toBe(201);
    expect(byChair.json().activity).toMatchObject({ personName: "Sanne Mahabier", createdById: timId });
    // Sanne did it, so she may undo it too.
    expect(byChair.json().activity.id).toBeTruthy();
    const forOther = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, { type: "other", date: today(), workingGroupId: organizing, personId: timId });
    expect(forOther.statusCode).toBe(403);
  });

  it("lets nobody but the doer, the group's chair or a board member delete an activity", async () => {
    const organizing = await api.group("organizing");
    const created = (await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/activities`, { type: "other", date: today(), workingGroupId: organizing })).json().activity;
    expect((await api.call(PEOPLE.sanne, "DELETE", `${DEN_HAAG}/activities/${created.id}`)).statusCode).toBe(403);
    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/activities/${created.id}`)).statusCode).toBe(204);
    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/activities/${created.id}`)).statusCode).toBe(404);
  });

  it("lets a platform admin read, but write routes do not exist for someone outside the branch", async () => {
    expect((await api.call(PEOPLE.admin, "GET", `${DEN_HAAG}/goals`)).statusCode).toBe(200);
    const response = await api.call(PEOPLE.admin, "POST", `${DEN_HAAG}/activities`, { type: "other", date: today(), workingGroupId: await api.group("organizing") });
    expect(response.statusCode).toBe(404);
  });
});

describe("bad activity input gets a 400 that says what to fix", () => {
  it.each([
    ["an impossible date", { date: "2026-02-30" }, /not a day in the calendar/],
    ["a date in the future", { date: "2099-01-01" }, /in the future/],
    ["a date that is not a date", { date: "gisteren" }, /date/],
    ["an unknown type", { type: "picnic" }, /type/],
    ["a count on a demonstration", { count: 2 }, /only applies to social_posts/],
    ["a count of 0 posts", { type: "social_posts", count: 0 }, /count/],
    ["a conversation without an organisation", { type: "network_conversation" }, /organisationId/],
    ["an organisation that does not exist", { type: "network_conversation", organisationId: "00000000-0000-4000-8000-000000000000" }, /network register/],
    ["a link that is not http(s)", { link: "javascript:alert(1)" }, /link/],
    ["an extra field", { progress: 5 }, /not an accepted field/],
  ])("%s", async (_label, change, message) => {
    const body = { type: "demonstration", date: today(), workingGroupId: await api.group("organizing"), ...change };
    const response = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it("refuses a working group or an organisation of another branch", async () => {
    const campagne = await api.group("campagne", "utrecht", PEOPLE.fatima);
    const otherGroup = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/activities`, { type: "demonstration", date: today(), workingGroupId: campagne });
    expect(otherGroup.statusCode).toBe(400);
    expect(otherGroup.json().error.code).toBe("UNKNOWN_WORKING_GROUP");

    const utrechtOrganisation = await api.call(PEOPLE.fatima, "POST", "/api/branches/utrecht/organisations", { name: "Volt Utrecht", type: "party" });
    expect(utrechtOrganisation.statusCode).toBe(201);
    const conversation = { type: "network_conversation", date: today(), workingGroupId: await api.group("organizing"), organisationId: utrechtOrganisation.json().organisation.id };
    const otherOrganisation = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, conversation);
    expect(otherOrganisation.statusCode).toBe(400);
    expect(otherOrganisation.json().error.code).toBe("UNKNOWN_ORGANISATION");
  });

  it.each([
    ["from", "from=2026-02-30"],
    ["after", "from=2026-12-01&to=2026-11-01"],
  ])("refuses a bad activity range (%s)", async (message, query) => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/activities?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });
});
