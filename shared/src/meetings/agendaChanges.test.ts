import { describe, expect, it } from "vitest";
import { agendaChanges, hasAgendaChanges, type SentAgenda, type SentAgendaItem } from "./agendaChanges.ts";

const item = (id: string, changes: Partial<SentAgendaItem> = {}): SentAgendaItem => ({ id, title: `Punt ${id}`, owner: null, estimatedMinutes: 10, links: [], postponedCount: 0, ...changes });
const agenda = (items: SentAgendaItem[], changes: Partial<SentAgenda> = {}): SentAgenda => ({ start: "2026-12-01T19:30:00+01:00", end: "2026-12-01T21:30:00+01:00", location: "Buurthuis", items, ...changes });

describe("agendaChanges", () => {
  it("finds nothing when the same agenda goes out again", () => {
    const sent = agenda([item("a"), item("b")]);
    expect(hasAgendaChanges(agendaChanges(sent, structuredClone(sent)))).toBe(false);
  });

  it("lists added, removed and changed items, with the fields that changed", () => {
    const changes = agendaChanges(agenda([item("a"), item("b"), item("c")]), agenda([item("a", { title: "Begroting 2027", links: ["https://x"] }), item("c"), item("d")]));
    expect(changes.added.map((one) => one.id)).toEqual(["d"]);
    expect(changes.removed.map((one) => one.id)).toEqual(["b"]);
    expect(changes.changed).toEqual([{ item: expect.objectContaining({ id: "a" }), fields: ["title", "links"] }]);
    expect(changes.timeChanged || changes.locationChanged).toBe(false);
  });

  it("notices a moved meeting and a new place; a new order alone is no change", () => {
    const changes = agendaChanges(agenda([item("a"), item("b")]), agenda([item("b"), item("a")], { start: "2026-12-02T19:30:00+01:00", location: "Online" }));
    expect(changes).toMatchObject({ added: [], removed: [], changed: [], timeChanged: true, locationChanged: true });
  });
});
