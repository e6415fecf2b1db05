// Issue 18, items 1 and 2 in the interface: renaming a topic and a lens of the branch's own, and an activity
// logged with a wijk (neighbourhood), which the Wijken view then shows as the last visit. Today is 2026-11-22.
import { describe, expect, it } from "vitest";
import type { LensView, NeighbourhoodView, TrainingResponse } from "@afdelingsplanner/shared/schemas";
import { useTestApp } from "../support/app.ts";
import { aBranch } from "../support/factories.ts";
import { DEN_HAAG, PEOPLE, client } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

const expectError = (response: { statusCode: number; json(): { error: { code: string } } }, status: number, code: string) => {
  expect({ status: response.statusCode, code: response.json().error?.code }).toEqual({ status, code });
};
const training = async (): Promise<TrainingResponse> => (await api.call(PEOPLE.yuval, "GET", `${DEN_HAAG}/training`)).json();
const ownLens = (lenses: LensView[], key: string): LensView => {
  const found = lenses.find((lens) => lens.key === key && !lens.builtIn);
  if (!found?.id || found.version === null) throw new Error(`No own lens ${key}`);
  return found;
};

describe("renaming", () => {
  it("renames a topic with the version it edited, and refuses a stale version or a name in use", async () => {
    const topic = (await training()).topics.find((each) => each.name === "Immigratie");
    if (!topic) throw new Error("No topic Immigratie");
    const url = `${DEN_HAAG}/training/topics/${topic.id}`;
    const renamed = await api.call(PEOPLE.yuval, "PATCH", url, { name: "Migratie en asiel", version: topic.version });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().topic).toMatchObject({ name: "Migratie en asiel", version: topic.version + 1, learningQuestions: topic.learningQuestions });
    expectError(await api.call(PEOPLE.yuval, "PATCH", url, { name: "Nog anders", version: topic.version }), 409, "STALE_VERSION");
    expectError(await api.call(PEOPLE.yuval, "PATCH", url, { name: "armoede", version: topic.version + 1 }), 409, "DUPLICATE_NAME");
    expectError(await api.call(PEOPLE.sanne, "PATCH", url, { name: "Anders", version: topic.version + 1 }), 403, "ROLE_REQUIRED");
  });

  it("renames a lens the branch added, and the sessions that covered it follow under the new name", async () => {
    const added = await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/training/lenses`, { name: "Leeftijd" });
    const lens = ownLens(added.json().lenses, "leeftijd");
    expect(lens.version).toBe(1);
    const data = await training();
    const topicId = data.topics[0]?.id;
    const organizing = await api.group("organizing");
    const created = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/training/sessions`, { topicId, form: "background_article", title: "Ouderen en armoede", workingGroupId: organizing, lenses: ["class", "leeftijd"] });
    expect(created.statusCode).toBe(201);
    const session = created.json().session;

    const url = `${DEN_HAAG}/training/lenses/${lens.id}`;
    expectError(await api.call(PEOPLE.yuval, "PATCH", url, { name: "Gender", version: 1 }), 409, "DUPLICATE_NAME");
    expectError(await api.call(PEOPLE.sanne, "PATCH", url, { name: "Generatie", version: 1 }), 403, "ROLE_REQUIRED");
    const renamed = await api.call(PEOPLE.yuval, "PATCH", url, { name: " Generatie ", version: 1 });
    expect(renamed.statusCode).toBe(200);
    expect(ownLens(renamed.json().lenses, "generatie")).toMatchObject({ id: lens.id, version: 2 });
    expect(renamed.json().lenses.some((each: LensView) => each.key === "leeftijd")).toBe(false);
    expectError(await api.call(PEOPLE.yuval, "PATCH", url, { name: "Ouderdom", version: 1 }), 409, "STALE_VERSION");

    const after = (await training()).topics.flatMap((topic) => topic.sessions).find((each) => each.id === session.id);
    expect(after).toMatchObject({ lenses: ["class", "generatie"], version: session.version + 1 });
    // The form that still shows the old name is refused as stale rather than saving a lens that is gone.
    expectError(await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/training/sessions/${session.id}`, { lenses: ["leeftijd"], version: session.version }), 409, "STALE_VERSION");
    expectError(await api.call(PEOPLE.yuval, "PATCH", `${DEN_HAAG}/training/lenses/00000000-0000-4000-8000-000000000000`, { name: "Iets", version: 1 }), 404, "NOT_FOUND");

    // Once the branch removes the lens, the session keeps it and can still be changed (with its lenses sent back as they were).
    expect((await api.call(PEOPLE.yuval, "DELETE", url)).statusCode).toBe(204);
    const edited = await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/training/sessions/${session.id}`, { title: "Ouderen en armoede (herzien)", lenses: ["class", "generatie"], version: session.version + 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().session).toMatchObject({ title: "Ouderen en armoede (herzien)", lenses: ["class", "generatie"] });
    expectError(await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/training/sessions/${session.id}`, { lenses: ["class", "leeftijd"], version: session.version + 2 }), 400, "INVALID_TRAINING_SESSION");
  });
});

describe("an activity in a wijk", () => {
  it("shows as the last visit on the Wijken view, and a wijk of another branch is refused", async () => {
    const wijken = async (): Promise<NeighbourhoodView[]> => (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/neighbourhoods`)).json().neighbourhoods;
    const laak = (await wijken()).find((wijk) => wijk.name === "Laak");
    expect(laak).toMatchObject({ lastVisit: null, lastVisitEvents: [], quiet: true });
    const organizing = await api.group("organizing");
    const body = { type: "own_action", date: "2026-11-21", workingGroupId: organizing };

    const logged = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, { ...body, neighbourhoodId: laak?.id });
    expect(logged.statusCode).toBe(201);
    expect(logged.json().activity).toMatchObject({ neighbourhoodId: laak?.id, neighbourhoodName: "Laak" });
    expect((await wijken()).find((wijk) => wijk.name === "Laak")).toMatchObject({
      lastVisit: "2026-11-21",
      quiet: false,
      lastVisitEvents: [{ date: "2026-11-21", title: "", source: "activity", activityType: "own_action" }],
    });

    const utrecht = await aBranch(ctx.db, { slug: "utrecht" });
    const elsewhere = await ctx.db.neighbourhood.create({ data: { branchId: utrecht.id, name: "Lombok" } });
    const before = await ctx.db.activity.count();
    expectError(await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, { ...body, neighbourhoodId: elsewhere.id }), 400, "UNKNOWN_NEIGHBOURHOOD");
    expect(await ctx.db.activity.count()).toBe(before);
  });
});
