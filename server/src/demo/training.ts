// Chapter 3 of the plan of BIJ1 Den Haag, "Scholing": the three topics from its politics (armoede, immigratie,
// leefbaarheid) with the plan's own learning questions, the board's own development, the wijken the plan names
// and sessions around the demo's today (2026-11-22). Fixed figures the tests rely on: Organizing's conversation
// evening on street harassment (2026-11-04) is done, has an expert and an ervaringsdeskundige, and is the first
// of four for its goal "4 gespreksavonden per jaar"; Duinoord, Laak and Statenkwartier are quiet (nothing in six
// months), Schilderswijk and Transvaal are not.
import type { SpeakerKind, TrainingForm } from "@afdelingsplanner/shared";
import { fromIsoDate as day } from "../lib/dates.ts";
import { syncSessionLinks } from "../modules/training/service.ts";
import type { DemoBranchContext } from "./context.ts";

const NEIGHBOURHOODS = ["Schilderswijk", "Transvaal", "Duinoord", "Laak", "Statenkwartier"] as const;

const TOPICS: { name: string; focusTopic: string | null; description: string; questions: string[] }[] = [
  {
    name: "Armoede",
    focusTopic: "Armoede",
    description: "Meer dan 50.000 Hagenaren leven in armoede. We willen erover horen van zoveel mogelijk verschillende Hagenaren.",
    questions: ["Op welke manieren uit armoede zich in hun levens?"],
  },
  {
    name: "Immigratie",
    focusTopic: "Immigratie",
    description: "De gemeenschappen van onze stad leren kennen en leren over de obstakels die zij ervaren.",
    questions: [
      "Welke obstakels ervaren mensen uit de verschillende gemeenschappen die onze stad kent?",
      "Op welke gebieden faalt de gemeente momenteel qua inclusiviteit?",
      "Wat missen Hagenaren met een migratieachtergrond op gebied van inclusiviteit?",
    ],
  },
  {
    name: "Leefbaarheid",
    focusTopic: "Leefbaarheid",
    description: "De leefbaarheid in de wijken hangt nauw samen met de sociaal-economische positie van haar bewoners.",
    questions: [
      "Op welke manieren speelt de gemeente een rol in het achterstellen van wijken?",
      "Op welke manieren uit de discriminatie vanuit de gemeente zich in de wijk?",
      "Welke problematiek speelt specifiek in welke wijk?",
    ],
  },
  {
    name: "Eigen ontwikkeling bestuur",
    focusTopic: null,
    description: "Weten wat er speelt in Den Haag: bewoners uitnodigen bij bestuursvergaderingen, spreekuren in de wijken, leren van andere afdelingen.",
    questions: ["Wat speelt er binnen ons afdelingsgebied, Den Haag?", "Hoe hebben andere afdelingen hun afdeling opgebouwd?"],
  },
];

interface DemoSession {
  topic: string;
  form: TrainingForm;
  title: string;
  group: string;
  date: string | null;
  startTime?: string;
  location?: string;
  neighbourhood?: string;
  lenses?: string[];
  speakers?: [name: string, kind: SpeakerKind][];
  attendance?: number;
  evaluation?: string;
}

// Dates sit where no regular meeting of the plan's rhythm falls (the evening in odd week 45 on a Wednesday,
// office hours on Saturdays), and the later plans have no date yet, so the demo's calendar weeks and Communicatie's
// articles goal (behind) stay as they were.
const SESSIONS: DemoSession[] = [
  {
    topic: "Leefbaarheid",
    form: "conversation_evening",
    title: "Gespreksavond straatintimidatie",
    group: "organizing",
    date: "2026-11-04",
    location: "Buurthuis De Mussen, Hoefkade 602",
    neighbourhood: "Schilderswijk",
    lenses: ["colour", "gender", "sexuality", "class"],
    speakers: [
      ["Yasmina Haddou (bewoner Schilderswijk)", "lived_experience"],
      ["Dr. Eline Verhoef (onderzoeker straatintimidatie)", "expert"],
    ],
    attendance: 27,
    evaluation: "Veel herkenning bij bewoners; vraag om een meldpunt in de wijk. Volgende keer tolk Arabisch regelen.",
  },
  {
    topic: "Leefbaarheid",
    form: "office_hours",
    title: "Spreekuur Schilderswijk",
    group: "organizing",
    date: "2026-10-03",
    startTime: "13:00",
    location: "Bibliotheek Schilderswijk",
    neighbourhood: "Schilderswijk",
    lenses: ["class"],
    attendance: 9,
    evaluation: "Vooral vragen over schimmel en achterstallig onderhoud.",
  },
  { topic: "Leefbaarheid", form: "office_hours", title: "Spreekuur Duinoord", group: "organizing", date: "2026-04-18", startTime: "13:00", location: "Buurthuis Duinoord", neighbourhood: "Duinoord", attendance: 4 },
  { topic: "Eigen ontwikkeling bestuur", form: "office_hours", title: "Spreekuur Transvaal", group: "organizing", date: "2026-12-12", startTime: "13:00", location: "Huurdersvereniging Transvaal", neighbourhood: "Transvaal" },
  {
    topic: "Armoede",
    form: "background_article",
    title: "Achtergrondartikel: leven van een bijstandsuitkering in Den Haag",
    group: "communicatie",
    date: null,
    lenses: ["class", "disability"],
    speakers: [["Marco de Wit (ervaringsdeskundige armoede)", "lived_experience"]],
  },
  {
    topic: "Immigratie",
    form: "conversation_evening",
    title: "Gespreksavond met het Afrikaans VluchtelingenCollectief",
    group: "organizing",
    date: null,
    location: "Zaal Stek, Stadhoudersplantsoen 24",
    lenses: ["colour", "class"],
    speakers: [["Woordvoerder Afrikaans VluchtelingenCollectief", "lived_experience"]],
  },
  { topic: "Immigratie", form: "social_media_series", title: "Socialemediaserie: gemeenschappen van Den Haag", group: "communicatie", date: null },
  { topic: "Eigen ontwikkeling bestuur", form: "branch_visit", title: "Bezoek aan BIJ1 Rotterdam", group: "organizing", date: null, location: "Rotterdam" },
];

export async function seedDemoTraining({ tx, branchId, branchSlug, personIdByEmail, workingGroupIdBySlug }: DemoBranchContext): Promise<void> {
  if (branchSlug !== "den-haag") return;
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Demo training names unknown ${what}`);
    return value;
  };
  const group = (slug: string) => required(workingGroupIdBySlug.get(slug), `working group ${slug}`);
  const tim = required(personIdByEmail.get("tim@bij1-denhaag.example"), "person tim");

  const neighbourhoodIds = new Map<string, string>();
  for (const name of NEIGHBOURHOODS) neighbourhoodIds.set(name, (await tx.neighbourhood.create({ data: { branchId, name } })).id);

  const focusTopics = new Map((await tx.focusTopic.findMany({ where: { branchId }, select: { id: true, name: true } })).map((topic) => [topic.name, topic.id]));
  const topicIds = new Map<string, string>();
  for (const [position, topic] of TOPICS.entries()) {
    const created = await tx.trainingTopic.create({
      data: { branchId, name: topic.name, description: topic.description, focusTopicId: topic.focusTopic ? required(focusTopics.get(topic.focusTopic), `focus topic ${topic.focusTopic}`) : null, learningQuestions: topic.questions, position },
    });
    topicIds.set(topic.name, created.id);
  }

  // Learning from other branches: a network entry of its own kind.
  await tx.organisation.create({ data: { branchId, name: "BIJ1 Rotterdam", type: "branch", contactNotes: "Andere afdeling. Leren hoe zij hun afdeling en hun wijkspreekuren hebben opgebouwd." } });

  await tx.goal.create({
    data: {
      branchId,
      workingGroupId: group("organizing"),
      title: "4 gespreksavonden per jaar",
      kind: "count",
      target: 4,
      activityType: "conversation_evening",
      periodStart: day("2026-09-01"),
      periodEnd: day("2027-08-31"),
      ownerId: tim,
      phaseId: (await tx.planPhase.findFirst({ where: { branchId, name: { startsWith: "Fase 4" } }, select: { id: true } }))?.id ?? null,
      focusTopicId: focusTopics.get("Leefbaarheid") ?? null,
    },
  });

  for (const session of SESSIONS) {
    const created = await tx.trainingSession.create({
      data: {
        branchId,
        topicId: required(topicIds.get(session.topic), `topic ${session.topic}`),
        form: session.form,
        title: session.title,
        workingGroupId: group(session.group),
        date: session.date ? day(session.date) : null,
        startTime: session.startTime ?? "19:30",
        location: session.location ?? "",
        neighbourhoodId: session.neighbourhood ? required(neighbourhoodIds.get(session.neighbourhood), `wijk ${session.neighbourhood}`) : null,
        lenses: session.lenses ?? [],
        attendance: session.attendance ?? null,
        evaluation: session.evaluation ?? "",
        speakers: { create: (session.speakers ?? []).map(([name, kind], position) => ({ branchId, name, kind, position })) },
      },
    });
    await syncSessionLinks(tx, branchId, created.id, session.topic, tim);
  }
}
