// Issue 18, items 1 and 2: training (scholing) as its own module, and the wijken. The demo's training data is
// server/src/demo/training.ts; today is 2026-11-22 (tests/support/clock.ts).
import { describe, expect, it } from "vitest";
import type { TrainingResponse, TrainingTopicView } from "@afdelingsplanner/shared/schemas";
import { useTestApp } from "../support/app.ts";
import { DEN_HAAG, PEOPLE, client } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

const EVENING = "Gespreksavond straatintimidatie";
const GOAL = "4 gespreksavonden per jaar";

async function training(email: string = PEOPLE.sanne): Promise<TrainingResponse> {
  const response = await api.call(email, "GET", `${DEN_HAAG}/training`);
  expect(response.statusCode).toBe(200);
  return response.json();
}
const topicNamed = (data: TrainingResponse, name: string): TrainingTopicView => {
  const found = data.topics.find((topic) => topic.name === name);
  if (!found) throw new Error(`No topic ${name}`);
  return found;
};
const expectError = (response: { statusCode: number; json(): { error: { code: string } } }, status: number, code: string) => {
  expect({ status: response.statusCode, code: response.json().error?.code }).toEqual({ status, code });
};

describe("the demo's training", () => {
  it("shows the plan's three topics and the board's own development with their learning questions", async () => {
    const data = await training();
    expect(data.topics.map((topic) => [topic.name, topic.focusTopicName])).toEqual([
      ["Armoede", "Armoede"],
      ["Immigratie", "Immigratie"],
      ["Leefbaarheid", "Leefbaarheid"],
      ["Eigen ontwikkeling bestuur", null],
    ]);
    expect(topicNamed(data, "Armoede").learningQuestions).toContain("Op welke manieren uit armoede zich in hun levens?");
    expect(topicNamed(data, "Leefbaarheid").learningQuestions).toContain("Welke problematiek speelt specifiek in welke wijk?");
    expect(data.canManage).toBe(false);
    expect(data.organiserGroupIds).toEqual([]);
  });

  it("has Organizing's conversation evening on street harassment, done, with both kinds of speaker, in the calendar and counted by the group's goal", async () => {
    const leefbaarheid = topicNamed(await training(), "Leefbaarheid");
    const evening = leefbaarheid.sessions.find((session) => session.title === EVENING);
    expect(evening).toMatchObject({ form: "conversation_evening", workingGroupName: "Organizing", date: "2026-11-04", status: "done", neighbourhoodName: "Schilderswijk" });
    expect(evening?.speakers.map((speaker) => speaker.kind).sort()).toEqual(["expert", "lived_experience"]);
    expect(leefbaarheid.overview).toMatchObject({ done: 3, planned: 0, balance: "both", experts: 1, livedExperience: 1, uncoveredLenses: ["disability"] });

    const occurrences = (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/occurrences?from=2026-11-04&to=2026-11-04`)).json().occurrences as { title: string; start: string; seriesId: string }[];
    expect(occurrences.find((occurrence) => occurrence.title === EVENING)).toMatchObject({ start: "2026-11-04T19:30:00+01:00", seriesId: evening?.seriesId });
    expect((await api.goal(GOAL)).current).toBe(1);

    // In the ICS feed of a member who is not in Organizing: a conversation evening is for the whole branch.
    const feedUrl = (await api.call(PEOPLE.priya, "POST", "/api/me/calendar-feed")).json().url as string;
    const feed = await ctx.app.inject({ method: "GET", url: new URL(feedUrl).pathname });
    expect(feed.body).toContain(`SUMMARY:${EVENING} · BIJ1 Den Haag`);
  });

  it("lists another branch as a network entry of its own kind", async () => {
    const { organisations } = (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/organisations`)).json();
    expect(organisations.find((organisation: { name: string }) => organisation.name === "BIJ1 Rotterdam")).toMatchObject({ type: "branch" });
  });
});

describe("sessions", () => {
  it("lets the organising group's chair create, change and delete a session that counts as the group's activity", async () => {
    const data = await training(PEOPLE.tim);
    const organizing = await api.group("organizing");
    expect(data.organiserGroupIds).toContain(organizing);
    const topicId = topicNamed(data, "Armoede").id;
    const created = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/training/sessions`, {
      topicId,
      form: "conversation_evening",
      title: "Gespreksavond armoede",
      workingGroupId: organizing,
      date: "2026-11-20",
      lenses: ["class", "disability"],
      speakers: [{ name: "Voedselbank Haaglanden", kind: "expert" }],
      attendance: 15,
      evaluation: "Goed bezocht",
    });
    expect(created.statusCode).toBe(201);
    const session = created.json().session;
    expect(session).toMatchObject({ status: "done", canEdit: true, version: 1, activityId: expect.any(String), seriesId: expect.any(String) });
    expect((await api.goal(GOAL)).current).toBe(2);
    const armoede = topicNamed(await training(), "Armoede");
    expect(armoede.overview).toMatchObject({ done: 1, planned: 1, balance: "both" });
    expect(armoede.overview.uncoveredLenses).toEqual(["colour", "gender", "sexuality"]);

    // The activity is the session's: it is changed and deleted there, not in the activity log.
    expectError(await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/activities/${session.activityId}`), 409, "ACTIVITY_FROM_TRAINING");

    // Moved to the future: still in the calendar, no longer counted (goals count up to today).
    const moved = await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/training/sessions/${session.id}`, { date: "2027-01-13", attendance: null, evaluation: "", version: 1 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().session).toMatchObject({ status: "planned", date: "2027-01-13", version: 2 });
    expect((await api.goal(GOAL)).current).toBe(1);
    const january = (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/occurrences?from=2027-01-13&to=2027-01-13`)).json().occurrences;
    expect(january.map((occurrence: { title: string }) => occurrence.title)).toContain("Gespreksavond armoede");
    expectError(await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/training/sessions/${session.id}`, { title: "Oud", version: 1 }), 409, "STALE_VERSION");

    // Undated: out of the calendar, no activity.
    const undated = await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/training/sessions/${session.id}`, { date: null, version: 2 });
    expect(undated.json().session).toMatchObject({ date: null, seriesId: null, activityId: null });
    expect(await ctx.db.meetingSeries.count({ where: { id: session.seriesId } })).toBe(0);

    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/training/sessions/${session.id}`)).statusCode).toBe(204);
    expect(await ctx.db.trainingSession.count({ where: { id: session.id } })).toBe(0);
    expect(await ctx.db.activity.count({ where: { trainingSessionId: session.id } })).toBe(0);
    expect(await ctx.db.auditEntry.count({ where: { entityType: "training_session", entityId: session.id } })).toBe(4);
  });

  it("refuses members who are not the group's chair or on the board, and invalid sessions, each with its code", async () => {
    const data = await training(PEOPLE.tim);
    const organizing = await api.group("organizing");
    const base = { topicId: topicNamed(data, "Immigratie").id, form: "conversation_evening", title: "Test", workingGroupId: organizing };
    const post = (email: string, body: object) => api.call(email, "POST", `${DEN_HAAG}/training/sessions`, body);
    expectError(await post(PEOPLE.sanne, base), 403, "GROUP_MANAGERS_ONLY");
    expectError(await post(PEOPLE.priya, base), 403, "GROUP_MANAGERS_ONLY");
    expectError(await post(PEOPLE.tim, { ...base, form: "podcast" }), 400, "VALIDATION_FAILED");
    expectError(await post(PEOPLE.tim, { ...base, lenses: ["astrologie"] }), 400, "INVALID_TRAINING_SESSION");
    expectError(await post(PEOPLE.tim, { ...base, date: "2026-12-10", attendance: 12 }), 400, "INVALID_TRAINING_SESSION");
    expectError(await post(PEOPLE.tim, { ...base, startTime: "24:10" }), 400, "INVALID_TRAINING_SESSION");
    expectError(await post(PEOPLE.tim, { ...base, topicId: "00000000-0000-4000-8000-000000000000" }), 400, "UNKNOWN_TRAINING_TOPIC");
    expectError(await post(PEOPLE.tim, { ...base, neighbourhoodId: "00000000-0000-4000-8000-000000000000" }), 400, "UNKNOWN_NEIGHBOURHOOD");
    expectError(await post(PEOPLE.tim, { ...base, workingGroupId: "00000000-0000-4000-8000-000000000000" }), 400, "UNKNOWN_WORKING_GROUP");
    expect(await ctx.db.trainingSession.count({ where: { title: "Test" } })).toBe(0);
  });
});

describe("topics and lenses", () => {
  it("lets board members add a topic on a focus topic, and keeps one with sessions", async () => {
    const data = await training(PEOPLE.yuval);
    expect(data.canManage).toBe(true);
    const focusTopicId = data.focusTopics.find((topic) => topic.name === "Armoede")?.id;
    const created = await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/training/topics`, { name: "Wonen", focusTopicId, learningQuestions: [" Wie woont waar? "] });
    expect(created.statusCode).toBe(201);
    expect(created.json().topic).toMatchObject({ name: "Wonen", focusTopicName: "Armoede", learningQuestions: ["Wie woont waar?"], overview: { done: 0, planned: 0, balance: "no_speakers" } });
    expectError(await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/training/topics`, { name: "wonen" }), 409, "DUPLICATE_NAME");
    expectError(await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/training/topics`, { name: "Zorg", focusTopicId: "00000000-0000-4000-8000-000000000000" }), 400, "UNKNOWN_FOCUS_TOPIC");
    expectError(await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/training/topics`, { name: "Zorg" }), 403, "ROLE_REQUIRED");
    expectError(await api.call(PEOPLE.yuval, "DELETE", `${DEN_HAAG}/training/topics/${topicNamed(data, "Leefbaarheid").id}`), 409, "TOPIC_HAS_SESSIONS");
    expect((await api.call(PEOPLE.yuval, "DELETE", `${DEN_HAAG}/training/topics/${created.json().topic.id}`)).statusCode).toBe(204);
  });

  it("counts a lens the branch adds among the ones not yet covered", async () => {
    const added = await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/training/lenses`, { name: "Religie" });
    expect(added.statusCode).toBe(201);
    expect(added.json().lenses.at(-1)).toMatchObject({ key: "religie", builtIn: false });
    expectError(await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/training/lenses`, { name: "gender" }), 409, "DUPLICATE_NAME");
    expect(topicNamed(await training(), "Leefbaarheid").overview.uncoveredLenses).toEqual(["disability", "religie"]);
    expect((await api.call(PEOPLE.yuval, "DELETE", `${DEN_HAAG}/training/lenses/${added.json().lenses.at(-1).id}`)).statusCode).toBe(204);
  });
});

describe("wijken", () => {
  it("shows per wijk when we were last there and what is planned, and flags those with nothing in six months", async () => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/neighbourhoods`);
    expect(response.statusCode).toBe(200);
    const byName = new Map((response.json().neighbourhoods as { name: string }[]).map((wijk) => [wijk.name, wijk]));
    expect(byName.get("Schilderswijk")).toMatchObject({ lastVisit: "2026-11-04", nextPlanned: null, quiet: false });
    expect(byName.get("Duinoord")).toMatchObject({ lastVisit: "2026-04-18", quiet: true });
    expect(byName.get("Laak")).toMatchObject({ lastVisit: null, nextPlanned: null, quiet: true });
    expect(byName.get("Transvaal")).toMatchObject({ lastVisit: null, nextPlanned: "2026-12-12", quiet: true, planned: [{ date: "2026-12-12", title: "Spreekuur Transvaal", source: "session" }] });
    // Quiet ones first.
    expect((response.json().neighbourhoods as { quiet: boolean }[]).map((wijk) => wijk.quiet)).toEqual([true, true, true, true, false]);
  });

  it("lets board members keep the list, and an activity that names a wijk counts as a visit", async () => {
    const created = await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/neighbourhoods`, { name: " Moerwijk " });
    expect(created.statusCode).toBe(201);
    const moerwijk = created.json().neighbourhood;
    expect(moerwijk).toMatchObject({ name: "Moerwijk", quiet: true, version: 1 });
    expectError(await api.call(PEOPLE.yuval, "POST", `${DEN_HAAG}/neighbourhoods`, { name: "laak" }), 409, "DUPLICATE_NAME");
    expectError(await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/neighbourhoods`, { name: "Escamp" }), 403, "ROLE_REQUIRED");

    const logged = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/activities`, { type: "own_action", date: "2026-11-21", workingGroupId: await api.group("organizing"), neighbourhoodId: moerwijk.id, note: "Flyeren op de markt" });
    expect(logged.statusCode).toBe(201);
    expect(logged.json().activity).toMatchObject({ neighbourhoodName: "Moerwijk" });
    const renamed = await api.call(PEOPLE.yuval, "PATCH", `${DEN_HAAG}/neighbourhoods/${moerwijk.id}`, { name: "Moerwijk-Oost", version: 1 });
    expect(renamed.json().neighbourhood).toMatchObject({ name: "Moerwijk-Oost", lastVisit: "2026-11-21", quiet: false, version: 2 });
    expectError(await api.call(PEOPLE.yuval, "DELETE", `${DEN_HAAG}/neighbourhoods/${moerwijk.id}`), 409, "NEIGHBOURHOOD_IN_USE");
  });
});
