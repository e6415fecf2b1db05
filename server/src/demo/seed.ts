// Demo data: BIJ1 Den Haag as its plan describes it (../shared/notes/domain.md), plus a small
// second branch so that isolation between branches can be seen. Every demo account has the
// password DEMO_PASSWORD; it is for the demo only.
import type { Database } from "../db/client.ts";
import { hashPassword } from "../lib/passwords.ts";
import { seedDemoMeetings } from "./calendar.ts";
import { seedDemoRoster } from "./board.ts";
import { seedDemoGoals } from "./goals.ts";
import { seedDemoMeetingAgendas } from "./meetingAgendas.ts";
import { seedDemoTraining } from "./training.ts";
import { calendarDays, TEMPLATE_WORKING_GROUPS, type BranchRole, type WorkingGroupRole } from "@afdelingsplanner/shared";
import type { DemoBranchContext } from "./context.ts";

export const DEMO_PASSWORD = "welkom-in-den-haag";

interface DemoPerson {
  name: string;
  email: string;
  joinedOn: string;
  roles: BranchRole[];
  seat?: { function: string; portfolio: string; responsibilities: string };
  workingGroups: Partial<Record<string, WorkingGroupRole>>;
}

interface DemoBranch {
  slug: string;
  name: string;
  workingGroups: { slug: string; name: string; description: string }[];
  people: DemoPerson[];
}

const DEN_HAAG: DemoBranch = {
  slug: "den-haag",
  name: "BIJ1 Den Haag",
  // The plan's usual working groups, as every new branch starts with them.
  workingGroups: [...TEMPLATE_WORKING_GROUPS],
  people: [
    {
      name: "Latifa Salmi",
      email: "latifa@bij1-denhaag.example",
      joinedOn: "2021-03-14",
      roles: ["board_member", "member"],
      seat: { function: "duo-voorzitter", portfolio: "Werkgroep communicatie", responsibilities: "Gezicht van de afdeling, persaanspreekpunt; trekker van Communicatie" },
      workingGroups: { communicatie: "chair", organizing: "member" },
    },
    {
      name: "Yuval Gal",
      email: "yuval@bij1-denhaag.example",
      joinedOn: "2021-05-02",
      roles: ["board_member", "member"],
      seat: { function: "duo-voorzitter", portfolio: "Vrijwilligerswerving", responsibilities: "Nieuw talent scouten en vrijwilligers werven" },
      workingGroups: { "politieke-agenda": "member" },
    },
    {
      name: "Martijn Schackmann",
      email: "martijn@bij1-denhaag.example",
      joinedOn: "2021-09-20",
      roles: ["board_member", "member"],
      seat: { function: "algemeen bestuurslid", portfolio: "Communicatie", responsibilities: "Eindredactie, communicatiestrategie, lokale pers" },
      workingGroups: { communicatie: "convener" },
    },
    {
      name: "Nadine Avéres",
      email: "nadine@bij1-denhaag.example",
      joinedOn: "2020-11-08",
      roles: ["board_member", "secretary", "member"],
      seat: {
        function: "secretaris",
        portfolio: "Werkgroep politieke agenda",
        responsibilities: "Trekker van Politieke agenda; behandelt berichten van buiten en van de landelijke partij",
      },
      workingGroups: { "politieke-agenda": "chair" },
    },
    {
      name: "Tim Kies",
      email: "tim@bij1-denhaag.example",
      joinedOn: "2021-01-17",
      roles: ["board_member", "member"],
      seat: { function: "penningmeester", portfolio: "Werkgroep organizing", responsibilities: "Trekker van Organizing; afdelingsbudget; bereidt de bestuursagenda voor" },
      workingGroups: { organizing: "chair" },
    },
    {
      name: "Sanne Mahabier",
      email: "lid@bij1-denhaag.example",
      joinedOn: "2023-02-11",
      roles: ["member"],
      workingGroups: { organizing: "action_list_keeper" },
    },
    {
      name: "Priya Ramdin",
      email: "priya@bij1-denhaag.example",
      joinedOn: "2023-06-03",
      roles: ["member"],
      workingGroups: { communicatie: "action_list_keeper" },
    },
    {
      name: "Daan Kortenhoeven",
      email: "daan@bij1-denhaag.example",
      joinedOn: "2024-01-29",
      roles: ["member"],
      workingGroups: { "politieke-agenda": "convener" },
    },
  ],
};

const UTRECHT: DemoBranch = {
  slug: "utrecht",
  name: "BIJ1 Utrecht",
  workingGroups: [{ slug: "campagne", name: "Campagne", description: "Campagnewerk in Utrecht." }],
  people: [
    {
      name: "Fatima El Amrani",
      email: "lid@bij1-utrecht.example",
      joinedOn: "2022-04-09",
      roles: ["member"],
      workingGroups: { campagne: "chair" },
    },
  ],
};

export const DEMO_ADMIN_EMAIL = "admin@bij1-denhaag.example";

/** Per-feature demo data (meetings, roster, …), each in its own file beside this one. */
const DEMO_FEATURE_SEEDERS: ((context: DemoBranchContext) => Promise<void>)[] = [seedDemoMeetings, seedDemoRoster, seedDemoGoals, seedDemoMeetingAgendas, seedDemoTraining];

/** Seeds the demo branches unless they exist, around `now` (the app's clock). Returns whether anything was written. */
export async function seedDemoData(db: Database, now: Date): Promise<boolean> {
  if (await db.branch.findUnique({ where: { slug: DEN_HAAG.slug }, select: { id: true } })) return false;
  // Hash before the transaction: Argon2 is deliberately slow and must not hold a connection open.
  const passwordHash = new Map<string, string>();
  for (const email of [DEMO_ADMIN_EMAIL, ...[DEN_HAAG, UTRECHT].flatMap((branch) => branch.people.map((person) => person.email))]) {
    passwordHash.set(email, await hashPassword(DEMO_PASSWORD));
  }
  const hashFor = (email: string) => passwordHash.get(email) ?? "";

  await db.$transaction(async (tx) => {
    await tx.user.create({ data: { email: DEMO_ADMIN_EMAIL, name: "Platformbeheer", passwordHash: hashFor(DEMO_ADMIN_EMAIL), isPlatformAdmin: true } });
    for (const demo of [DEN_HAAG, UTRECHT]) {
      const branch = await tx.branch.create({ data: { slug: demo.slug, name: demo.name } });
      const groupIds = new Map<string, string>();
      const personIds = new Map<string, string>();
      const seatIds = new Map<string, string>();
      for (const group of demo.workingGroups) {
        const created = await tx.workingGroup.create({ data: { branchId: branch.id, ...group } });
        groupIds.set(group.slug, created.id);
      }
      for (const [position, person] of demo.people.entries()) {
        const user = await tx.user.create({ data: { email: person.email, name: person.name, passwordHash: hashFor(person.email) } });
        const created = await tx.person.create({
          data: { branchId: branch.id, userId: user.id, name: person.name, email: person.email, joinedOn: new Date(`${person.joinedOn}T00:00:00Z`) },
        });
        personIds.set(person.email, created.id);
        await tx.branchRole.createMany({ data: person.roles.map((role) => ({ branchId: branch.id, personId: created.id, role })) });
        if (person.seat) {
          const seat = await tx.boardSeat.create({ data: { branchId: branch.id, personId: created.id, position, ...person.seat } });
          seatIds.set(person.email, seat.id);
        }
        for (const [groupSlug, role] of Object.entries(person.workingGroups)) {
          const workingGroupId = groupIds.get(groupSlug);
          if (!workingGroupId || !role) throw new Error(`Demo data names unknown working group ${groupSlug}`);
          await tx.workingGroupMember.create({ data: { branchId: branch.id, workingGroupId, personId: created.id, role } });
        }
      }
      const context: DemoBranchContext = {
        tx,
        branchId: branch.id,
        branchSlug: demo.slug,
        today: calendarDays.todayIn("Europe/Amsterdam", now),
        personIdByEmail: personIds,
        workingGroupIdBySlug: groupIds,
        seatIdByEmail: seatIds,
      };
      for (const seedFeature of DEMO_FEATURE_SEEDERS) await seedFeature(context);
    }
  }, { timeout: 60_000 });
  return true;
}
