// The meeting itself for BIJ1 Den Haag: Tim (the treasurer) prepares the board's agenda, the next board
// meeting after today has items (one already postponed once, one proposed by a guest who asked to
// attend), and the last meetings left decisions, presence and open actions, one of them overdue.
// Dates come from the board's own schedule, so the demo stays right whatever day it is seeded.
import { addDaysLocal, applyExceptions, expandSchedule, nextOccurrenceDate } from "@afdelingsplanner/shared";
import { fromIsoDate as day } from "../lib/dates.ts";
import { exceptionInput, scheduleOf } from "../modules/calendar/mapping.ts";
import type { DemoBranchContext } from "./context.ts";

const TIME_ZONE = "Europe/Amsterdam";
/** Only the SHA-256 of a status link's token is stored; the demo request's link is not meant to be followed. */
const DEMO_TOKEN_HASH = "0".repeat(64);

export async function seedDemoMeetingAgendas({ tx, branchId, branchSlug, personIdByEmail, today }: DemoBranchContext): Promise<void> {
  if (branchSlug !== "den-haag") return;
  const person = (name: string) => {
    const id = personIdByEmail.get(`${name}@bij1-denhaag.example`);
    if (!id) throw new Error(`Demo meeting agendas name unknown person ${name}`);
    return id;
  };
  const board = await tx.meetingSeries.findFirst({ where: { branchId, kind: "board" } });
  if (!board) throw new Error("Demo meeting agendas need the demo board series");
  const exceptions = (await tx.occurrenceException.findMany({ where: { seriesId: board.id } })).map(exceptionInput);
  const next = nextOccurrenceDate({ schedule: scheduleOf(board), exceptions, location: board.location, mode: board.mode }, today, TIME_ZONE);
  const held = applyExceptions(expandSchedule(scheduleOf(board), { from: addDaysLocal(today, -60), to: addDaysLocal(today, -1) }, TIME_ZONE), exceptions, board, TIME_ZONE)
    .filter((occurrence) => occurrence.status !== "cancelled")
    .map((occurrence) => occurrence.date);
  const [before, last] = held.slice(-2);
  if (!next || !before || !last) throw new Error("The demo board series should have meetings around today");

  await tx.seriesPreparer.create({ data: { branchId, seriesId: board.id, personId: person("tim") } });
  const at = (date: string) => ({ branchId, seriesId: board.id, date: day(date) });

  // The last meeting: closed, with one item postponed to the next.
  await tx.meetingRecord.create({ data: { ...at(last), closedAt: new Date(`${last}T21:30:00Z`), closedById: person("tim") } });
  const handled = await tx.agendaItem.create({
    data: { ...at(last), position: 1, title: "Begroting campagne straatintimidatie", type: "decision", ownerId: person("tim"), estimatedMinutes: 30, status: "handled", minutes: "Budget van € 750 vastgesteld; Organizing besteedt het." },
  });
  const postponed = await tx.agendaItem.create({
    data: { ...at(last), position: 2, title: "Huisstijl nieuwsbrief", type: "discussion", ownerId: person("martijn"), estimatedMinutes: 25, status: "postponed" },
  });
  for (const item of [handled, postponed]) await tx.agendaItem.update({ where: { id: item.id }, data: { rootItemId: item.id } });
  await tx.decision.createMany({
    data: [
      { ...at(last), agendaItemId: handled.id, text: "Het bestuur stelt € 750 beschikbaar voor de campagne tegen straatintimidatie.", createdById: person("nadine") },
      { ...at(before), text: "Bestuursvergaderingen blijven hybride; de link staat in de uitnodiging.", createdById: person("nadine") },
    ],
  });
  await tx.actionItem.createMany({
    data: [
      { ...at(before), title: "Offerte drukwerk flyers opvragen", ownerId: person("tim"), dueDate: day(addDaysLocal(before, 7)), createdById: person("nadine") },
      { ...at(last), agendaItemId: handled.id, title: "Campagneplan delen met de werkgroepen", ownerId: person("latifa"), dueDate: day(addDaysLocal(next, 7)), createdById: person("nadine") },
      { ...at(last), title: "Reactie landelijke partij op motie doorsturen", ownerId: person("nadine"), status: "done", doneOn: day(last), createdById: person("nadine") },
    ],
  });
  await tx.meetingAttendance.createMany({
    data: (["latifa", "yuval", "martijn", "nadine", "tim"] as const).flatMap((name) => [
      { ...at(last), personId: person(name), rsvp: name === "yuval" ? ("no" as const) : ("yes" as const), presence: name === "yuval" ? ("excused" as const) : ("present" as const) },
      { ...at(before), personId: person(name), rsvp: "yes" as const, presence: "present" as const },
    ]),
  });

  // The next meeting: the carried item first, then Tim's new items and a guest's proposed topic.
  const items = [
    { title: "Huisstijl nieuwsbrief", type: "discussion" as const, ownerId: person("martijn"), estimatedMinutes: 25, postponedCount: 1, origin: "carried_over" as const, previousItemId: postponed.id, rootItemId: postponed.id },
    { title: "Begroting 2027", type: "decision" as const, ownerId: person("tim"), estimatedMinutes: 40, links: ["https://bij1-denhaag.example/stukken/begroting-2027.pdf"] },
    { title: "Terugkoppeling landelijke partij", type: "information" as const, ownerId: person("nadine"), estimatedMinutes: 15 },
    { title: "Werving nieuwe bestuursleden", type: "discussion" as const, ownerId: person("yuval"), estimatedMinutes: 30 },
  ];
  for (const [index, item] of items.entries()) {
    const created = await tx.agendaItem.create({ data: { ...at(next), position: index + 1, ...item } });
    if (!item.rootItemId) await tx.agendaItem.update({ where: { id: created.id }, data: { rootItemId: created.id } });
  }
  const topic = "Meldpunt straatintimidatie in de Schilderswijk";
  const proposal = await tx.agendaItem.create({
    data: { ...at(next), position: items.length + 1, title: topic, type: "discussion", estimatedMinutes: 15, status: "proposed", origin: "guest", proposedByName: "Amina Bouzid" },
  });
  await tx.agendaItem.update({ where: { id: proposal.id }, data: { rootItemId: proposal.id } });
  await tx.guestRequest.create({
    data: { ...at(next), name: "Amina Bouzid", email: "amina.bouzid@example.org", topic, agendaItemId: proposal.id, tokenHash: DEMO_TOKEN_HASH },
  });
}
