// The floor under the cold reads (issue 17, part 3): for each main read, one hand-written SQL statement that
// fetches the same rows and columns the route's service loads, for the same branch and caller, run through
// `pg` at the same concurrency as autocannon loads the route. The route's p95 over this p95 is what Prisma,
// the mapping, the domain logic and Fastify add on top of the database; the target is ≤ 3×.
//
// Each statement is one round trip (nested rows as JSON), the shortest way to those rows: a floor, not a
// copy of how the service queries today. Authentication (the access token's account and branch lookup) is
// not in it, since that is the same for every route and /api/health's ratio shows it.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { MOVE_MARGIN_DAYS, addDaysLocal } from "@afdelingsplanner/shared";

export interface RawQuery {
  /** The cold endpoint's name in bench/run.ts, whose p95 this one is compared with. */
  endpoint: string;
  text: string;
  values: unknown[];
}

export interface RawContext {
  branchId: string;
  /** The ordinary member whose requests the occurrences and action list are measured with. */
  memberPersonId: string;
  /** The board member whose requests the roster, people list and agenda are measured with. */
  boardPersonId: string;
  today: string;
  month: { from: string; to: string };
  meeting: { seriesId: string; date: string };
}

/** The statements, keyed by the cold endpoint they mirror. */
export function rawQueries(context: RawContext, endpoints: { occurrences: string; roster: string; people: string; agenda: string; actions: string }): RawQuery[] {
  const { branchId } = context;
  return [
    {
      // calendar/service.ts loadSeriesForWindow (no filter, as the member's month view asks): every series of the
      // branch valid in the window, with its exceptions within MOVE_MARGIN_DAYS of the window (all columns, as
      // Prisma's findMany without select). The expansion into occurrences is domain logic and not in the floor.
      endpoint: endpoints.occurrences,
      text: `
        SELECT s.*,
               coalesce((SELECT json_agg(e) FROM "OccurrenceException" e
                         WHERE e."seriesId" = s.id AND e."branchId" = $1 AND e."occurrenceDate" BETWEEN $4 AND $5), '[]') AS exceptions
        FROM "MeetingSeries" s
        WHERE s."branchId" = $1 AND s."validFrom" <= $3 AND (s."validUntil" IS NULL OR s."validUntil" >= $2)`,
      values: [branchId, context.month.from, context.month.to, addDaysLocal(context.month.from, -MOVE_MARGIN_DAYS), addDaysLocal(context.month.to, MOVE_MARGIN_DAYS)],
    },
    {
      // board/load.ts loadBoardData: the seats in order, the terms that still have a seat with the person's name
      // (termSelect), and the branch's term policy; the roster itself is computed from these in shared/.
      endpoint: endpoints.roster,
      text: `
        SELECT
          (SELECT coalesce(json_agg(x ORDER BY x.position, x.function), '[]')
           FROM (SELECT id, function, portfolio, responsibilities, position, "abolishedOn" FROM "BoardSeat" WHERE "branchId" = $1) x) AS seats,
          (SELECT coalesce(json_agg(t ORDER BY t."startDate", t."createdAt"), '[]')
           FROM (SELECT bt.id, bt."seatId", bt."personId", bt.kind, bt."startDate", bt."endDate", bt."endedEarlyOn", bt."decidedOn",
                        bt."decisionNote", bt."standingAgain", bt."createdAt", p.name AS "personName"
                 FROM "BoardTerm" bt JOIN "Person" p ON p.id = bt."personId"
                 WHERE bt."branchId" = $1 AND bt."seatId" IS NOT NULL) t) AS terms,
          (SELECT row_to_json(x) FROM (SELECT "termLengthMonths", "maxConsecutiveTerms", "endingSoonWindowMonths", version
                                       FROM "BoardTermPolicy" WHERE "branchId" = $1) x) AS policy`,
      values: [branchId],
    },
    {
      // people/service.ts listPeople for a board member (sees every contact, so no query for their own groups),
      // default status "active": personSelect's columns, the roles, and the working groups with slug and name,
      // sorted by name.
      endpoint: endpoints.people,
      text: `
        WITH roles AS (
          SELECT "personId", json_agg(role) AS roles FROM "BranchRole" WHERE "branchId" = $1 GROUP BY "personId"
        ), groups AS (
          SELECT m."personId", json_agg(json_build_object('role', m.role, 'workingGroupId', m."workingGroupId", 'slug', g.slug, 'name', g.name)) AS groups
          FROM "WorkingGroupMember" m JOIN "WorkingGroup" g ON g.id = m."workingGroupId"
          WHERE m."branchId" = $1 GROUP BY m."personId"
        )
        SELECT p.id, p.name, p.email, p.phone, p.active, p."joinedOn", p."leftOn", p."shareContact", p."erasedAt", p."userId", p.version,
               coalesce(roles.roles, '[]') AS roles, coalesce(groups.groups, '[]') AS "workingGroups"
        FROM "Person" p
        LEFT JOIN roles ON roles."personId" = p.id
        LEFT JOIN groups ON groups."personId" = p.id
        WHERE p."branchId" = $1 AND p."erasedAt" IS NULL AND (p."leftOn" IS NULL OR p."leftOn" > $2)
        ORDER BY p.name`,
      values: [branchId, context.today],
    },
    {
      // meetings/agenda.ts getAgenda for a board member: loadMeeting's series (all columns) with its preparer,
      // the occurrence's exception and meeting record, every agenda item of the occurrence (all columns) with its
      // owner's name in order, and the caller's role in the series' working group (meetingPermissions).
      endpoint: endpoints.agenda,
      text: `
        SELECT s.*,
          (SELECT json_build_object('id', pp.id, 'name', pp.name) FROM "SeriesPreparer" sp JOIN "Person" pp ON pp.id = sp."personId" WHERE sp."seriesId" = s.id) AS preparer,
          (SELECT row_to_json(e) FROM "OccurrenceException" e WHERE e."seriesId" = s.id AND e."occurrenceDate" = $3) AS exception,
          (SELECT row_to_json(r) FROM "MeetingRecord" r WHERE r."seriesId" = s.id AND r.date = $3) AS record,
          (SELECT m.role FROM "WorkingGroupMember" m WHERE m."workingGroupId" = s."workingGroupId" AND m."personId" = $4) AS "callerGroupRole",
          coalesce((SELECT json_agg(i ORDER BY i.position, i."createdAt")
                    FROM (SELECT a.*, o.name AS "ownerName" FROM "AgendaItem" a LEFT JOIN "Person" o ON o.id = a."ownerId"
                          WHERE a."branchId" = $1 AND a."seriesId" = s.id AND a.date = $3) i), '[]') AS items
        FROM "MeetingSeries" s
        WHERE s.id = $2 AND s."branchId" = $1`,
      values: [branchId, context.meeting.seriesId, context.meeting.date, context.boardPersonId],
    },
    {
      // meetings/actions.ts listActions as the web asks it (status=open, no other filter): every open action of
      // the branch (all columns) with its owner and its series' title and working group, soonest due first.
      endpoint: endpoints.actions,
      text: `
        SELECT a.*, o.name AS "ownerName", s.title AS "seriesTitle", s."workingGroupId"
        FROM "ActionItem" a
        JOIN "MeetingSeries" s ON s.id = a."seriesId"
        LEFT JOIN "Person" o ON o.id = a."ownerId"
        WHERE a."branchId" = $1 AND a.status = 'open'
        ORDER BY a."dueDate" ASC NULLS LAST, a."createdAt" ASC`,
      values: [branchId],
    },
  ];
}

export interface RawResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  rows: number;
  errors: number;
}

/** `connections` loops, each running the statement again as soon as it answered, through a pool of that size. */
export async function loadRaw(pool: pg.Pool, query: RawQuery, seconds: number, connections: number): Promise<RawResult> {
  const latencies: number[] = [];
  let errors = 0;
  let rows = 0;
  const began = performance.now();
  const deadline = began + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        rows = (await pool.query(query.text, query.values)).rowCount ?? 0;
        latencies.push(performance.now() - start);
      } catch (error) {
        errors += 1;
        if (errors === 1) console.error(`raw pg (${query.endpoint}):`, error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return { requestsPerSecond: latencies.length / elapsed, p50: percentile(50), p95: percentile(95), p99: percentile(99), rows, errors };
}
