import type { Db } from "../../../db/client.ts";
import { branchOrganizer, feedUid, itipCalendar } from "../../calendar/index.ts";
import { enqueueMail, enqueueMails, layoutMail, type OutgoingMail } from "../../notifications/index.ts";
import type { Meeting } from "../meeting.ts";
import { longDate, mailRecipients, whenOf, whereOf } from "../meetingMails.ts";

/*
 * Guests' mails (issue 15): a new request tells the secretaries (kind guest_request, per person, so it follows
 * their preferences); the guest hears the decision (guest_decision, transactional: a guest has no account and
 * no preferences). An approval carries the practical details and a calendar invitation for that one meeting.
 */

interface GuestRequestFacts {
  branch: { id: string; slug: string; name: string };
  seriesTitle: string;
  date: string;
  name: string;
  topic: string;
}

/** Mails each secretary of the branch about a new request, in the transaction that stores it. */
export async function enqueueGuestRequestMails(tx: Db, request: GuestRequestFacts, publicUrl: string): Promise<void> {
  const secretaries = await tx.branchRole.findMany({ where: { branchId: request.branch.id, role: "secretary" }, select: { personId: true } });
  const recipients = await mailRecipients(tx, request.branch.id, secretaries.map((role) => role.personId));
  const url = `${publicUrl}/a/${request.branch.slug}/aanvragen`;
  const mails: OutgoingMail[] = recipients.map((recipient) => {
    const nl = recipient.locale === "nl";
    const day = longDate(recipient.locale, request.date);
    const topic = request.topic
      ? nl
        ? `Het onderwerp dat ${request.name} wil inbrengen staat als voorstel op de agenda: "${request.topic}".`
        : `The topic ${request.name} would like to raise is on the agenda as a proposal: "${request.topic}".`
      : nl
        ? `${request.name} heeft geen onderwerp opgegeven.`
        : `${request.name} gave no topic.`;
    const content = layoutMail(recipient.locale, {
      subject: nl ? `Verzoek om de ${request.seriesTitle} van ${day} bij te wonen` : `Request to attend the ${request.seriesTitle} of ${day}`,
      greeting: nl ? `Hoi ${recipient.name},` : `Hi ${recipient.name},`,
      paragraphs: [
        nl ? `${request.name} wil graag de ${request.seriesTitle} van ${day} bijwonen.` : `${request.name} asks to attend the ${request.seriesTitle} of ${day}.`,
        topic,
        nl ? "Keur het verzoek goed of wijs het af in de lijst met aanvragen; de gast krijgt je antwoord per mail." : "Approve or decline the request in the list of requests; the guest gets your answer by mail.",
      ],
      action: { label: nl ? "Aanvragen bekijken" : "View requests", url },
    });
    return { branchId: request.branch.id, to: recipient.email, locale: recipient.locale, kind: "guest_request", personId: recipient.personId, ...content };
  });
  await enqueueMails(tx, mails);
}

interface DecisionFacts {
  branch: { id: string; name: string };
  /** The meeting; its occurrence (time and place) is only needed for an approval. */
  meeting: Pick<Meeting, "date"> & { series: Pick<Meeting["series"], "id" | "title"> } & { occurrence: Meeting["occurrence"] | null };
  guest: { name: string; email: string };
  /** The app's clock: the invitation's DTSTAMP. */
  now: Date;
  /** MAIL_FROM: the invitation's organizer address. */
  mailFrom: string;
}

/**
 * The decision to the guest (in Dutch: a guest has no account to tell us their language). An approval (a meeting
 * with its occurrence) says when and where, and carries a METHOD:REQUEST for that one meeting, with the UID the members' feeds use.
 */
export async function enqueueGuestDecisionMail(tx: Db, facts: DecisionFacts): Promise<void> {
  const { meeting, guest, branch } = facts;
  const { occurrence } = meeting;
  const day = longDate("nl", meeting.date);
  const title = meeting.series.title;
  const paragraphs = occurrence
    ? [
        `Je bent welkom bij de ${title} van ${branch.name} op ${day}.`,
        `Wanneer: ${whenOf("nl", { occurrence })}\n${whereOf("nl", occurrence)}`,
        "In de bijlage zit een agenda-uitnodiging; neem die over in je agenda. Kun je toch niet komen? Laat het ons weten door op deze mail te antwoorden.",
      ]
    : [
        `Je vroeg om de ${title} van ${branch.name} op ${day} bij te wonen. Helaas kan dat deze keer niet.`,
        "Heb je een vraag of een onderwerp voor het bestuur? Antwoord dan op deze mail.",
      ];
  const content = layoutMail("nl", {
    subject: occurrence ? `Je bent welkom bij de ${title} van ${day}` : `Je verzoek om de ${title} van ${day} bij te wonen`,
    greeting: `Hoi ${guest.name},`,
    paragraphs,
  });
  const calendar = occurrence
    ? {
        method: "REQUEST" as const,
        body: itipCalendar({
          method: "REQUEST",
          organizer: branchOrganizer(branch.name, facts.mailFrom),
          attendee: guest,
          stamp: facts.now,
          events: [
            {
              uid: feedUid(meeting.series.id, meeting.date),
              start: new Date(occurrence.startsAt),
              end: new Date(occurrence.endsAt),
              summary: `${title} (${branch.name})`,
              location: occurrence.location,
              sequence: 0,
            },
          ],
        }),
      }
    : undefined;
  await enqueueMail(tx, { branchId: branch.id, to: guest.email, locale: "nl", kind: "guest_decision", ...content, ...(calendar ? { calendar } : {}) });
}
