// Times a year's personal feed written two ways: ical-generator folding every line itself
// (calendar.toString()) and our icsText(), which folds the events' lines in one pass. The text must be
// the same; the figures decide which of the two the feed uses (server/src/modules/meetings/icsText.ts).
import ical from "ical-generator";
import { performance } from "node:perf_hooks";
import { icsText } from "../server/src/modules/calendar/icsText.ts";

const DESCRIPTION =
  "Hybride · Agenda: opening, vaststellen notulen, campagne tegen straatintimidatie (Schilderswijk, Transvaal), begroting, rondvraag. Inloop vanaf 19:15; koffie en thee staan klaar. Toegankelijk met rolstoel; laat het ons weten als je iets nodig hebt.";

function yearOfMeetings(events: number) {
  const calendar = ical({ name: "Afdelingsplanner · Latifa Salmi", prodId: { company: "Afdelingsplanner", product: "Afdelingsplanner", language: "NL" } });
  const stamp = new Date("2026-11-22T11:00:00Z");
  for (let index = 0; index < events; index += 1) {
    const start = new Date(Date.UTC(2026, 10, 23 + index, 18, 30));
    calendar.createEvent({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}-2026-11-23@afdelingsplanner`,
      start,
      end: new Date(start.getTime() + 90 * 60_000),
      stamp,
      summary: `Werkgroep Organizing · BIJ1 Den Haag`,
      location: "Buurthuis De Mussen, Hoefkade 602, Den Haag",
      description: DESCRIPTION,
    });
  }
  return calendar;
}

function medianMs(run: () => void, runs: number): number {
  const timings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const begin = performance.now();
    run();
    timings.push(performance.now() - begin);
  }
  return [...timings.slice(3)].sort((a, b) => a - b)[Math.floor((runs - 3) / 2)] ?? Number.NaN;
}

export function compareIcsFolding(events = 200, runs = 25) {
  const same = yearOfMeetings(events).toString() === icsText(yearOfMeetings(events));
  const library = medianMs(() => void yearOfMeetings(events).toString(), runs);
  const own = medianMs(() => void icsText(yearOfMeetings(events)), runs);
  return { events, library, own, same };
}
