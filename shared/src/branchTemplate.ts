// The plan of BIJ1 Den Haag as a template for any branch (../../shared/notes/domain.md): five board seats,
// the board in odd ISO weeks, each working group in even weeks on its own weekday, a monthly branch meeting
// and a theme evening every two months, and the three usual working groups. The demo seed builds Den Haag
// from it and the platform admin starts new branches from it, so both follow the same plan.
// Pure data without imports, so the web app can show the working groups without pulling in the rules.

export interface TemplateWorkingGroup {
  slug: string;
  name: string;
  description: string;
}

export interface TemplateBoardSeat {
  /** The seat's function as the board calls it (duo-voorzitter, secretaris, …). */
  function: string;
}

export interface TemplateSeries {
  /** Names the series, so a branch (the demo) can add its own place to it. */
  key: string;
  kind: "board" | "working_group" | "branch_meeting" | "theme";
  title: string;
  description: string;
  /** The working group that meets: its slug in TEMPLATE_WORKING_GROUPS. */
  workingGroup?: string;
  recurrence: { kind: "odd_weeks" | "even_weeks"; weekday: number } | { kind: "rrule"; rrule: string };
  startTime: string;
  durationMinutes: number;
  mode: "in_person" | "online" | "hybrid";
}

export const TEMPLATE_WORKING_GROUPS = [
  {
    slug: "communicatie",
    name: "Communicatie",
    description: "Socialemediaberichten, de maandelijkse nieuwsbrief, achtergrondartikelen en het socialemediarooster.",
  },
  {
    slug: "politieke-agenda",
    name: "Politieke agenda",
    description: "Een meldpunt straatintimidatie opzetten en inspreken bij de gemeenteraad.",
  },
  {
    slug: "organizing",
    name: "Organizing",
    description: "Demonstraties, eigen acties en netwerkgesprekken met lokale organisaties; eerste campagne tegen straatintimidatie.",
  },
] as const satisfies readonly TemplateWorkingGroup[];

export type TemplateWorkingGroupSlug = (typeof TEMPLATE_WORKING_GROUPS)[number]["slug"];
export const TEMPLATE_WORKING_GROUP_SLUGS: TemplateWorkingGroupSlug[] = TEMPLATE_WORKING_GROUPS.map((group) => group.slug);

/** In the order the roster shows them (their position). */
export const TEMPLATE_BOARD_SEATS: readonly TemplateBoardSeat[] = [
  { function: "duo-voorzitter" },
  { function: "duo-voorzitter" },
  { function: "algemeen bestuurslid" },
  { function: "secretaris" },
  { function: "penningmeester" },
];

/** Weekday evenings, as a branch would: the working groups on Monday, Wednesday and Thursday of the even weeks. */
export const TEMPLATE_SERIES: readonly TemplateSeries[] = [
  {
    key: "board",
    kind: "board",
    title: "Bestuursvergadering",
    description: "Open voor iedereen, op afspraak. De penningmeester bereidt de agenda voor.",
    recurrence: { kind: "odd_weeks", weekday: 2 },
    startTime: "19:30",
    durationMinutes: 120,
    mode: "hybrid",
  },
  {
    key: "communicatie",
    kind: "working_group",
    title: "Werkgroep Communicatie",
    description: "",
    workingGroup: "communicatie",
    recurrence: { kind: "even_weeks", weekday: 1 },
    startTime: "19:30",
    durationMinutes: 90,
    mode: "online",
  },
  {
    key: "politieke-agenda",
    kind: "working_group",
    title: "Werkgroep Politieke agenda",
    description: "",
    workingGroup: "politieke-agenda",
    recurrence: { kind: "even_weeks", weekday: 3 },
    startTime: "19:30",
    durationMinutes: 90,
    mode: "in_person",
  },
  {
    key: "organizing",
    kind: "working_group",
    title: "Werkgroep Organizing",
    description: "",
    workingGroup: "organizing",
    recurrence: { kind: "even_weeks", weekday: 4 },
    startTime: "19:30",
    durationMinutes: 90,
    mode: "online",
  },
  {
    key: "branch-meeting",
    kind: "branch_meeting",
    title: "Afdelingsbijeenkomst",
    description: "Voor alle actieve leden. Bij voorkeur fysiek; online of hybride als de omstandigheden daarom vragen.",
    recurrence: { kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=-1FR" },
    startTime: "19:30",
    durationMinutes: 150,
    mode: "in_person",
  },
  {
    key: "theme",
    kind: "theme",
    title: "ThemaBIJ1komst",
    description: "Themabijeenkomst over een maatschappelijk thema, soms met sprekers van buiten.",
    recurrence: { kind: "rrule", rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3TH" },
    startTime: "19:30",
    durationMinutes: 120,
    mode: "in_person",
  },
];

/** The template's series for a branch that keeps only some of the usual working groups: the others' meetings go too. */
export function templateSeriesFor(workingGroups: readonly string[]): TemplateSeries[] {
  return TEMPLATE_SERIES.filter((series) => !series.workingGroup || workingGroups.includes(series.workingGroup));
}
