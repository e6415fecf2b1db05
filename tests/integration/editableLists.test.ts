import { describe, expect, it } from "vitest";
import type { ActionHistoryResponse, RotaView } from "@afdelingsplanner/shared/schemas";
import { toIsoDate } from "../../server/src/lib/dates.ts";
import { useTestApp } from "../support/app.ts";
import { DEN_HAAG, PEOPLE, client } from "./goalsHelpers.ts";

// Issue 18, item 5: the versions on agenda reorder and delete and on ending a rota, and an action's history.
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
  it("ends the rota only at the version the chair saw", async () => {
    const rota = (await api.call(PEOPLE.latifa, "GET", `${DEN_HAAG}/rotas?workingGroup=communicatie`)).json().rotas[0] as RotaView;
    const renamed = await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/rotas/${rota.id}`, { name: "Sociale media (oud)", version: rota.version });
    expect(renamed.statusCode).toBe(200);
    const stale = await api.call(PEOPLE.latifa, "DELETE", `${DEN_HAAG}/rotas/${rota.id}?version=${rota.version}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect(await ctx.db.dutyRota.count({ where: { id: rota.id } })).toBe(1);
    expect((await api.call(PEOPLE.latifa, "DELETE", `${DEN_HAAG}/rotas/${rota.id}?version=${rota.version + 1}`)).statusCode).toBe(204);
    expect(await ctx.db.dutyRota.count({ where: { id: rota.id } })).toBe(0);
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
