import { describe, expect, it } from "vitest";
import { addDaysLocal, tallyActivities, type ActivityType } from "@afdelingsplanner/shared";
import { useTestApp } from "../support/app.ts";
import { fromIsoDate, toIsoDate } from "../../server/src/lib/dates.ts";
import { activityTallies, definitionOf } from "../../server/src/modules/workingGroups/goals/views.ts";

// Goals read their activities as sums made by the database (GROUP BY, COUNT(DISTINCT), weeks by to_char).
// These must be exactly what the pure rule makes from the rows, on any day and at every edge: the first
// and last day of a period, the 53rd ISO week of 2026 across new year, posts that weigh their count.
const ctx = useTestApp();

describe("activity tallies summed in SQL equal tallyActivities over the rows", () => {
  it("for every goal of Den Haag, with edge cases added, on days before, in and after the periods", async () => {
    const db = ctx.db;
    const branch = await db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } });
    const groups = await db.workingGroup.findMany({ where: { branchId: branch.id } });
    const group = (slug: string) => groups.find((candidate) => candidate.slug === slug)?.id ?? "";
    const organisations = await db.organisation.findMany({ where: { branchId: branch.id }, take: 2 });
    // Goals that cross a year with 53 ISO weeks, by week and by month, starting mid-week and mid-month.
    const extraGoals = [
      { kind: "cadence", activityType: "social_posts", cadenceUnit: "week", periodStart: "2026-12-23", periodEnd: "2027-01-13" },
      { kind: "cadence", activityType: "social_posts", cadenceUnit: "month", periodStart: "2026-12-15", periodEnd: "2027-02-10" },
      { kind: "count", activityType: "social_posts", cadenceUnit: null, periodStart: "2026-12-28", periodEnd: "2027-01-03" },
      { kind: "distinct", activityType: "network_conversation", cadenceUnit: null, periodStart: "2026-12-28", periodEnd: "2027-01-04" },
    ] as const;
    await db.goal.createMany({
      data: extraGoals.map((goal, n) => ({
        branchId: branch.id,
        workingGroupId: group(goal.activityType === "social_posts" ? "communicatie" : "organizing"),
        title: `Randgeval ${n}`,
        kind: goal.kind,
        target: 3,
        activityType: goal.activityType,
        cadenceUnit: goal.cadenceUnit,
        periodStart: fromIsoDate(goal.periodStart),
        periodEnd: fromIsoDate(goal.periodEnd),
      })),
    });
    const edgeDays = ["2026-12-14", "2026-12-15", "2026-12-22", "2026-12-23", "2026-12-27", "2026-12-28", "2026-12-31", "2027-01-01", "2027-01-03", "2027-01-04", "2027-01-13", "2027-01-14", "2027-02-10", "2027-02-11"];
    const extraActivity = (type: ActivityType, date: string, slug: string, extra: { count?: number; organisationId?: string }) => ({ branchId: branch.id, workingGroupId: group(slug), type, date: fromIsoDate(date), ...extra });
    await db.activity.createMany({
      data: edgeDays.flatMap((date, n) => [
        extraActivity("social_posts", date, "communicatie", { count: 1 + (n % 4) }),
        // The same two organisations again and again: distinct counts each once.
        extraActivity("network_conversation", date, "organizing", { organisationId: organisations[n % 2]?.id ?? "" }),
      ]),
    });

    const goals = await db.goal.findMany({ where: { branchId: branch.id, activityType: { not: null } } });
    const rows = await db.activity.findMany({ where: { branchId: branch.id } });
    const activitiesOf = (workingGroupId: string) =>
      rows.filter((row) => row.workingGroupId === workingGroupId).map((row) => ({ type: row.type, date: toIsoDate(row.date), count: row.count, organisationId: row.organisationId }));
    const days = [...edgeDays, ...["2025-08-31", "2025-09-01", "2026-03-18", "2026-09-01", "2026-11-22", "2027-06-30", "2027-07-01", "2030-01-01"], ...edgeDays.map((date) => addDaysLocal(date, -1))];
    let compared = 0;
    for (const today of days) {
      const sums = await activityTallies(db, branch.id, today, goals.map((goal) => goal.id));
      for (const goal of goals) {
        const expected = tallyActivities(definitionOf(goal), activitiesOf(goal.workingGroupId), today);
        const actual = sums.get(goal.id) ?? { weight: 0, organisations: 0, perPeriod: {} };
        expect({ title: goal.title, today, ...actual }).toEqual({ title: goal.title, today, ...expected });
        if (expected.weight > 0) compared += 1;
      }
    }
    // Not vacuous: most comparisons have activity in them, and the week of new year 2027 is 2026-W53.
    expect(compared).toBeGreaterThan(100);
    const weekly = goals.find((goal) => goal.title === "Randgeval 0");
    expect(Object.keys((await activityTallies(db, branch.id, "2027-01-13", [weekly?.id ?? ""])).get(weekly?.id ?? "")?.perPeriod ?? {})).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
  });
});
