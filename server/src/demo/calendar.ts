// The plan's rhythm for BIJ1 Den Haag (../shared/notes/domain.md), valid from 2022-09-01:
// the board in odd ISO weeks, each working group in even weeks on its own weekday, a monthly
// branch meeting and a theme evening every two months. Weekday evenings, as a branch would.
import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoBranchContext } from "./context.ts";

const VALID_FROM = new Date("2022-09-01T00:00:00Z");

export async function seedDemoMeetings({ tx, branchId, branchSlug, workingGroupIdBySlug }: DemoBranchContext): Promise<void> {
  if (branchSlug !== "den-haag") return;
  const group = (slug: string) => {
    const id = workingGroupIdBySlug.get(slug);
    if (!id) throw new Error(`Demo meetings name unknown working group ${slug}`);
    return id;
  };
  const series: Omit<Prisma.MeetingSeriesCreateManyInput, "branchId" | "validFrom">[] = [
      {
        kind: "board",
        title: "Bestuursvergadering",
        description: "Open voor iedereen, op afspraak. De penningmeester bereidt de agenda voor.",
        recurrenceKind: "odd_weeks",
        weekday: 2,
        startTime: "19:30",
        durationMinutes: 120,
        location: "Buurthuis De Mussen, Hoefkade 602",
        mode: "hybrid",
      },
      {
        kind: "working_group",
        title: "Werkgroep Communicatie",
        workingGroupId: group("communicatie"),
        recurrenceKind: "even_weeks",
        weekday: 1,
        startTime: "19:30",
        durationMinutes: 90,
        location: "Online (Jitsi)",
        mode: "online",
      },
      {
        kind: "working_group",
        title: "Werkgroep Politieke agenda",
        workingGroupId: group("politieke-agenda"),
        recurrenceKind: "even_weeks",
        weekday: 3,
        startTime: "19:30",
        durationMinutes: 90,
        location: "Bibliotheek Schilderswijk",
        mode: "in_person",
      },
      {
        kind: "working_group",
        title: "Werkgroep Organizing",
        workingGroupId: group("organizing"),
        recurrenceKind: "even_weeks",
        weekday: 4,
        startTime: "19:30",
        durationMinutes: 90,
        location: "Online (Jitsi)",
        mode: "online",
      },
      {
        kind: "branch_meeting",
        title: "Afdelingsbijeenkomst",
        description: "Voor alle actieve leden. Bij voorkeur fysiek; online of hybride als de omstandigheden daarom vragen.",
        recurrenceKind: "rrule",
        rrule: "FREQ=MONTHLY;BYDAY=-1FR",
        startTime: "19:30",
        durationMinutes: 150,
        location: "Buurthuis De Mussen, Hoefkade 602",
        mode: "in_person",
      },
      {
        kind: "theme",
        title: "ThemaBIJ1komst",
        description: "Themabijeenkomst over een maatschappelijk thema, soms met sprekers van buiten.",
        workingGroupId: group("politieke-agenda"),
        recurrenceKind: "rrule",
        rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3TH",
        startTime: "19:30",
        durationMinutes: 120,
        location: "Zaal Stek, Stadhoudersplantsoen 24",
        mode: "in_person",
      },
  ];
  await tx.meetingSeries.createMany({ data: series.map((entry) => ({ ...entry, branchId, validFrom: VALID_FROM })) });
}
