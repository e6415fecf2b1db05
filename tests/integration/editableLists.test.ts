import { describe, expect, it } from "vitest";
import type { ActionHistoryResponse, RotaView } from "@afdelingsplanner/shared/schemas";
import { toIsoDate } from "../../server/src/lib/dates.ts";
import { useTestApp } from "../support/app.ts";
import { aBranch, aMember } from "../support/factories.ts";
import { DEN_HAAG, PEOPLE, client } from "./goalsHelpers.ts";

// Issue 18, item 5: the versions on agenda reorder and delete, ending a rota (kept, with its history), deleting
// the plan's phases and focus topics, and an action's history.
const ctx = useTestApp();
const api = client(ctx);

let agendaUrl: string | undefined;
/** The demo's next board meeting (the one with "Begroting 2027", which the first test may delete); Tim prepares it. */
async function boardAgendaUrl() {
  if (agendaUrl) return agendaUrl;
  const item = await ctx.db.agendaItem.findFirstOrThrow({ where: { title: "Begroting 2027" } });
  return (agendaUrl = `${DEN_HAAG}/meetings/${item.seriesId}/${toIsoDate(item.date)}/agenda`);
}

type Item = { id: string; title: string; version: number };
const itemsOf = async (url: string): Promise<Item[]> => (await api.call(PEOPLE.tim, "GET", url)).json().items;

describe("agenda items carry a version through reorder and delete", () => {
  it("refuses an order made from a stale agenda, bumps the moved items' versions, and deletes only the version seen", async () => {
    const url = await boardAgendaUrl();
    const before = await itemsOf(url);
    const [first, second, ...rest] = before;
    if (!first || !second) throw new Error("The demo board agenda has at least two items");

    // Someone renames the first item; an order built from the old versions is refused and changes nothing.
    const renamed = await api.call(PEOPLE.tim, "PATCH", `${url}/${first.id}`, { title: `${first.title} (herzien)`, version: first.version });
    expect(renamed.statusCode).toBe(200);
    const swapped = [second, first, ...rest];
    const stale = await api.call(PEOPLE.tim, "PUT", `${url}/order`, { itemIds: swapped.map((item) => item.id), versions: swapped.map((item) => item.version) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect((await itemsOf(url)).map((item) => item.id)).toEqual(before.map((item) => item.id));

    const uneven = await api.call(PEOPLE.tim, "PUT", `${url}/order`, { itemIds: swapped.map((item) => item.id), versions: [1] });
    expect(uneven.statusCode).toBe(400);
    expect(uneven.json().error.code).toBe("INVALID_AGENDA_ORDER");

    const fresh = await itemsOf(url);
    const order = [fresh[1], fresh[0], ...fresh.slice(2)] as Item[];
    const reordered = await api.call(PEOPLE.tim, "PUT", `${url}/order`, { itemIds: order.map((item) => item.id), versions: order.map((item) => item.version) });
    expect(reordered.statusCode).toBe(200);
    const after = reordered.json().items as Item[];
    expect(after.map((item) => item.id)).toEqual(order.map((item) => item.id));
    // The two that moved have a new version; the ones that kept their place keep theirs.
    expect(after.map((item) => item.version)).toEqual([order[0]!.version + 1, order[1]!.version + 1, ...order.slice(2).map((item) => item.version)]);

    // Delete with the version seen before the move: refused, the item stays; with its current version: gone.
    const moved = after[0]!;
    const staleDelete = await api.call(PEOPLE.tim, "DELETE", `${url}/${moved.id}?version=${moved.version - 1}`);
    expect(staleDelete.statusCode).toBe(409);
    expect(staleDelete.json().error.code).toBe("STALE_VERSION");
    expect((await itemsOf(url)).some((item) => item.id === moved.id)).toBe(true);
    expect((await api.call(PEOPLE.tim, "DELETE", `${url}/${moved.id}?version=${moved.version}`)).statusCode).toBe(204);
    expect((await itemsOf(url)).some((item) => item.id === moved.id)).toBe(false);
  });
});

describe("ending a duty rota", () => {
  const rotaOf = async (id: string): Promise<RotaView> => (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/rotas/${id}`)).json().rota;

  it("ends the rota at the version the chair saw, keeps it with its history, and refuses changes afterwards", async () => {
    const rota = (await api.call(PEOPLE.latifa, "GET", `${DEN_HAAG}/rotas?workingGroup=communicatie`)).json().rotas[0] as RotaView;
    expect([rota.ended, rota.lastWeek]).toEqual([false, null]);
    const renamed = await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/rotas/${rota.id}`, { name: "Sociale media (oud)", version: rota.version });
    expect(renamed.statusCode).toBe(200);
    const stale = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${rota.id}/end`, { version: rota.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect((await rotaOf(rota.id)).ended).toBe(false);

    // A last week that is already over is refused: ending does not rewrite past weeks.
    const past = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${rota.id}/end`, { version: rota.version + 1, lastWeek: "2026-W40" });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.code).toBe("ROTA_END_PAST");

    // Today is Sunday 2026-11-22 (W47): ending now makes W46 the last week with a duty.
    const ended = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${rota.id}/end`, { version: rota.version + 1 });
    expect(ended.statusCode).toBe(200);
    const view = ended.json().rota as RotaView;
    expect([view.ended, view.lastWeek, view.name]).toEqual([true, "2026-W46", "Sociale media (oud)"]);
    // Kept, with its members and its last weeks, which still name who was on duty.
    expect(await ctx.db.dutyRota.count({ where: { id: rota.id } })).toBe(1);
    expect(view.members.map((member) => member.personId)).toEqual(rota.members.map((member) => member.personId));
    expect(view.weeks.at(-1)?.week).toBe("2026-W46");
    expect(view.weeks.every((week) => week.personId !== null)).toBe(true);
    // Listed after the running rotas, still readable by any member.
    const listed = (await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/rotas?workingGroup=communicatie`)).json().rotas as RotaView[];
    expect(listed.find((each) => each.id === rota.id)?.ended).toBe(true);

    const change = await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/rotas/${rota.id}`, { name: "Weer aan", version: view.version });
    expect([change.statusCode, change.json().error.code]).toEqual([409, "ROTA_ENDED"]);
    const swap = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${rota.id}/swaps`, { weeks: ["2026-W48", "2026-W49"], version: view.version });
    expect([swap.statusCode, swap.json().error.code]).toEqual([409, "ROTA_ENDED"]);
    const again = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${rota.id}/end`, { version: view.version });
    expect([again.statusCode, again.json().error.code]).toEqual([409, "ROTA_ENDED"]);
  });

  it("ends a rota after a later week: duties run until then and stop after it", async () => {
    const group = await api.group("communicatie");
    const [latifa, priya] = await Promise.all([PEOPLE.latifa, PEOPLE.priya].map((email) => ctx.db.person.findFirstOrThrow({ where: { email } })));
    const created = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas`, { workingGroupId: group, name: "Nieuwsbrief", memberIds: [latifa!.id, priya!.id] });
    expect(created.statusCode).toBe(201);
    const rota = created.json().rota as RotaView;
    const ended = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/rotas/${rota.id}/end`, { version: rota.version, lastWeek: "2026-W48" });
    expect(ended.statusCode).toBe(200);
    const view = ended.json().rota as RotaView;
    // Not ended yet (its last week is still to come): this week and next have a duty, the weeks after none.
    expect(view.ended).toBe(false);
    expect(view.weeks.map((week) => [week.week, week.personId !== null])).toEqual([
      ["2026-W47", true],
      ["2026-W48", true],
      ["2026-W49", false],
      ["2026-W50", false],
      ["2026-W51", false],
      ["2026-W52", false],
      ["2026-W53", false],
      ["2027-W01", false],
    ]);
  });

  it("is not for a member who does not run the group, nor for another branch", async () => {
    const rota = (await api.call(PEOPLE.latifa, "GET", `${DEN_HAAG}/rotas?workingGroup=communicatie`)).json().rotas.find((each: RotaView) => !each.ended) as RotaView;
    const member = await api.call(PEOPLE.priya, "POST", `${DEN_HAAG}/rotas/${rota.id}/end`, { version: rota.version });
    expect(member.statusCode).toBe(403);
    // Fatima is a member of Utrecht: Den Haag's rota does not exist there.
    const elsewhere = await api.call(PEOPLE.fatima, "POST", `/api/branches/utrecht/rotas/${rota.id}/end`, { version: rota.version });
    expect(elsewhere.statusCode).toBe(404);
    expect((await rotaOf(rota.id)).ended).toBe(false);
  });
});

describe("deleting the plan's phases and focus topics", () => {
  type Plan = { phases: { id: string; name: string; version: number; goals: { id: string }[] }[]; focusTopics: { id: string; name: string; version: number; goalIds: string[] }[] };
  const plan = async (): Promise<Plan> => (await api.call(PEOPLE.tim, "GET", `${DEN_HAAG}/plan`)).json();

  it("deletes a phase at the version seen; its goals stay, without a phase", async () => {
    const phase = (await plan()).phases.find((each) => each.goals.length > 0)!;
    const goalIds = phase.goals.map((goal) => goal.id);
    const stale = await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/plan/phases/${phase.id}?version=${phase.version + 1}`);
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, "STALE_VERSION"]);
    expect((await api.call(PEOPLE.sanne, "DELETE", `${DEN_HAAG}/plan/phases/${phase.id}?version=${phase.version}`)).statusCode).toBe(403);
    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/plan/phases/${phase.id}?version=${phase.version}`)).statusCode).toBe(204);
    expect((await plan()).phases.some((each) => each.id === phase.id)).toBe(false);
    expect(await ctx.db.goal.count({ where: { id: { in: goalIds }, phaseId: null } })).toBe(goalIds.length);
  });

  it("refuses a focus topic that training topics use (409 FOCUS_TOPIC_IN_USE) and deletes one they do not", async () => {
    const armoede = (await plan()).focusTopics.find((topic) => topic.name === "Armoede")!;
    const used = await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/plan/focus-topics/${armoede.id}?version=${armoede.version}`);
    expect(used.statusCode).toBe(409);
    expect(used.json().error.code).toBe("FOCUS_TOPIC_IN_USE");
    expect(used.json().error.message).toContain("Armoede");
    expect(await ctx.db.focusTopic.count({ where: { id: armoede.id } })).toBe(1);

    const created = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/plan/focus-topics`, { name: "Wonen" });
    const topic = created.json().focusTopic as { id: string; version: number };
    const stale = await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/plan/focus-topics/${topic.id}?version=${topic.version + 1}`);
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, "STALE_VERSION"]);
    expect((await api.call(PEOPLE.tim, "DELETE", `${DEN_HAAG}/plan/focus-topics/${topic.id}?version=${topic.version}`)).statusCode).toBe(204);
    expect(await ctx.db.focusTopic.count({ where: { id: topic.id } })).toBe(0);
  });

  it("answers 404 for another branch's phase or focus topic, and deletes nothing", async () => {
    const utrechtBoard = await aMember(ctx.db, { branch: await aBranch(ctx.db, { slug: "utrecht" }), roles: ["board_member"] });
    const { phases, focusTopics } = await plan();
    const phase = phases[0]!;
    const topic = focusTopics[0]!;
    expect((await api.call(utrechtBoard.email, "DELETE", `/api/branches/utrecht/plan/phases/${phase.id}`)).statusCode).toBe(404);
    expect((await api.call(utrechtBoard.email, "DELETE", `/api/branches/utrecht/plan/focus-topics/${topic.id}`)).statusCode).toBe(404);
    expect(await ctx.db.planPhase.count({ where: { id: phase.id } })).toBe(1);
    expect(await ctx.db.focusTopic.count({ where: { id: topic.id } })).toBe(1);
  });
});

describe("an action's history", () => {
  it("lists who changed its owner, due date and status, oldest first, with owners by name", async () => {
    const url = await boardAgendaUrl();
    const meeting = url.replace(/\/agenda$/, "");
    const [latifa, yuval] = await Promise.all([PEOPLE.latifa, PEOPLE.yuval].map((email) => ctx.db.person.findFirstOrThrow({ where: { email } })));
    const created = await api.call(PEOPLE.tim, "POST", `${meeting}/actions`, { title: "Offerte drukwerk opvragen", ownerId: latifa!.id, dueDate: "2026-12-01" });
    expect(created.statusCode).toBe(201);
    const action = created.json().action as { id: string; version: number };
    const actionUrl = `${DEN_HAAG}/actions/${action.id}`;
    ctx.clock.advance(1000);
    const moved = await api.call(PEOPLE.tim, "PATCH", actionUrl, { ownerId: yuval!.id, dueDate: "2026-12-15", version: action.version });
    expect(moved.statusCode).toBe(200);
    ctx.clock.advance(1000);
    expect((await api.call(PEOPLE.tim, "PATCH", actionUrl, { status: "done", version: action.version + 1 })).statusCode).toBe(200);

    // Any member of the branch reads it, not only the board.
    const response = await api.call(PEOPLE.sanne, "GET", `${actionUrl}/history`);
    expect(response.statusCode).toBe(200);
    const { entries } = response.json() as ActionHistoryResponse;
    expect(entries.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["created", "Tim Kies"],
      ["updated", "Tim Kies"],
      ["done", "Tim Kies"],
    ]);
    expect(entries[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: "owner", from: "Latifa Salmi", to: "Yuval Gal" },
        { field: "dueDate", from: "2026-12-01", to: "2026-12-15" },
      ]),
    );
    expect(entries[2]?.changes).toEqual(expect.arrayContaining([{ field: "status", from: "open", to: "done" }]));
  });
});
