// The benchmark's large data set: the demo (BIJ1 Den Haag and Utrecht) plus 48 synthetic branches, and
// every one of the 50 filled up to 300 members, the standard meeting series, board terms, working groups
// with members, goals, and five years of activity and of closed meetings with agendas, decisions, actions
// and presence. Rows go in with createMany in chunks (multi-row INSERTs), never one at a time, and the
// random choices come from a seeded generator so that every run measures the same data.
import { randomUUID } from "node:crypto";
import { addDaysLocal, calendarDays, occurrencesInWindow, type ActivityType, type GoalKind, type WorkingGroupRole } from "@afdelingsplanner/shared";
import type { Database } from "../server/src/db/client.ts";
import type { Prisma } from "../server/src/generated/prisma/client.ts";
import { fromIsoDate as day } from "../server/src/lib/dates.ts";
import { loadSeriesForWindow } from "../server/src/modules/calendar/service.ts";
import { seedDemoData } from "../server/src/demo/seed.ts";
import type { DemoBranchContext } from "../server/src/demo/context.ts";
import { seedDemoMeetings } from "../server/src/demo/calendar.ts";
import { systemClock } from "../server/src/lib/clock.ts";

export const LARGE = { branches: 50, membersPerBranch: 300, years: 5, activitiesPerWeek: 10 } as const;

const STANDARD_GROUPS = [
  { slug: "communicatie", name: "Communicatie" },
  { slug: "politieke-agenda", name: "Politieke agenda" },
  { slug: "organizing", name: "Organizing" },
] as const;
const CITIES = [
  "Amsterdam", "Rotterdam", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem",
  "Arnhem", "Enschede", "Amersfoort", "Zaanstad", "Den Bosch", "Haarlemmermeer", "Zwolle", "Zoetermeer", "Leiden", "Maastricht",
  "Dordrecht", "Ede", "Alphen", "Leeuwarden", "Alkmaar", "Emmen", "Westland", "Delft", "Venlo", "Deventer",
  "Sittard", "Helmond", "Oss", "Amstelveen", "Hilversum", "Súdwest-Fryslân", "Heerlen", "Nissewaard", "Purmerend", "Hoofddorp",
  "Schiedam", "Lelystad", "Vlaardingen", "Roosendaal", "Gouda", "Hoorn", "Almelo", "Middelburg",
] as const;
const FIRST = ["Amira", "Bram", "Chanel", "Dewi", "Emre", "Fenna", "Gökhan", "Hanna", "Imani", "Jesse", "Kofi", "Lotte", "Mo", "Noor", "Omar", "Pien", "Quinten", "Rosa", "Sem", "Tess"];
const LAST = ["de Vries", "Jansen", "Bakker", "Yılmaz", "El Idrissi", "Pinas", "Visser", "Smit", "Meijer", "Kartosen", "de Boer", "Mulder", "Bos", "Vos", "Peters"];
const ACTIVITY_MIX: ActivityType[] = ["social_posts", "social_posts", "social_posts", "network_conversation", "network_conversation", "own_action", "demonstration", "newsletter", "article", "council_speech", "other"];
const GROUP_OF_TYPE: Record<ActivityType, number> = { social_posts: 0, newsletter: 0, article: 0, council_speech: 1, theme_evening: 1, conversation_evening: 2, office_hours: 2, network_conversation: 2, own_action: 2, demonstration: 2, other: 1 };
const ORGANISATIONS_PER_BRANCH = 12;
const CHUNK = 5000;

/** mulberry32: small, fast and seeded, so every bench run builds the same data. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (below: number) => Math.floor(next() * below), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

export interface LargeSeedResult {
  seconds: number;
  rows: Record<string, number>;
}

/** Seeds the demo, then fills all 50 branches. Takes the client the bench made on its own database. */
export async function seedLarge(db: Database, log: (line: string) => void = () => {}): Promise<LargeSeedResult> {
  const began = performance.now();
  const now = systemClock.now();
  await seedDemoData(db, now);
  const today = calendarDays.todayIn("Europe/Amsterdam", now);
  const start = addDaysLocal(today, -365 * LARGE.years);
  const counts: Record<string, number> = {};
  const add = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);

  for (let index = 0; index < LARGE.branches - 2; index += 1) {
    const city = CITIES[index] ?? `Afdeling ${index}`;
    await db.branch.create({ data: { slug: `bench-${index + 1}-${city.toLowerCase().replace(/[^a-z]+/g, "-")}`, name: `BIJ1 ${city}` } });
  }
  const branches = await db.branch.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
  for (const [index, branch] of branches.entries()) {
    await fillBranch(db, branch, index, { today, start }, add);
    if ((index + 1) % 10 === 0) log(`  ${index + 1}/${branches.length} branches filled (${((performance.now() - began) / 1000).toFixed(0)} s)`);
  }
  // Fresh statistics, as autovacuum would have after a while: the planner must see the real sizes.
  await db.$executeRawUnsafe("ANALYZE");
  return { seconds: (performance.now() - began) / 1000, rows: counts };
}

async function fillBranch(
  db: Database,
  branch: { id: string; slug: string },
  index: number,
  days: { today: string; start: string },
  add: (table: string, n: number) => void,
): Promise<void> {
  const rng = random(1000 + index);
  const branchId = branch.id;

  // Members: top up to 300, with board roles for the first five when the branch has no board yet.
  const existing = await db.person.findMany({ where: { branchId }, select: { id: true } });
  const people = Array.from({ length: LARGE.membersPerBranch - existing.length }, (_, n) => ({
    id: randomUUID(),
    branchId,
    name: `${rng.pick(FIRST)} ${rng.pick(LAST)} ${n + 1}`,
    email: `lid${n + 1}@${branch.slug}.bench.example`,
    joinedOn: day(addDaysLocal(days.start, -rng.int(2000))),
    active: rng.next() > 0.05,
  }));
  await inChunks(people, (data) => db.person.createMany({ data }));
  add("Person", people.length);
  const hasBoard = (await db.boardSeat.count({ where: { branchId } })) > 0;
  const board = hasBoard ? [] : people.slice(0, 5);
  const roles = [
    ...people.map((person) => ({ branchId, personId: person.id, role: "member" as const })),
    ...board.map((person) => ({ branchId, personId: person.id, role: "board_member" as const })),
    ...board.slice(3, 4).map((person) => ({ branchId, personId: person.id, role: "secretary" as const })),
  ];
  await inChunks(roles, (data) => db.branchRole.createMany({ data }));
  add("BranchRole", roles.length);
  const everyone = [...existing.map((person) => person.id), ...people.map((person) => person.id)];

  // Board seats with three two-year terms each over the five years, a different person now and then.
  if (!hasBoard) {
    await db.boardTermPolicy.create({ data: { branchId } });
    const seats = ["duo-voorzitter", "duo-voorzitter", "penningmeester", "secretaris", "algemeen bestuurslid"].map((fn, position) => ({
      id: randomUUID(),
      branchId,
      function: fn,
      position,
      personId: board[position]?.id ?? null,
    }));
    await db.boardSeat.createMany({ data: seats });
    const terms: Prisma.BoardTermCreateManyInput[] = [];
    for (const seat of seats) {
      let from = days.start;
      for (let term = 0; term < 3; term += 1) {
        const to = addDaysLocal(from, 730);
        const personId = term === 2 ? (seat.personId ?? rng.pick(everyone)) : rng.pick(everyone);
        terms.push({ id: randomUUID(), branchId, seatId: seat.id, personId, kind: term === 0 ? "elected" : "reappointed", startDate: day(from), endDate: day(to), decidedOn: day(from) });
        from = addDaysLocal(to, 1);
      }
    }
    await db.boardTerm.createMany({ data: terms });
    await db.rosterEvent.createMany({
      data: terms.map((term) => ({ branchId, kind: term.kind, personId: term.personId, seatId: term.seatId, termId: term.id, createdAt: term.startDate, details: {} })),
    });
    add("BoardTerm", terms.length);
  }

  // The three standard working groups (Den Haag has them already) with 12–30 members each.
  const groups = new Map((await db.workingGroup.findMany({ where: { branchId }, select: { id: true, slug: true } })).map((group) => [group.slug, group.id]));
  const missing = STANDARD_GROUPS.filter((group) => !groups.has(group.slug)).map((group) => ({ id: randomUUID(), branchId, ...group }));
  await db.workingGroup.createMany({ data: missing });
  for (const group of missing) groups.set(group.slug, group.id);
  const groupIds = STANDARD_GROUPS.map((group) => groups.get(group.slug) ?? "");
  const taken = new Set((await db.workingGroupMember.findMany({ where: { branchId }, select: { workingGroupId: true, personId: true } })).map((m) => `${m.workingGroupId}:${m.personId}`));
  const memberships: Prisma.WorkingGroupMemberCreateManyInput[] = [];
  const membersOf = new Map<string, string[]>();
  for (const workingGroupId of groupIds) {
    const size = 12 + rng.int(19);
    const members: string[] = [];
    for (let attempt = 0; members.length < size && attempt < size * 4; attempt += 1) {
      const personId = rng.pick(people).id;
      if (taken.has(`${workingGroupId}:${personId}`)) continue;
      taken.add(`${workingGroupId}:${personId}`);
      members.push(personId);
    }
    const hasChair = missing.every((group) => group.id !== workingGroupId);
    const roleOf = (position: number): WorkingGroupRole => (hasChair ? "member" : (["chair", "convener", "action_list_keeper"][position] as WorkingGroupRole | undefined) ?? "member");
    memberships.push(...members.map((personId, position) => ({ branchId, workingGroupId, personId, role: roleOf(position) })));
    membersOf.set(workingGroupId, members);
  }
  await db.workingGroupMember.createMany({ data: memberships });
  add("WorkingGroupMember", memberships.length);

  // The standard series of the demo (board in odd weeks, groups in even weeks, the monthly branch meeting,
  // the theme evening every two months): the demo's own seeder, given this branch's groups. It only seeds
  // "den-haag", hence the slug; for other branches the series start five years back instead of in 2022.
  if ((await db.meetingSeries.count({ where: { branchId } })) === 0) {
    const context = { tx: db, branchId, branchSlug: "den-haag", personIdByEmail: new Map(), workingGroupIdBySlug: groups, seatIdByEmail: new Map(), today: days.today } satisfies DemoBranchContext;
    await seedDemoMeetings(context);
    await db.meetingSeries.updateMany({ where: { branchId }, data: { validFrom: day(days.start) } });
  }

  // Organisations of the network register, and ~10 activities a week for five years.
  const organisations = Array.from({ length: ORGANISATIONS_PER_BRANCH }, (_, n) => ({ id: randomUUID(), branchId, name: `Bench-organisatie ${n + 1}`, type: "community" as const }));
  await db.organisation.createMany({ data: organisations });
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const weeks = LARGE.years * 52;
  for (let n = 0; n < weeks * LARGE.activitiesPerWeek; n += 1) {
    const type = rng.pick(ACTIVITY_MIX);
    const workingGroupId = groupIds[GROUP_OF_TYPE[type]] ?? "";
    const who = rng.pick(membersOf.get(workingGroupId) ?? everyone);
    activities.push({
      branchId,
      workingGroupId,
      type,
      date: day(addDaysLocal(days.start, rng.int(weeks * 7))),
      personId: who,
      createdById: who,
      organisationId: type === "network_conversation" ? rng.pick(organisations).id : null,
      count: type === "social_posts" ? 1 + rng.int(4) : 1,
    });
  }
  await inChunks(activities, (data) => db.activity.createMany({ data }));
  add("Activity", activities.length);

  // Goals: three a year per working group (a count, a weekly cadence and a distinct-organisations goal).
  const goals: Prisma.GoalCreateManyInput[] = [];
  for (let year = 0; year < LARGE.years; year += 1) {
    const periodStart = addDaysLocal(days.start, year * 365);
    const periodEnd = addDaysLocal(periodStart, 364);
    const shapes: { title: string; kind: GoalKind; target: number; activityType: ActivityType; cadenceUnit?: "week"; group: number }[] = [
      { title: "Berichten per week", kind: "cadence", target: 3, activityType: "social_posts", cadenceUnit: "week", group: 0 },
      { title: "Inspreken in de raad", kind: "count", target: 4, activityType: "council_speech", group: 1 },
      { title: "Netwerkgesprekken", kind: "distinct", target: 8, activityType: "network_conversation", group: 2 },
    ];
    for (const shape of shapes) {
      goals.push({
        branchId,
        workingGroupId: groupIds[shape.group] ?? "",
        title: `${shape.title} ${periodStart.slice(0, 4)}`,
        kind: shape.kind,
        target: shape.target,
        activityType: shape.activityType,
        cadenceUnit: shape.cadenceUnit ?? null,
        periodStart: day(periodStart),
        periodEnd: day(periodEnd),
      });
    }
  }
  await db.goal.createMany({ data: goals });
  add("Goal", goals.length);

  // Five years of closed meetings: every past occurrence of every series, with an agenda, decisions,
  // actions (old ones done, recent ones open) and presence of the board at board meetings.
  const yesterday = addDaysLocal(days.today, -1);
  const series = await loadSeriesForWindow(db, branchId, { from: days.start, to: yesterday });
  const closed = new Set((await db.meetingRecord.findMany({ where: { branchId }, select: { seriesId: true, date: true } })).map((r) => `${r.seriesId}:${r.date.toISOString().slice(0, 10)}`));
  const boardIds = (await db.branchRole.findMany({ where: { branchId, role: "board_member" }, select: { personId: true } })).map((role) => role.personId);
  const records: Prisma.MeetingRecordCreateManyInput[] = [];
  const items: Prisma.AgendaItemCreateManyInput[] = [];
  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const actions: Prisma.ActionItemCreateManyInput[] = [];
  const presence: Prisma.MeetingAttendanceCreateManyInput[] = [];
  for (const { series: owner, occurrence } of occurrencesInWindow(series, { from: days.start, to: yesterday }, "Europe/Amsterdam")) {
    if (occurrence.status === "cancelled" || closed.has(`${owner.id}:${occurrence.date}`)) continue;
    const at = { branchId, seriesId: owner.id, date: day(occurrence.date) };
    const attendees = owner.row.kind === "board" ? boardIds : (membersOf.get(owner.row.workingGroupId ?? "") ?? boardIds);
    records.push({ ...at, closedAt: new Date(occurrence.endsAt) });
    const itemCount = 3 + rng.int(3);
    for (let position = 1; position <= itemCount; position += 1) {
      const id = randomUUID();
      items.push({ ...at, id, rootItemId: id, position, title: `Agendapunt ${position}`, type: rng.pick(["information", "discussion", "decision"] as const), ownerId: rng.pick(attendees), status: "handled", minutes: "Besproken." });
      if (position === 1) decisions.push({ ...at, agendaItemId: id, text: `Besluit van ${occurrence.date}` });
      if (position <= 2) {
        const old = occurrence.date < addDaysLocal(days.today, -90);
        actions.push({ ...at, agendaItemId: id, title: `Actie ${position} van ${occurrence.date}`, ownerId: rng.pick(attendees), dueDate: day(addDaysLocal(occurrence.date, 14)), status: old ? "done" : "open", doneOn: old ? day(addDaysLocal(occurrence.date, 10)) : null });
      }
    }
    if (owner.row.kind === "board") presence.push(...boardIds.map((personId) => ({ ...at, personId, rsvp: "yes" as const, presence: "present" as const })));
  }
  await inChunks(records, (data) => db.meetingRecord.createMany({ data }));
  await inChunks(items, (data) => db.agendaItem.createMany({ data }));
  await inChunks(decisions, (data) => db.decision.createMany({ data }));
  await inChunks(actions, (data) => db.actionItem.createMany({ data }));
  await inChunks(presence, (data) => db.meetingAttendance.createMany({ data, skipDuplicates: true }));
  add("MeetingRecord", records.length);
  add("AgendaItem", items.length);
  add("Decision", decisions.length);
  add("ActionItem", actions.length);
  add("MeetingAttendance", presence.length);
}
