// The scale seed (issue 17): N synthetic branches × 300 members with a year of meetings each, written by
// PostgreSQL itself with INSERT … SELECT … FROM generate_series(…), one statement per table for all new
// branches at once, so 500 branches take seconds rather than the minutes row objects would.
//
// Every id is made of numbers: the kind of row, the branch number and the row's own numbers, four hex digits
// each (scaleId), so a foreign key is computed where it is needed instead of looked up, the same branch number
// always gets the same rows, and each statement writes its keys in ascending order: the indexes on ids and on
// branchId, seriesId or personId grow at their right edge instead of splitting pages all over. Branches are numbered 1…N (slug
// schaal-0001 …); seedScale(url, { branches: 500 }) on a database that already holds 50 of them adds 451…500.
//
// Per branch (membersPerBranch = 300): people with roles (five board members, one of them the secretary;
// a few who left), accounts for the first 40 (password SCALE_PASSWORD), the board's seats with ten years of
// two-year terms and their roster events, the three template working groups with 20 members each, the
// template's six series (board in odd weeks, groups in even weeks, the monthly branch meeting, the theme
// evening every two months) valid from a year before `today`, recesses and moves as occurrence exceptions,
// a closed meeting record for every past board, group and branch meeting (agenda items, a decision,
// actions, attendance), open agenda items for each body's next meeting, ten activities a week, eight goals
// per group (with monthly measurements for the metric ones), organisations, plan phases, focus topics and
// a social-media rota.
import pg from "pg";
import { calendarDays } from "@afdelingsplanner/shared";
import { hashPassword } from "../server/src/lib/passwords.ts";

export const SCALE_PASSWORD = "schaal-welkom-500";
/** Members 1…ACCOUNTS_PER_BRANCH of every branch have an account. */
export const ACCOUNTS_PER_BRANCH = 40;
/** The smallest membersPerBranch that still fills the board, the working groups' roles and the accounts. */
const MIN_MEMBERS = ACCOUNTS_PER_BRANCH;

export interface ScaleSeedOptions {
  /** How many scale branches the database holds afterwards; those already there are kept. */
  branches: number;
  /** 300 for the scale point; the query-plan test may take fewer. Keep it the same when adding branches. */
  membersPerBranch: number;
  /** The day the data sits around (YYYY-MM-DD, Europe/Amsterdam); default: today by the system clock. */
  today?: string;
  log?: (line: string) => void;
}

export interface ScaleSeedResult {
  /** Seconds this call took, statistics included. */
  seconds: number;
  /** Branches this call added (0 when the database held enough already). */
  added: number;
  /** Rows this call wrote, per table. */
  rows: Record<string, number>;
}

/** The kinds of row whose ids seedScale makes, with the number that starts each id. */
const KINDS = {
  branch: 1, user: 2, person: 3, role: 4, seat: 5, term: 6, rosterEvent: 7, group: 8, groupMember: 9, series: 10, seriesAttendee: 11,
  exception: 12, record: 13, item: 14, decision: 15, action: 16, attendance: 17, organisation: 18, activity: 19, phase: 20, topic: 21,
  goal: 22, measurement: 23, rota: 24, rotaMember: 25,
} as const;
type Kind = keyof typeof KINDS;
/** Each number in an id gets four hex digits, the kind one more group: at most seven numbers after it. */
const ID_PART_LIMIT = 0xffff;

/** The id seedScale gives a row: scaleId("series", 7, 1) is branch 7's board series, 000a0007-0001-0000-…. */
export function scaleId(kind: Kind, ...parts: number[]): string {
  const hex = [KINDS[kind], ...parts].map((part) => part.toString(16).padStart(4, "0")).join("").padEnd(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const scaleBranchSlug = (branch: number) => `schaal-${String(branch).padStart(4, "0")}`;
const memberEmail = (branch: number, member: number) => `lid${member}@${scaleBranchSlug(branch)}.example`;

/**
 * Who to log in as in branch `branch`: member 4 is the secretary (and a board member), member 1 a
 * board member (duo-voorzitter, chair of Communicatie), member 31 a plain member of Communicatie.
 */
export function scaleAccounts(branch: number) {
  return { secretary: memberEmail(branch, 4), boardMember: memberEmail(branch, 1), member: memberEmail(branch, 31), password: SCALE_PASSWORD };
}

/** Seeds up to `options.branches` scale branches on the (migrated) database at `databaseUrl`, then ANALYZEs. */
export async function seedScale(databaseUrl: string, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  const began = performance.now();
  const log = options.log ?? (() => {});
  const members = options.membersPerBranch;
  if (!Number.isInteger(options.branches) || options.branches < 1 || options.branches > 9999) throw new RangeError(`branches must be 1…9999: ${options.branches}`);
  if (!Number.isInteger(members) || members < MIN_MEMBERS || members > ID_PART_LIMIT) throw new RangeError(`membersPerBranch must be an integer from ${MIN_MEMBERS} to ${ID_PART_LIMIT}: ${members}`);
  const today = options.today ?? calendarDays.todayIn("Europe/Amsterdam", new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD: ${today}`);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    const existing = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Branch" WHERE slug LIKE 'schaal-%'`)).rows[0]?.n ?? 0);
    const first = existing + 1;
    const last = options.branches;
    if (first > last) return { seconds: (performance.now() - began) / 1000, added: 0, rows };
    // Argon2 is slow on purpose: one hash, shared by every account (they all have the same password).
    const passwordHash = await hashPassword(SCALE_PASSWORD);
    const statements = scaleStatements({ first, last, members, today });
    await client.query("BEGIN");
    // Every key is computed by the same scheme as the row it points to, so the foreign-key triggers
    // would only re-check what holds by construction; skipping them (a superuser may) roughly halves the time.
    const superuser = (await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).rows[0]?.rolsuper === true;
    if (superuser) await client.query("SET LOCAL session_replication_role = replica");
    for (const [table, sql] of statements) {
      const started = performance.now();
      const result = await client.query(sql, sql.includes("$1") ? [passwordHash] : []);
      rows[table] = (rows[table] ?? 0) + (result.rowCount ?? 0);
      log(`  ${table}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query("COMMIT");
    // Fresh statistics, as autovacuum would have after a while: the planner must see the real sizes.
    const analyzed = performance.now();
    await client.query("ANALYZE");
    log(`  ANALYZE in ${((performance.now() - analyzed) / 1000).toFixed(1)} s`);
    return { seconds: (performance.now() - began) / 1000, added: last - first + 1, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** scaleId in SQL, from integer expressions (each 0…ID_PART_LIMIT, which seedScale's limits keep them in). */
const id = (kind: Kind, ...parts: string[]) =>
  `rpad(${[`'${KINDS[kind].toString(16).padStart(4, "0")}'`, ...parts.map((part) => `lpad(to_hex(${part}), 4, '0')`)].join(" || ")}, 32, '0')::uuid`;
/** A local date as a number for an id: days since 2000-01-01. */
const DAY = "(d - DATE '2000-01-01')";
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
const textArray = (items: readonly string[]) => `ARRAY[${items.map(lit).join(", ")}]`;

const FIRST = ["Amira", "Bram", "Chanel", "Dewi", "Emre", "Fenna", "Gökhan", "Hanna", "Imani", "Jesse", "Kofi", "Lotte", "Mo", "Noor", "Omar", "Pien", "Quinten", "Rosa", "Sem", "Tess"];
const LAST = ["de Vries", "Jansen", "Bakker", "Yılmaz", "El Idrissi", "Pinas", "Visser", "Smit", "Meijer", "Kartosen", "de Boer", "Mulder", "Bos", "Vos", "Peters"];
const SEATS = ["duo-voorzitter", "duo-voorzitter", "penningmeester", "secretaris", "algemeen bestuurslid"];
const AGENDA_TITLES = ["Opening en mededelingen", "Verslag vorige vergadering", "Voortgang doelen", "Planning komende weken", "Rondvraag"];
/** Working group 1…3 of the template, in the order of its series 2…4. */
const GROUPS = [
  ["communicatie", "Communicatie", "Socialemediaberichten, de maandelijkse nieuwsbrief en achtergrondartikelen."],
  ["politieke-agenda", "Politieke agenda", "Inspreken bij de gemeenteraad en de themabijeenkomsten."],
  ["organizing", "Organizing", "Gesprekken in de wijken, eigen acties en het netwerk."],
] as const;
/** The activity types each group logs (index 0 = group 1), the first ones most often. */
const GROUP_ACTIVITIES = [
  ["social_posts", "social_posts", "social_posts", "newsletter", "article"],
  ["council_speech", "theme_evening", "other", "council_speech", "other"],
  ["network_conversation", "network_conversation", "own_action", "demonstration", "conversation_evening"],
] as const;
/** Eight goals per group: group, title, kind, target, activity type, cadence unit. */
const GOALS: [number, string, string, number, string | null, string | null][] = [
  [1, "Berichten per week", "cadence", 3, "social_posts", "week"],
  [1, "Berichten dit jaar", "count", 150, "social_posts", null],
  [1, "Nieuwsbrief elke maand", "cadence", 1, "newsletter", "month"],
  [1, "Achtergrondartikelen", "count", 6, "article", null],
  [1, "Volgers op Instagram", "metric", 1500, null, null],
  [1, "Volgers op Mastodon", "metric", 400, null, null],
  [1, "Huisstijl vernieuwd", "milestone", 1, null, null],
  [1, "Socialemediarooster rond", "milestone", 1, null, null],
  [2, "Inspreken in de raad", "count", 4, "council_speech", null],
  [2, "Elke maand inspreken", "cadence", 1, "council_speech", "month"],
  [2, "Themabijeenkomsten", "count", 3, "theme_evening", null],
  [2, "Overige acties", "count", 10, "other", null],
  [2, "Meldpunt straatintimidatie open", "milestone", 1, null, null],
  [2, "Verkiezingsprogramma klaar", "milestone", 1, null, null],
  [2, "Handtekeningen petitie", "metric", 500, null, null],
  [2, "Moties ingediend", "count", 2, "council_speech", null],
  [3, "Netwerkgesprekken met organisaties", "distinct", 8, "network_conversation", null],
  [3, "Netwerkgesprekken", "count", 24, "network_conversation", null],
  [3, "Demonstraties", "count", 4, "demonstration", null],
  [3, "Eigen acties", "count", 6, "own_action", null],
  [3, "Elke maand een eigen actie", "cadence", 1, "own_action", "month"],
  [3, "Gespreksavonden in de wijk", "count", 4, "conversation_evening", null],
  [3, "Actieve leden", "metric", 60, null, null],
  [3, "Wijkteam opgericht", "milestone", 1, null, null],
];

/** The statements, in foreign-key order, each writing one table for branches first…last. */
function scaleStatements({ first, last, members, today }: { first: number; last: number; members: number; today: string }): [string, string][] {
  const branches = `generate_series(${first}, ${last}) AS b`;
  const slug = `'schaal-' || lpad(b::text, 4, '0')`;
  const branchId = id("branch", "b");
  const person = (i: string) => id("person", "b", i);
  const todayDate = `DATE '${today}'`;
  const validFrom = `(${todayDate} - 365)`;
  // People in working group g (1…3): members g, g+10, … up to 200 (20 per group at 300 members).
  const groupReach = Math.min(200, members);
  const perGroup = Math.floor((groupReach - 3) / 10) + 1;
  const left = (i: string) => `(${i} > ${ACCOUNTS_PER_BRANCH} AND ${i} % 50 = 0)`;
  const series = (k: string) => id("series", "b", k);

  return [
    ["Branch", `INSERT INTO "Branch" (id, slug, name) SELECT ${branchId}, ${slug}, 'BIJ1 Schaal ' || b FROM ${branches}`],
    [
      "User",
      `INSERT INTO "User" (id, email, name, "passwordHash")
       SELECT ${id("user", "b", "i")}, 'lid' || i || '@' || ${slug} || '.example',
              (${textArray(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${textArray(LAST)})[1 + (i * 7 + b) % ${LAST.length}], $1
       FROM ${branches}, generate_series(1, ${ACCOUNTS_PER_BRANCH}) AS i`,
    ],
    [
      "Person",
      `INSERT INTO "Person" (id, "branchId", name, email, phone, active, "joinedOn", "leftOn", "userId")
       SELECT ${person("i")}, ${branchId},
              (${textArray(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${textArray(LAST)})[1 + (i * 7 + b) % ${LAST.length}],
              'lid' || i || '@' || ${slug} || '.example',
              CASE WHEN i % 2 = 0 THEN '06 ' || lpad(((b * 1000 + i) % 100000000)::text, 8, '0') END,
              i % 25 <> 0, ${todayDate} - 30 - (b * 31 + i * 17) % 3000,
              CASE WHEN ${left("i")} THEN ${todayDate} - 100 - i END,
              CASE WHEN i <= ${ACCOUNTS_PER_BRANCH} THEN ${id("user", "b", "i")} END
       FROM ${branches}, generate_series(1, ${members}) AS i`,
    ],
    [
      "BranchRole",
      `INSERT INTO "BranchRole" (id, "branchId", "personId", role)
       SELECT ${id("role", "b", "i", "r.n")}, ${branchId}, ${person("i")}, r.role::"BranchRoleName"
       FROM ${branches}, generate_series(1, ${members}) AS i,
            LATERAL (VALUES (1, 'member', true), (2, 'board_member', i <= 5), (3, 'secretary', i = 4)) AS r(n, role, holds)
       WHERE r.holds AND NOT ${left("i")}`,
    ],
    ["BoardTermPolicy", `INSERT INTO "BoardTermPolicy" ("branchId") SELECT ${branchId} FROM ${branches}`],
    [
      "BoardSeat",
      `INSERT INTO "BoardSeat" (id, "branchId", function, portfolio, "personId", position)
       SELECT ${id("seat", "b", "s")}, ${branchId}, (${textArray(SEATS)})[s + 1], (${textArray(GROUPS.map((group) => group[1]))})[1 + s % 3], ${person("s + 1")}, s
       FROM ${branches}, generate_series(0, 4) AS s`,
    ],
    // Five two-year terms per seat over ten years; the current holder was elected for the fourth and
    // reappointed for the fifth, the seats' current terms end months apart (the roster's staggering).
    [
      "BoardTerm",
      `INSERT INTO "BoardTerm" (id, "branchId", "seatId", "personId", kind, "startDate", "endDate", "decidedOn", "standingAgain")
       SELECT ${id("term", "b", "s", "t")}, ${branchId}, ${id("seat", "b", "s")},
              CASE WHEN t >= 3 THEN ${person("s + 1")} ELSE ${person("6 + s * 3 + t")} END,
              (CASE WHEN t = 4 THEN 'reappointed' ELSE 'elected' END)::"TermKind",
              start, start + 729, start, (CASE WHEN t < 4 THEN 'no' ELSE 'undecided' END)::"StandingAgain"
       FROM ${branches}, generate_series(0, 4) AS s, generate_series(0, 4) AS t,
            LATERAL (SELECT ${todayDate} - 200 - 120 * s - (4 - t) * 730 AS start) AS term`,
    ],
    [
      "RosterEvent",
      `INSERT INTO "RosterEvent" (id, "branchId", kind, "personId", "seatId", "termId", details, "createdAt")
       SELECT ${id("rosterEvent", "b", "s", "t")}, term."branchId", term.kind::text, term."personId", term."seatId", term.id,
              jsonb_build_object('startDate', term."startDate", 'endDate', term."endDate", 'decidedOn', term."decidedOn"), term."startDate" + TIME '21:00'
       FROM ${branches}, generate_series(0, 4) AS s, generate_series(0, 4) AS t, "BoardTerm" term
       WHERE term.id = ${id("term", "b", "s", "t")}`,
    ],
    [
      "WorkingGroup",
      `INSERT INTO "WorkingGroup" (id, "branchId", slug, name, description)
       SELECT ${id("group", "b", "g.n")}, ${branchId}, g.slug, g.name, g.description
       FROM ${branches}, (VALUES ${GROUPS.map((group, index) => `(${index + 1}, ${group.map(lit).join(", ")})`).join(", ")}) AS g(n, slug, name, description)`,
    ],
    [
      "WorkingGroupMember",
      `INSERT INTO "WorkingGroupMember" (id, "branchId", "workingGroupId", "personId", role)
       SELECT ${id("groupMember", "b", "g", "j")}, ${branchId}, ${id("group", "b", "g")}, ${person("g + 10 * j")},
              (CASE j WHEN 0 THEN 'chair' WHEN 1 THEN 'convener' WHEN 2 THEN 'action_list_keeper' ELSE 'member' END)::"WorkingGroupRole"
       FROM ${branches}, generate_series(1, 3) AS g, generate_series(0, ${perGroup - 1}) AS j`,
    ],
    [
      "MeetingSeries",
      `INSERT INTO "MeetingSeries" (id, "branchId", kind, title, description, "workingGroupId", "recurrenceKind", weekday, rrule, "startTime", "durationMinutes", location, mode, "validFrom", "updatedAt")
       SELECT ${series("k")}, ${branchId}, s.kind::"MeetingKind", s.title, s.description, CASE WHEN s.grp IS NOT NULL THEN ${id("group", "b", "s.grp")} END,
              s.recurrence::"RecurrenceKind", s.weekday, s.rrule, '19:30', s.minutes, s.location, s.mode::"MeetingMode", ${validFrom}, now()
       FROM ${branches}, (VALUES
         (1, 'board', 'Bestuursvergadering', 'Open voor iedereen, op afspraak. De penningmeester bereidt de agenda voor.', NULL, 'odd_weeks', 2, NULL, 120, 'Buurthuis', 'hybrid'),
         (2, 'working_group', 'Werkgroep Communicatie', '', 1, 'even_weeks', 1, NULL, 90, 'Online (Jitsi)', 'online'),
         (3, 'working_group', 'Werkgroep Politieke agenda', '', 2, 'even_weeks', 3, NULL, 90, 'Bibliotheek', 'in_person'),
         (4, 'working_group', 'Werkgroep Organizing', '', 3, 'even_weeks', 4, NULL, 90, 'Online (Jitsi)', 'online'),
         (5, 'branch_meeting', 'Afdelingsbijeenkomst', 'Voor alle actieve leden.', NULL, 'rrule', NULL, 'FREQ=MONTHLY;BYDAY=-1FR', 150, 'Buurthuis', 'in_person'),
         (6, 'theme', 'ThemaBIJ1komst', 'Themabijeenkomst over een maatschappelijk thema.', 2, 'rrule', NULL, 'FREQ=MONTHLY;INTERVAL=2;BYDAY=+3TH', 120, 'Zaal in de wijk', 'in_person')
       ) AS s(k, kind, title, description, grp, recurrence, weekday, rrule, minutes, location, mode)`,
    ],
    // The penningmeester (member 3) prepares the board's agenda; two guests follow the board's meetings.
    ["SeriesPreparer", `INSERT INTO "SeriesPreparer" ("seriesId", "branchId", "personId", "updatedAt") SELECT ${series("1")}, ${branchId}, ${person("3")}, now() FROM ${branches}`],
    ["SeriesAttendee", `INSERT INTO "SeriesAttendee" (id, "branchId", "seriesId", "personId") SELECT ${id("seriesAttendee", "b", "n")}, ${branchId}, ${series("1")}, ${person("6 + n")} FROM ${branches}, generate_series(0, 1) AS n`],
    // The planned dates of series 1…6 from a year back to half a year ahead, as the calendar expands them
    // (ISO-week parity; the last Friday of the month; every other month's third Thursday from validFrom).
    [
      "(planned dates)",
      `CREATE TEMP TABLE scale_occurrence ON COMMIT DROP AS
       SELECT b, k, d, extract(week FROM d)::int AS week
       FROM ${branches}, generate_series(1, 6) AS k, generate_series(0, 365 + 180) AS n, LATERAL (SELECT ${validFrom} + n AS d) AS day
       WHERE CASE k
         WHEN 1 THEN extract(isodow FROM d) = 2 AND extract(week FROM d)::int % 2 = 1
         WHEN 2 THEN extract(isodow FROM d) = 1 AND extract(week FROM d)::int % 2 = 0
         WHEN 3 THEN extract(isodow FROM d) = 3 AND extract(week FROM d)::int % 2 = 0
         WHEN 4 THEN extract(isodow FROM d) = 4 AND extract(week FROM d)::int % 2 = 0
         WHEN 5 THEN extract(isodow FROM d) = 5 AND extract(month FROM d + 7) <> extract(month FROM d)
         ELSE extract(isodow FROM d) = 4 AND extract(day FROM d) BETWEEN 15 AND 21
              AND ((extract(year FROM d) * 12 + extract(month FROM d)) - (extract(year FROM ${validFrom}) * 12 + extract(month FROM ${validFrom})))::int % 2 = 0
       END`,
    ],
    // Summer and Christmas recesses cancel the board and the groups; autumn and spring holidays move the
    // board to Wednesday; the groups meet online in the first weeks of the year.
    [
      "OccurrenceException",
      `INSERT INTO "OccurrenceException" (id, "branchId", "seriesId", "occurrenceDate", change, "newStartLocal", "newEndLocal", mode, reason, "updatedAt")
       SELECT ${id("exception", "b", "k", DAY)}, ${branchId}, ${series("k")}, d, x.change::"OccurrenceChange",
              CASE WHEN x.change = 'moved' THEN d + 1 + TIME '19:30' END, CASE WHEN x.change = 'moved' THEN d + 1 + TIME '21:30' END,
              CASE WHEN x.change = 'changed' THEN 'online'::"MeetingMode" END, x.reason, now()
       FROM scale_occurrence,
            LATERAL (SELECT CASE
              WHEN k <= 4 AND week BETWEEN 29 AND 34 THEN 'cancelled' WHEN k <= 4 AND week IN (52, 53, 1) THEN 'cancelled'
              WHEN k = 1 AND week IN (9, 43) THEN 'moved' WHEN k BETWEEN 2 AND 4 AND week BETWEEN 2 AND 10 THEN 'changed' END AS change,
              CASE WHEN week BETWEEN 29 AND 34 THEN 'Zomerreces' WHEN week IN (52, 53, 1) THEN 'Kerstreces'
                   WHEN week IN (9, 43) THEN 'Schoolvakantie: op woensdag' ELSE 'Winter: online' END AS reason) AS x
       WHERE x.change IS NOT NULL`,
    ],
    // Every past, not cancelled meeting of the board, the groups and the branch is closed.
    [
      "(closed meetings)",
      `CREATE TEMP TABLE scale_closed ON COMMIT DROP AS
       SELECT o.b, o.k, o.d FROM scale_occurrence o
       WHERE o.k <= 5 AND o.d < ${todayDate}
         AND NOT EXISTS (SELECT 1 FROM "OccurrenceException" x WHERE x."seriesId" = ${id("series", "o.b", "o.k")} AND x."occurrenceDate" = o.d AND x.change = 'cancelled')`,
    ],
    [
      "MeetingRecord",
      `INSERT INTO "MeetingRecord" (id, "branchId", "seriesId", date, "closedAt")
       SELECT ${id("record", "b", "k", DAY)}, ${branchId}, ${series("k")}, d, d + TIME '21:45' FROM scale_closed`,
    ],
    [
      "AgendaItem",
      `INSERT INTO "AgendaItem" (id, "branchId", "seriesId", date, position, title, type, "ownerId", status, minutes, "rootItemId", "createdAt", "updatedAt")
       SELECT ${id("item", "b", "k", DAY, "p")}, ${branchId}, ${series("k")}, d, p, (${textArray(AGENDA_TITLES)})[p],
              (CASE p WHEN 1 THEN 'information' WHEN 3 THEN 'decision' ELSE 'discussion' END)::"AgendaItemType",
              ${person("CASE WHEN k BETWEEN 2 AND 4 THEN (k - 1) + 10 * (p % " + perGroup + ") ELSE 1 + p % 5 END")},
              'handled', 'Besproken.', ${id("item", "b", "k", DAY, "p")}, d - 7, d + TIME '21:45'
       FROM scale_closed, generate_series(1, 5) AS p`,
    ],
    [
      "Decision",
      `INSERT INTO "Decision" (id, "branchId", "seriesId", date, "agendaItemId", text, "updatedAt")
       SELECT ${id("decision", "b", "k", DAY)}, ${branchId}, ${series("k")}, d, ${id("item", "b", "k", DAY, "3")}, 'Besluit van ' || d, d + TIME '21:45' FROM scale_closed`,
    ],
    [
      "ActionItem",
      `INSERT INTO "ActionItem" (id, "branchId", "seriesId", date, "agendaItemId", title, "ownerId", "dueDate", status, "doneOn", "updatedAt")
       SELECT ${id("action", "b", "k", DAY, "p")}, ${branchId}, ${series("k")}, d, ${id("item", "b", "k", DAY, "p")}, 'Actie ' || p || ' van ' || d,
              ${person("CASE WHEN k BETWEEN 2 AND 4 THEN (k - 1) + 10 * ((p + 1) % " + perGroup + ") ELSE 1 + (p + 1) % 5 END")}, d + 14,
              (CASE WHEN d < ${todayDate} - 90 THEN 'done' ELSE 'open' END)::"ActionStatus", CASE WHEN d < ${todayDate} - 90 THEN d + 10 END, d + TIME '21:45'
       FROM scale_closed, generate_series(3, 4) AS p`,
    ],
    // The board at its meetings (one excused in turn), about half of a group at the group's.
    [
      "MeetingAttendance",
      `INSERT INTO "MeetingAttendance" (id, "branchId", "seriesId", date, "personId", rsvp, presence, "updatedAt")
       SELECT ${id("attendance", "b", "k", DAY, "i")}, ${branchId}, ${series("k")}, d, ${person("i")},
              (CASE WHEN excused THEN 'no' ELSE 'yes' END)::"RsvpAnswer", (CASE WHEN excused THEN 'excused' ELSE 'present' END)::"PresenceMark", d + TIME '21:45'
       FROM scale_closed,
            LATERAL (SELECT s AS i, s = 1 + extract(doy FROM d)::int % 5 AS excused FROM generate_series(1, 5) AS s WHERE k = 1
                     UNION ALL
                     SELECT (k - 1) + 10 * j, false FROM generate_series(0, ${perGroup - 1}) AS j WHERE k BETWEEN 2 AND 4 AND (j + extract(doy FROM d)::int) % 2 = 0) AS who`,
    ],
    // The next meeting of the board and of each group already has three items on its agenda.
    [
      "AgendaItem",
      `INSERT INTO "AgendaItem" (id, "branchId", "seriesId", date, position, title, type, "ownerId", "rootItemId", "updatedAt")
       SELECT ${id("item", "b", "k", DAY, "p")}, ${branchId}, ${series("k")}, d, p, (${textArray(AGENDA_TITLES)})[p], 'discussion', ${person("1 + p")},
              ${id("item", "b", "k", DAY, "p")}, now()
       FROM (SELECT DISTINCT ON (b, k) b, k, d FROM scale_occurrence o
             WHERE k <= 4 AND d >= ${todayDate}
               AND NOT EXISTS (SELECT 1 FROM "OccurrenceException" x WHERE x."seriesId" = ${id("series", "o.b", "o.k")} AND x."occurrenceDate" = o.d AND x.change = 'cancelled')
             ORDER BY b, k, d) AS next, generate_series(1, 3) AS p`,
    ],
    [
      "Organisation",
      `INSERT INTO "Organisation" (id, "branchId", name, type, "updatedAt")
       SELECT ${id("organisation", "b", "n")}, ${branchId}, 'Organisatie ' || n, (ARRAY['community', 'ngo', 'union', 'party', 'government', 'other'])[1 + n % 6]::"OrganisationType", now()
       FROM ${branches}, generate_series(1, 12) AS n`,
    ],
    // Ten activities a week over the year, each logged by a member of the group whose kind of work it is.
    [
      "Activity",
      `INSERT INTO "Activity" (id, "branchId", "workingGroupId", type, date, "personId", "createdById", "organisationId", count)
       SELECT ${id("activity", "b", "n")}, ${branchId}, ${id("group", "b", "g")}, a.type::"ActivityType", ${validFrom} + (n * 7) / 10, ${person("g + 10 * (n % " + perGroup + ")")},
              ${person("g + 10 * (n % " + perGroup + ")")}, CASE WHEN a.type = 'network_conversation' THEN ${id("organisation", "b", "1 + (n * 5 + b) % 12")} END,
              CASE WHEN a.type = 'social_posts' THEN 1 + n % 4 ELSE 1 END
       FROM ${branches}, generate_series(0, 519) AS n,
            LATERAL (SELECT 1 + (n * 7 + b) % 3 AS g) AS grp,
            LATERAL (SELECT (ARRAY[${GROUP_ACTIVITIES.map((types) => textArray(types)).join(", ")}])[g][1 + (n / 3) % 5] AS type) AS a`,
    ],
    [
      "PlanPhase",
      `INSERT INTO "PlanPhase" (id, "branchId", name, "startDate", "endDate", "updatedAt")
       SELECT ${id("phase", "b", "n")}, ${branchId}, 'Fase ' || n, ${validFrom} - 365 + (n - 1) * 365, ${validFrom} + (n - 1) * 365 + 364, now()
       FROM ${branches}, generate_series(1, 2) AS n`,
    ],
    [
      "FocusTopic",
      `INSERT INTO "FocusTopic" (id, "branchId", name) SELECT ${id("topic", "b", "n")}, ${branchId}, (ARRAY['Armoede', 'Immigratie', 'Leefbaarheid'])[n] FROM ${branches}, generate_series(1, 3) AS n`,
    ],
    [
      "Goal",
      `INSERT INTO "Goal" (id, "branchId", "workingGroupId", title, kind, target, "activityType", "cadenceUnit", "periodStart", "periodEnd", "ownerId", "phaseId", "focusTopicId", "completedOn", "updatedAt")
       SELECT ${id("goal", "b", "n")}, ${branchId}, ${id("group", "b", "s.g")}, s.title, s.kind::"GoalKind", s.target, s.type::"ActivityType", s.unit::"CadenceUnit",
              ${validFrom}, ${validFrom} + 364, ${person("s.g")}, ${id("phase", "b", "2")}, CASE WHEN n % 3 = 0 THEN ${id("topic", "b", "1 + n % 3")} END,
              CASE WHEN s.kind = 'milestone' AND n % 2 = 0 THEN ${todayDate} - 30 END, now()
       FROM ${branches}, (VALUES ${GOALS.map(([group, title, kind, target, type, unit], index) => `(${index + 1}, ${group}, ${lit(title)}, ${lit(kind)}, ${target}, ${type ? lit(type) : "NULL"}, ${unit ? lit(unit) : "NULL"})`).join(", ")})
            AS s(n, g, title, kind, target, type, unit)`,
    ],
    [
      "GoalMeasurement",
      `INSERT INTO "GoalMeasurement" (id, "branchId", "goalId", date, value)
       SELECT ${id("measurement", "b", "n", "m")}, ${branchId}, ${id("goal", "b", "n")}, ${validFrom} + m * 30, round(s.target * (0.4 + m * 0.04))
       FROM ${branches}, (VALUES ${GOALS.flatMap(([, , kind, target], index) => (kind === "metric" ? [`(${index + 1}, ${target})`] : [])).join(", ")}) AS s(n, target),
            generate_series(0, 11) AS m`,
    ],
    [
      "DutyRota",
      `INSERT INTO "DutyRota" (id, "branchId", "workingGroupId", name, "anchorWeek", "updatedAt")
       SELECT ${id("rota", "b")}, ${branchId}, ${id("group", "b", "1")}, 'Socialemediarooster', to_char(${validFrom}, 'IYYY-"W"IW'), now() FROM ${branches}`,
    ],
    [
      "DutyRotaMember",
      `INSERT INTO "DutyRotaMember" (id, "branchId", "rotaId", "personId", position)
       SELECT ${id("rotaMember", "b", "j")}, ${branchId}, ${id("rota", "b")}, ${person("1 + 10 * j")}, j FROM ${branches}, generate_series(0, ${Math.min(5, perGroup - 1)}) AS j`,
    ],
  ];
}
