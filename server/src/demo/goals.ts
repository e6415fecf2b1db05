// The working groups' goals from the plan of BIJ1 Den Haag (../shared/notes/domain.md), with plausible
// activity in the current period (2026-09-01 → 2027-06-30; the demo's today is 2026-11-22), the long-term
// plan's phases and focus topics, the network register and Communicatie's social-media rota.
// Fixed figures the tests rely on: Organizing's demonstrations goal stands at 1 of 5 (a browser test logs
// a second), Communicatie's articles goal is behind and its weekly posts miss two weeks, all else is on track.
import { addDaysLocal, type ActivityType, type CadenceUnit, type GoalKind, type OrganisationType } from "@afdelingsplanner/shared";
import { fromIsoDate as day } from "../lib/dates.ts";
import type { DemoBranchContext } from "./context.ts";

const PERIOD = { periodStart: day("2026-09-01"), periodEnd: day("2027-06-30") };

const PHASES = [
  { key: "1", name: "Fase 1: Wortelen en groeien in de stad", startDate: "2022-01-01", endDate: "2023-12-31", description: "Zichtbaarheid: Hagenaars weten dat BIJ1 in hun stad actief is, vooral in de meest achtergestelde wijken." },
  { key: "2", name: "Fase 2: Stabilisatie", startDate: "2024-01-01", endDate: "2025-12-31", description: "De groei opvangen, meer acties en campagnes, een betrouwbare partner in het netwerk van Haagse activisten." },
  { key: "3", name: "Fase 3: Gemeenteraadsverkiezingen", startDate: "2025-01-01", endDate: "2026-03-31", description: "Oogsten: met ons netwerk en onze vrijwilligers campagne voeren voor een zetel bij de verkiezingen van maart 2026." },
  {
    key: "4",
    name: "Fase 4: Na de verkiezingen (toegevoegd, niet uit het plan)",
    startDate: "2026-04-01",
    endDate: "2027-12-31",
    description: "Toegevoegd voor de demo: het plan van 2022 loopt tot de verkiezingen. Werkgroepen zelfstandig maken en het netwerk verankeren.",
  },
] as const;

const TOPICS = [
  { name: "Armoede", description: "Wonen, onderwijs, zorg en voedsel: armoede als verhaal over kapitalisme en intersecties, niet alleen binnen de lijntjes." },
  { name: "Immigratie", description: "De gemeenschappen van de stad leren kennen, en waar de gemeente faalt in inclusiviteit." },
  { name: "Leefbaarheid", description: "Vuilnis, straatintimidatie en overlast bij de kern aanpakken: de rol van de gemeente in achtergestelde wijken." },
] as const;

const ORGANISATIONS: { name: string; type: OrganisationType; contactNotes: string; website?: string }[] = [
  { name: "Partij voor de Dieren Den Haag", type: "party", contactNotes: "Partner genoemd in het plan. Contact via de fractiemedewerker." },
  { name: "Haagse Stadspartij", type: "party", contactNotes: "Partner genoemd in het plan; lokale partij met raadszetels." },
  { name: "DENK Den Haag", type: "party", contactNotes: "Partner genoemd in het plan." },
  { name: "Afrikaans VluchtelingenCollectief", type: "community", contactNotes: "Partner genoemd in het plan; samen een gespreksavond over immigratie voorbereiden." },
  { name: "Haags Belang", type: "party", contactNotes: "Lokale partij sinds december 2021 (1860 stemmen in 2022): sociale cohesie, tegen segregatie." },
  { name: "Volt Den Haag", type: "party", contactNotes: "Co-lijsttrekkers Mylène Tabernal en Jonne Tuijn; programma 'Vooruitgang kan'." },
  { name: "PvdA Den Haag", type: "party", contactNotes: "Wethouder wonen, wijken en welzijn; aanpak van huisjesmelkers." },
  { name: "Gemeente Den Haag", type: "government", contactNotes: "Verbindingsbeleid 'Bouwen aan een verbonden stad'; inspreken via de griffie.", website: "https://www.denhaag.nl" },
  // Not from the seed documents: neighbourhood and labour partners a branch like this would talk to.
  { name: "Bewonersorganisatie Schilderswijk", type: "community", contactNotes: "Demo-organisatie. Meldingen van straatintimidatie in de wijk." },
  { name: "Huurdersvereniging Transvaal", type: "community", contactNotes: "Demo-organisatie. Achterstallig onderhoud en hoge huren." },
  { name: "FNV Den Haag", type: "union", contactNotes: "Demo-organisatie. Armoede en werk." },
];

interface DemoGoal {
  group: string;
  title: string;
  kind: GoalKind;
  target: number;
  activityType?: ActivityType;
  cadenceUnit?: CadenceUnit;
  owner: string;
  phase: string;
  topic?: string;
  period?: { periodStart: Date; periodEnd: Date };
}

const GOALS: DemoGoal[] = [
  { group: "communicatie", title: "Minstens 5 socialemediaberichten per week", kind: "cadence", target: 5, activityType: "social_posts", cadenceUnit: "week", owner: "priya", phase: "4" },
  { group: "communicatie", title: "Maandelijkse nieuwsbrief", kind: "cadence", target: 1, activityType: "newsletter", cadenceUnit: "month", owner: "martijn", phase: "4" },
  { group: "communicatie", title: "8 achtergrondartikelen", kind: "count", target: 8, activityType: "article", owner: "martijn", phase: "4", topic: "Armoede" },
  { group: "communicatie", title: "2500 volgers op sociale media", kind: "metric", target: 2500, owner: "latifa", phase: "4" },
  { group: "politieke-agenda", title: "Meldpunt straatintimidatie opgezet", kind: "milestone", target: 1, owner: "nadine", phase: "4", topic: "Leefbaarheid", period: { periodStart: day("2026-09-01"), periodEnd: day("2027-03-31") } },
  { group: "politieke-agenda", title: "Minstens 1x inspreken in de gemeenteraad", kind: "count", target: 1, activityType: "council_speech", owner: "daan", phase: "4" },
  { group: "organizing", title: "Aanwezig bij minstens 5 demonstraties", kind: "count", target: 5, activityType: "demonstration", owner: "lid", phase: "4", topic: "Leefbaarheid" },
  { group: "organizing", title: "3 eigen acties georganiseerd", kind: "count", target: 3, activityType: "own_action", owner: "tim", phase: "4", topic: "Leefbaarheid" },
  { group: "organizing", title: "Netwerkgesprekken met minstens 10 lokale organisaties", kind: "distinct", target: 10, activityType: "network_conversation", owner: "tim", phase: "4" },
  // A finished goal of the election phase, so the plan's timeline shows what earlier phases achieved.
  { group: "organizing", title: "Verkiezingscampagne: 6 eigen acties", kind: "count", target: 6, activityType: "own_action", owner: "tim", phase: "3", period: { periodStart: day("2025-09-01"), periodEnd: day("2026-03-18") } },
];

type DemoActivity = [group: string, type: ActivityType, date: string, who: string, extra?: { count?: number; organisation?: string; note?: string; link?: string }];

// Posts per ISO week from W36 (the period's first, short week): W40 and W45 fall short of five, and
// W47 (this week, ending today) has only two so far.
const POSTS_PER_WEEK: [monday: string, counts: number[]][] = [
  ["2026-09-01", [3, 2]], ["2026-09-07", [4, 2]], ["2026-09-14", [2, 3]], ["2026-09-21", [3, 2]], ["2026-09-28", [3]], ["2026-10-05", [2, 3]],
  ["2026-10-12", [4, 3]], ["2026-10-19", [3, 2]], ["2026-10-26", [2, 3]], ["2026-11-02", [2, 2]], ["2026-11-09", [3, 2]], ["2026-11-16", [2]],
];
const POSTERS = ["priya", "latifa", "martijn"];

const ACTIVITIES: DemoActivity[] = [
  ...POSTS_PER_WEEK.flatMap(([monday, counts], week) =>
    counts.map((count, index): DemoActivity => ["communicatie", "social_posts", addDaysLocal(monday, index * 3), POSTERS[(week + index) % POSTERS.length] ?? "priya", { count }]),
  ),
  ["communicatie", "newsletter", "2026-09-28", "martijn", { note: "Nieuwsbrief september: terugblik op de zomer, agenda najaar" }],
  ["communicatie", "newsletter", "2026-10-27", "martijn", { note: "Nieuwsbrief oktober: campagne straatintimidatie" }],
  ["communicatie", "article", "2026-10-14", "priya", { note: "Achtergrond: armoede in Den Haag Zuidwest", link: "https://bij1-denhaag.example/artikelen/armoede-zuidwest" }],
  ["politieke-agenda", "theme_evening", "2026-09-17", "nadine", { note: "ThemaBIJ1komst over straatintimidatie, met een spreker van de bewonersorganisatie" }],
  ["organizing", "demonstration", "2026-06-20", "tim", { note: "Demonstratie op Wereldvluchtelingendag (vorige periode)" }],
  ["organizing", "demonstration", "2026-10-10", "lid", { note: "Demonstratie tegen straatintimidatie op het Plein" }],
  ["organizing", "own_action", "2026-11-07", "lid", { note: "Flyeractie straatintimidatie op de Hoefkade" }],
  ["organizing", "network_conversation", "2026-06-10", "tim", { organisation: "Haagse Stadspartij", note: "Kennismaking (vorige periode)" }],
  ["organizing", "network_conversation", "2026-09-15", "tim", { organisation: "Volt Den Haag", note: "Samenwerking rond armoede verkend" }],
  ["organizing", "network_conversation", "2026-09-29", "latifa", { organisation: "Partij voor de Dieren Den Haag" }],
  ["organizing", "network_conversation", "2026-10-08", "lid", { organisation: "Afrikaans VluchtelingenCollectief", note: "Gespreksavond immigratie voorbereid" }],
  ["organizing", "network_conversation", "2026-10-20", "tim", { organisation: "Haags Belang" }],
  ["organizing", "network_conversation", "2026-11-03", "tim", { organisation: "DENK Den Haag" }],
  ["organizing", "network_conversation", "2026-11-12", "lid", { organisation: "Afrikaans VluchtelingenCollectief", note: "Vervolgafspraak" }],
  ["organizing", "network_conversation", "2026-11-18", "lid", { organisation: "Bewonersorganisatie Schilderswijk", note: "Meldingen straatintimidatie in de wijk" }],
  ...["2025-10-11", "2025-11-15", "2025-12-13", "2026-01-24", "2026-02-21", "2026-03-14"].map((date): DemoActivity => ["organizing", "own_action", date, "tim", { note: "Campagneactie gemeenteraadsverkiezingen" }]),
];

const FOLLOWERS: [date: string, value: number][] = [["2026-09-01", 1840], ["2026-10-01", 1905], ["2026-11-01", 1990], ["2026-11-20", 2035]];

export async function seedDemoGoals({ tx, branchId, branchSlug, personIdByEmail, workingGroupIdBySlug }: DemoBranchContext): Promise<void> {
  if (branchSlug !== "den-haag") return;
  const person = (name: string) => required(personIdByEmail.get(`${name}@bij1-denhaag.example`), `person ${name}`);
  const group = (slug: string) => required(workingGroupIdBySlug.get(slug), `working group ${slug}`);

  const phaseIds = new Map<string, string>();
  for (const { key, startDate, endDate, ...phase } of PHASES) {
    phaseIds.set(key, (await tx.planPhase.create({ data: { branchId, ...phase, startDate: day(startDate), endDate: day(endDate) } })).id);
  }
  const topicIds = new Map<string, string>();
  for (const topic of TOPICS) topicIds.set(topic.name, (await tx.focusTopic.create({ data: { branchId, ...topic } })).id);
  const organisationIds = new Map<string, string>();
  for (const organisation of ORGANISATIONS) organisationIds.set(organisation.name, (await tx.organisation.create({ data: { branchId, ...organisation } })).id);

  const goalIds = new Map<string, string>();
  for (const goal of GOALS) {
    const created = await tx.goal.create({
      data: {
        branchId,
        workingGroupId: group(goal.group),
        title: goal.title,
        kind: goal.kind,
        target: goal.target,
        activityType: goal.activityType ?? null,
        cadenceUnit: goal.cadenceUnit ?? null,
        ...(goal.period ?? PERIOD),
        ownerId: person(goal.owner),
        phaseId: required(phaseIds.get(goal.phase), `phase ${goal.phase}`),
        focusTopicId: goal.topic ? required(topicIds.get(goal.topic), `topic ${goal.topic}`) : null,
      },
    });
    goalIds.set(goal.title, created.id);
  }
  const followersGoal = required(goalIds.get("2500 volgers op sociale media"), "the followers goal");
  await tx.goalMeasurement.createMany({
    data: FOLLOWERS.map(([date, value]) => ({ branchId, goalId: followersGoal, date: day(date), value, recordedById: person("latifa") })),
  });

  await tx.activity.createMany({
    data: ACTIVITIES.map(([slug, type, date, who, extra = {}]) => ({
      branchId,
      workingGroupId: group(slug),
      type,
      date: day(date),
      personId: person(who),
      createdById: person(who),
      organisationId: extra.organisation ? required(organisationIds.get(extra.organisation), `organisation ${extra.organisation}`) : null,
      count: extra.count ?? 1,
      note: extra.note ?? "",
      link: extra.link ?? null,
    })),
  });

  // The plan's social-media rota: who watches and answers which week. Martijn and Priya swapped W49 and W50.
  const rota = await tx.dutyRota.create({
    data: {
      branchId,
      workingGroupId: group("communicatie"),
      name: "Sociale media",
      description: "Wie deze week de accounts bijhoudt: inspringen op de actualiteit en reacties beantwoorden.",
      anchorWeek: "2026-W36",
      members: { create: ["latifa", "martijn", "priya"].map((name, position) => ({ branchId, personId: person(name), position })) },
    },
  });
  await tx.dutyRotaOverride.createMany({
    data: [
      { branchId, rotaId: rota.id, week: "2026-W49", personId: person("priya"), createdById: person("latifa") },
      { branchId, rotaId: rota.id, week: "2026-W50", personId: person("martijn"), createdById: person("latifa") },
    ],
  });
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo goals name unknown ${what}`);
  return value;
}
