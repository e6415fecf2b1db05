import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { ActionView, AgendaResponse, AttendanceResponse, DecisionView } from "@afdelingsplanner/shared/schemas";

// PDF's built-in Helvetica: no font files to ship, and its WinAnsi covers Dutch (é, ë, ï, €). pdfmake needs no
// image, file or URL for these documents, so it may open none; the policy sees the built-in fonts' names too.
const HELVETICA = { normal: "Helvetica", bold: "Helvetica-Bold", italics: "Helvetica-Oblique", bolditalics: "Helvetica-BoldOblique" };
const BUILT_IN_FONTS = new Set<string>(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => BUILT_IN_FONTS.has(path));

/** What the minutes page shows of one meeting: the agenda with its minutes, who came, the decisions and the actions. */
export interface MinutesContent {
  agenda: AgendaResponse;
  attendance: AttendanceResponse;
  decisions: DecisionView[];
  actions: ActionView[];
  branchName: string;
}

const ITEM_STATUS: Record<string, string> = { proposed: "Voorgesteld", open: "Open", handled: "Behandeld", postponed: "Uitgesteld", referred: "Doorverwezen", declined: "Afgewezen" };
const ACTION_STATUS: Record<string, string> = { open: "Open", done: "Gedaan" };

/** "zaterdag 5 december 2026": the date is a calendar day, so it is formatted as one, whatever the server's zone. */
export function dutchLongDate(isoDate: string): string {
  return new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}

function dutchShortDate(isoDate: string): string {
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The words the agenda, the minutes page and this PDF use for a guest's proposal (meetings.item.proposedByGuest). */
const guestProposal = (name: string) => `Voorgesteld door ${name} (gast, geen lid)`;

function namesOr(names: string[]): string {
  return names.length > 0 ? names.join(", ") : "—";
}

/** The document definition: A4 with 2 cm margins, the same sections and Dutch words as the minutes page. */
export function minutesDocument({ agenda, attendance, decisions, actions, branchName }: MinutesContent): TDocumentDefinitions {
  const { meeting } = agenda;
  const title = `Notulen ${meeting.title}, ${dutchLongDate(meeting.date)}`;
  const itemTitle = (id: string | null) => agenda.items.find((item) => item.id === id)?.title;
  const byPresence = (presence: string) => attendance.people.filter((person) => person.presence === presence).map((person) => person.name);

  const content: Content[] = [
    { text: branchName, style: "small" },
    { text: title, style: "title" },
    ...(meeting.closedAt ? [] : [{ text: "Concept: deze vergadering is nog niet gesloten.", style: "note" }]),
    {
      table: {
        widths: ["auto", "*"],
        body: [
          [{ text: "Aanwezig", bold: true }, namesOr(byPresence("present"))],
          [{ text: "Afgemeld", bold: true }, namesOr(byPresence("excused"))],
          ...(attendance.guests.length > 0 ? [[{ text: "Gasten", bold: true }, namesOr(attendance.guests.map((guest) => guest.name))]] : []),
        ],
      },
      layout: "noBorders",
    },
    { text: "Agendapunten", style: "heading" },
    agenda.items.length === 0
      ? { text: "Geen agendapunten." }
      : {
          ol: agenda.items.map((item) => ({
            stack: [
              { text: [{ text: item.title, bold: true }, ` — ${ITEM_STATUS[item.status] ?? item.status}`] },
              // A guest's name must never read as a member's (issue 16 finding 8), as on the minutes page.
              ...(item.origin === "guest" && item.proposedBy ? [{ text: guestProposal(item.proposedBy), style: "note" }] : []),
              item.minutes ? { text: item.minutes, margin: [0, 2, 0, 6] } : { text: "Geen notulen.", style: "note", margin: [0, 2, 0, 6] },
            ],
            unbreakable: true,
          })),
        },
    { text: "Besluitenlijst", style: "heading" },
    decisions.length === 0
      ? { text: "Geen besluiten." }
      : { ol: decisions.map((decision) => ({ text: [decision.text, ...(itemTitle(decision.agendaItemId) ? [{ text: ` (${itemTitle(decision.agendaItemId)})`, style: "note" }] : [])] })) },
    { text: "Actielijst", style: "heading" },
    actions.length === 0
      ? { text: "Geen acties." }
      : {
          table: {
            headerRows: 1,
            widths: ["*", "auto", "auto", "auto"],
            body: [
              ["Wat", "Wie", "Wanneer klaar", "Status"].map((text) => ({ text, bold: true })),
              ...actions.map((action) => [action.title, action.owner?.name ?? "—", action.dueDate ? dutchShortDate(action.dueDate) : "—", ACTION_STATUS[action.status] ?? action.status]),
            ],
          },
          layout: "lightHorizontalLines",
        },
  ];

  return {
    pageSize: "A4",
    pageMargins: [57, 57, 57, 57], // 2 cm
    info: { title, subject: `Notulen en besluitenlijst, ${branchName}` },
    defaultStyle: { font: "Helvetica", fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 2, 0, 8] },
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      small: { fontSize: 9, color: "#444444" },
      note: { italics: true, color: "#444444" },
    },
    footer: (currentPage: number, pageCount: number) => ({ text: `${title} — pagina ${currentPage} van ${pageCount}`, fontSize: 8, color: "#444444", margin: [57, 20, 57, 0] }),
    content,
  };
}

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
