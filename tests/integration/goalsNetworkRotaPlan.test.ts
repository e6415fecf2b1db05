import { describe, expect, it } from "vitest";
import { addDaysLocal, isoWeekKey } from "@afdelingsplanner/shared";
import { type RotaView } from "@afdelingsplanner/shared/schemas";
import { useTestApp } from "../support/app.ts";
import { DEN_HAAG, PEOPLE, REPORTING_POINT, client, today } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

describe("working groups: roles and independence", () => {
  it("shows each group's chair, convener and action-list keeper, whether it is independent, and what the caller may do", async () => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/working-groups/overview`);
    expect(response.statusCode).toBe(200);
    const groups = response.json().workingGroups as { slug: string; chairs: { name: string }[]; conveners: { name: string }[]; actionListKeepers: { name: string }[]; independent: boolean; goalCounts: Record<string, number>; you: { manage: boolean; log: boolean } }[];
    expect(groups.map((group) => group.slug)).toEqual(["communicatie", "organizing", "politieke-agenda"]);
    const organizing = groups.find((group) => group.slug === "organizing");
    expect(organizing).toMatchObject({ chairs: [{ name: "Tim Kies" }], actionListKeepers: [{ name: "Sanne Mahabier" }], independent: false, you: { manage: false, log: true } });
    expect(Object.values(organizing?.goalCounts ?? {}).reduce((a, b) => a + b, 0)).toBe(5); // with "4 gespreksavonden per jaar" (server/src/demo/training.ts)
    expect(groups.find((group) => group.slug === "communicatie")).toMatchObject({ conveners: [{ name: "Martijn Schackmann" }], you: { manage: false, log: false } });
  });

  it("marks a group independent once its chair is not on the board", async () => {
    const daan = await ctx.db.person.findFirstOrThrow({ where: { email: PEOPLE.daan } });
    const nadine = await ctx.db.person.findFirstOrThrow({ where: { email: PEOPLE.nadine } });
    await ctx.db.workingGroupMember.updateMany({ where: { personId: daan.id, workingGroup: { slug: "politieke-agenda" } }, data: { role: "chair" } });
    await ctx.db.workingGroupMember.updateMany({ where: { personId: nadine.id, workingGroup: { slug: "politieke-agenda" } }, data: { role: "member" } });
    const groups = (await api.call(PEOPLE.daan, "GET", `${DEN_HAAG}/working-groups/overview`)).json().workingGroups;
    expect(groups.find((group: { slug: string }) => group.slug === "politieke-agenda")).toMatchObject({ chairs: [{ name: "Daan Kortenhoeven" }], independent: true, you: { manage: true, log: true } });
  });
});

describe("the network register", () => {
  it("lists the plan's partners and the organisations of the seed documents with their conversations", async () => {
    const { organisations } = (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/organisations`)).json();
    const names = organisations.map((organisation: { name: string }) => organisation.name);
    expect(names).toEqual(expect.arrayContaining(["Afrikaans VluchtelingenCollectief", "DENK Den Haag", "Haagse Stadspartij", "Partij voor de Dieren Den Haag", "Haags Belang", "Volt Den Haag", "PvdA Den Haag", "Gemeente Den Haag"]));
    expect(organisations.find((organisation: { name: string }) => organisation.name === "Afrikaans VluchtelingenCollectief")).toMatchObject({ type: "community", conversationCount: 2, lastConversationOn: "2026-11-12" });
    expect(organisations.find((organisation: { name: string }) => organisation.name === "Gemeente Den Haag")).toMatchObject({ type: "government", conversationCount: 0, lastConversationOn: null });
  });

  it("shows one organisation's history, newest first", async () => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/organisations/${await api.organisation("Afrikaans VluchtelingenCollectief")}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().history.map((activity: { date: string; type: string }) => [activity.date, activity.type])).toEqual([
      ["2026-11-12", "network_conversation"],
      ["2026-10-08", "network_conversation"],
    ]);
  });

  it("lets any member add an organisation, refuses a duplicate, and leaves changes to the board", async () => {
    const added = await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/organisations`, { name: "  Stichting  Wijkkracht ", type: "ngo", contactNotes: "Via Priya" });
    expect(added.statusCode).toBe(201);
    const organisation = added.json().organisation;
    expect(organisation).toMatchObject({ name: "Stichting Wijkkracht", conversationCount: 0, version: 1 });
    const duplicate = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/organisations`, { name: "stichting wijkkracht", type: "ngo" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: "DUPLICATE_NAME", message: expect.stringMatching(/already in the network register/) });

    const url = `${DEN_HAAG}/organisations/${organisation.id}`;
    expect((await api.call(PEOPLE.priya, "PATCH", url, { contactNotes: "Nieuw", version: 1 })).statusCode).toBe(403);
    expect((await api.call(PEOPLE.priya, "DELETE", url)).statusCode).toBe(403);
    const changed = await api.call(PEOPLE.latifa, "PATCH", url, { contactNotes: "Contact: Fatou", website: "https://wijkkracht.example", version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().organisation).toMatchObject({ contactNotes: "Contact: Fatou", website: "https://wijkkracht.example", version: 2 });
    expect((await api.call(PEOPLE.tim, "PATCH", url, { type: "community", version: 1 })).statusCode).toBe(409);
    expect((await api.call(PEOPLE.tim, "DELETE", url)).statusCode).toBe(204);
  });

  it.each([
    ["an unknown type", { name: "X", type: "club" }, 400],
    ["an empty name", { name: "   ", type: "ngo" }, 400],
    ["a website that is not http(s)", { name: "Y", type: "ngo", website: "ftp://y" }, 400],
  ])("refuses %s", async (_label, body, status) => {
    expect((await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/organisations`, body)).statusCode).toBe(status);
  });

  it("keeps an organisation that has conversations (409): its history counts for goals", async () => {
    const response = await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/organisations/${await api.organisation("Volt Den Haag")}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "HAS_ACTIVITIES", message: expect.stringMatching(/Volt Den Haag has 1 logged activity/) });
  });
});

describe("the duty rota", () => {
  const thisWeek = () => isoWeekKey(today());
  const week = (weeksAhead: number) => isoWeekKey(addDaysLocal(today(), weeksAhead * 7));
  const rota = async (): Promise<RotaView> => (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/rotas?workingGroup=communicatie&weeks=12`)).json().rotas[0];

  it("shows Communicatie's social-media rota: who is on duty this week and the coming weeks", async () => {
    const current = await rota();
    expect(current).toMatchObject({ name: "Sociale media", anchorWeek: "2026-W36", members: [{ name: "Latifa Salmi" }, { name: "Martijn Schackmann" }, { name: "Priya Ramdin" }] });
    expect(current.weeks).toHaveLength(12);
    expect(current.weeks[0]?.week).toBe(thisWeek());
    for (const duty of current.weeks) expect(duty.name).toMatch(/Latifa|Martijn|Priya/);
    // The demo's recorded swap, while those weeks are still ahead.
    const swapped = current.weeks.find((duty) => duty.week === "2026-W49");
    if (swapped) expect(swapped).toMatchObject({ name: "Priya Ramdin", swapped: true });
  });

  it("lets the chair swap two weeks and swap them back", async () => {
    const before = await rota();
    const [a, b] = [before.weeks[1], before.weeks[2]];
    const response = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${before.id}/swaps`, { weeks: [a?.week, b?.week], version: before.version });
    expect(response.statusCode).toBe(200);
    const after = response.json().rota as RotaView;
    expect(after.weeks[1]).toMatchObject({ personId: b?.personId, swapped: true });
    expect(after.weeks[2]).toMatchObject({ personId: a?.personId, swapped: true });
    const back = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${before.id}/swaps`, { weeks: [a?.week, b?.week], version: after.version });
    expect((back.json().rota as RotaView).weeks.slice(1, 3)).toEqual(before.weeks.slice(1, 3));
  });

  it("lets a member on duty swap their own week, but not someone outside the two weeks", async () => {
    const current = await rota();
    const priyaWeek = current.weeks.find((duty) => duty.name === "Priya Ramdin" && duty.week !== thisWeek());
    const otherWeek = current.weeks.find((duty) => duty.name !== "Priya Ramdin" && duty.week > thisWeek());
    const thirdWeek = current.weeks.find((duty) => duty.week > thisWeek() && duty.week !== priyaWeek?.week && duty.week !== otherWeek?.week && duty.name !== "Priya Ramdin" && duty.name !== otherWeek?.name);
    expect((await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/rotas/${current.id}/swaps`, { weeks: [priyaWeek?.week, otherWeek?.week], version: current.version })).statusCode).toBe(200);
    const refused = await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/rotas/${current.id}/swaps`, { weeks: [otherWeek?.week, thirdWeek?.week], version: current.version + 1 });
    expect(refused.statusCode).toBe(403);
  });

  it.each([
    ["a stale version", () => ({ weeks: [week(1), week(2)], version: 1 }), 409],
    ["a week that is over", () => ({ weeks: [week(-1), week(1)] }), 400],
    ["a week that does not exist", () => ({ weeks: ["2027-W53", week(1)] }), 400],
    ["the same week twice", () => ({ weeks: [week(1), week(1)] }), 400],
    ["one week", () => ({ weeks: [week(1)] }), 400],
  ])("refuses a swap with %s", async (_label, body, status) => {
    const current = await rota();
    const response = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${current.id}/swaps`, { version: current.version, ...body() });
    expect(response.statusCode).toBe(status);
  });

  it("lets a chair create and reorder a rota among the group's members, and no one else", async () => {
    const organizing = await api.group("organizing");
    const people = (await api.call(PEOPLE.tim, "GET", `${DEN_HAAG}/people`)).json().people as { id: string; email: string }[];
    const id = (email: string) => people.find((person) => person.email === email)?.id;
    const body = { workingGroupId: organizing, name: "Actiecoördinatie", memberIds: [id(PEOPLE.tim), id(PEOPLE.sanne), id(PEOPLE.latifa)] };
    expect((await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/rotas`, body)).statusCode).toBe(403);
    const notMember = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/rotas`, { ...body, memberIds: [id(PEOPLE.priya)] });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.code).toBe("NOT_A_GROUP_MEMBER");
    const created = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/rotas`, body);
    expect(created.statusCode).toBe(201);
    const made = created.json().rota as RotaView;
    expect(made).toMatchObject({ anchorWeek: thisWeek(), version: 1 });
    expect(made.weeks.slice(0, 3).map((duty) => duty.name)).toEqual(["Tim Kies", "Sanne Mahabier", "Latifa Salmi"]);
    expect((await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/rotas`, body)).statusCode).toBe(409);

    const reordered = await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/rotas/${made.id}`, { memberIds: [id(PEOPLE.sanne), id(PEOPLE.tim)], version: 1 });
    expect(reordered.statusCode).toBe(200);
    expect((reordered.json().rota as RotaView).weeks.slice(0, 2).map((duty) => duty.name)).toEqual(["Sanne Mahabier", "Tim Kies"]);
    expect((await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/rotas/${made.id}`, { name: "X", version: 1 })).statusCode).toBe(409);
    // Ending (by a board member) keeps the rota; nobody is on duty from this week on.
    const ended = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${made.id}/end`, { version: 2 });
    expect(ended.statusCode).toBe(200);
    expect((ended.json().rota as RotaView).ended).toBe(true);
  });
});

describe("the long-term plan", () => {
  it("shows the phases on a timeline with today's phase current, each with its goals, and the focus topics", async () => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/plan`);
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan.today).toBe(today());
    expect(plan.phases.map((phase: { name: string }) => phase.name.slice(0, 6))).toEqual(["Fase 1", "Fase 2", "Fase 3", "Fase 4"]);
    expect(plan.phases[0]).toMatchObject({ startDate: "2022-01-01", endDate: "2023-12-31", state: "past", goals: [] });
    expect(plan.phases[2]).toMatchObject({ endDate: "2026-03-31", state: "past" });
    expect(plan.phases[2].goals.map((goal: { title: string; status: string }) => [goal.title, goal.status])).toEqual([["Verkiezingscampagne: 6 eigen acties", "done"]]);
    expect(plan.phases[3].name).toMatch(/toegevoegd, niet uit het plan/);
    expect(plan.phases[3].goals).toHaveLength(10); // with "4 gespreksavonden per jaar" (server/src/demo/training.ts)
    expect(plan.phases[3].state).toBe(today() <= "2027-12-31" ? "current" : "past");
    expect(plan.focusTopics.map((topic: { name: string }) => topic.name)).toEqual(["Armoede", "Immigratie", "Leefbaarheid"]);
    const reportingPoint = plan.phases[3].goals.find((goal: { title: string }) => goal.title === REPORTING_POINT);
    expect(plan.focusTopics[2].goalIds).toContain(reportingPoint.id);
  });

  it("lets only board members change phases and focus topics", async () => {
    const phase = { name: "Fase 5: Gemeenteraadsverkiezingen 2030", startDate: "2028-01-01", endDate: "2030-03-31" };
    expect((await api.call(PEOPLE.sanne, "POST", `${DEN_HAAG}/plan/phases`, phase)).statusCode).toBe(403);
    const created = await api.call(PEOPLE.nadine, "POST", `${DEN_HAAG}/plan/phases`, phase);
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json().phase;
    expect(created.json().phase).toMatchObject({ state: "future", version: 1 });
    expect((await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/plan/phases/${id}`, { endDate: "2030-04-30", version })).statusCode).toBe(200);
    expect((await api.call(PEOPLE.tim, "PATCH", `${DEN_HAAG}/plan/phases/${id}`, { endDate: "2030-05-31", version })).statusCode).toBe(409);
    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/plan/phases/${id}`)).statusCode).toBe(204);

    expect((await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/plan/focus-topics`, { name: "Klimaat" })).statusCode).toBe(403);
    const topic = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/plan/focus-topics`, { name: "Klimaat" });
    expect(topic.statusCode).toBe(201);
    expect((await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/plan/focus-topics`, { name: "klimaat" })).statusCode).toBe(409);
    expect((await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/plan/focus-topics/${topic.json().focusTopic.id}`, { description: "Klimaatrechtvaardigheid", version: 1 })).statusCode).toBe(200);
    expect((await api.call(PEOPLE.latifa, "DELETE", `${DEN_HAAG}/plan/focus-topics/${topic.json().focusTopic.id}`)).statusCode).toBe(204);
  });

  it.each([
    ["an end before the start", { name: "X", startDate: "2027-01-01", endDate: "2026-01-01" }, /after "endDate"/],
    ["an impossible date", { name: "X", startDate: "2027-02-29", endDate: "2027-12-31" }, /not a day in the calendar/],
    ["an empty name", { name: " ", startDate: "2027-01-01", endDate: "2027-12-31" }, /name/],
  ])("refuses a phase with %s", async (_label, body, message) => {
    const response = await api.call(PEOPLE.nadine, "POST", `${DEN_HAAG}/plan/phases`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it("keeps a deleted phase's goals, without a phase", async () => {
    const plan = (await api.call(PEOPLE.nadine, "GET", `${DEN_HAAG}/plan`)).json();
    const electionPhase = plan.phases[2];
    expect((await api.call(PEOPLE.nadine, "DELETE", `${DEN_HAAG}/plan/phases/${electionPhase.id}`)).statusCode).toBe(204);
    const after = (await api.call(PEOPLE.nadine, "GET", `${DEN_HAAG}/plan`)).json();
    expect(after.phases).toHaveLength(3);
    expect(after.goalsWithoutPhase.map((goal: { title: string }) => goal.title)).toEqual(["Verkiezingscampagne: 6 eigen acties"]);
  });
});
