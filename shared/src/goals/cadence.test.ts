import { describe, expect, it } from "vitest";
import { cadenceBounds } from "./cadence.ts";
import { goalProgress } from "./progress.ts";
import { activity, goal, times } from "./testData.ts";

describe("cadenceBounds: the weeks or months of a period, cut to it", () => {
  it.each([
    ["a period starting on a Tuesday starts with a short week", "week", "2026-09-01", "2026-09-20", [["2026-W36", "2026-09-01", "2026-09-06"], ["2026-W37", "2026-09-07", "2026-09-13"], ["2026-W38", "2026-09-14", "2026-09-20"]]],
    ["ISO weeks across the 53-week year 2026", "week", "2026-12-21", "2027-01-10", [["2026-W52", "2026-12-21", "2026-12-27"], ["2026-W53", "2026-12-28", "2027-01-03"], ["2027-W01", "2027-01-04", "2027-01-10"]]],
    ["months across a new year, cut at both ends", "month", "2026-11-15", "2027-02-10", [["2026-11", "2026-11-15", "2026-11-30"], ["2026-12", "2026-12-01", "2026-12-31"], ["2027-01", "2027-01-01", "2027-01-31"], ["2027-02", "2027-02-01", "2027-02-10"]]],
    ["one day", "month", "2028-02-29", "2028-02-29", [["2028-02", "2028-02-29", "2028-02-29"]]],
  ] as const)("%s", (_label, unit, start, end, expected) => {
    expect(cadenceBounds(unit, start, end).map((period) => [period.key, period.start, period.end])).toEqual(expected);
  });
});

describe("cadence: N posts every week", () => {
  // Four whole ISO weeks, W45–W48 of 2026; five posts a week.
  const posts = goal({ kind: "cadence", activityType: "social_posts", cadenceUnit: "week", target: 5, periodStart: "2026-11-02", periodEnd: "2026-11-29" });
  const activities = [
    activity("social_posts", "2026-11-02", { count: 3 }),
    activity("social_posts", "2026-11-08", { count: 2 }), // W45: 5, met on its Sunday
    activity("social_posts", "2026-11-10", { count: 4 }), // W46: 4, missed
    activity("newsletter", "2026-11-11"), // another type: never counted
    activity("social_posts", "2026-11-16", { count: 5 }), // W47: 5, met
  ];

  it.each([
    ["before the period", "2026-11-01", 0, 0, 0, 0, null, "on_track"],
    ["its first day", "2026-11-02", 3, 0.71, 0, 0, "2026-W45", "on_track"],
    ["W45 met", "2026-11-08", 5, 5, 1, 0, "2026-W45", "on_track"],
    ["W46, four posts on its Sunday: one short of pace", "2026-11-15", 4, 5, 1, 0, "2026-W46", "behind"],
    ["W47 opens after a missed week", "2026-11-16", 5, 0.71, 1, 1, "2026-W47", "on_track"],
    ["W48 Monday: W47 met, nothing yet, not behind pace", "2026-11-23", 0, 0.71, 1, 1, "2026-W48", "on_track"],
    ["W48 Wednesday, nothing yet: 2.14 expected", "2026-11-25", 0, 2.14, 1, 1, "2026-W48", "behind"],
    ["the day after the period, with one missed week", "2026-11-30", 0, 5, 0, 2, null, "overdue"],
  ] as const)("on %s (%s): %i this week, %d expected, streak %i, missed %i", (_label, today, current, expectedByNow, streak, missedPeriods, week, status) => {
    const progress = goalProgress(posts, { activities, measurements: [] }, today);
    expect(progress).toMatchObject({ current, expectedByNow, status, cadence: { streak, missedPeriods } });
    expect(progress.cadence?.currentPeriod?.key ?? null).toBe(week);
  });

  it("is done after a period without a missed week, and reports each week", () => {
    const steady = ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"].map((date) => activity("social_posts", date, { count: 5 }));
    const progress = goalProgress(posts, { activities: steady, measurements: [] }, "2026-11-30");
    expect(progress.status).toBe("done");
    expect(progress.cadence?.periods.map((period) => [period.key, period.count, period.met, period.state])).toEqual([
      ["2026-W45", 5, true, "past"],
      ["2026-W46", 5, true, "past"],
      ["2026-W47", 5, true, "past"],
      ["2026-W48", 5, true, "past"],
    ]);
    expect(goalProgress(posts, { activities: steady, measurements: [] }, "2026-11-29").cadence?.streak).toBe(4);
  });
});

describe("cadence: a newsletter every month", () => {
  const newsletter = goal({ kind: "cadence", activityType: "newsletter", cadenceUnit: "month", target: 1 });
  const sent = [activity("newsletter", "2026-09-25"), activity("newsletter", "2026-10-30")];

  it.each([
    ["November, not sent yet: on pace until its last day", "2026-11-22", sent, 0, 0.73, 2, 0, "on_track"],
    ["the last day of November, not sent", "2026-11-30", sent, 0, 1, 2, 0, "behind"],
    ["December 1st after a missed November", "2026-12-01", sent, 0, 0.03, 0, 1, "behind"],
    ["December's sent on its first day: the rhythm is restored", "2026-12-01", [...sent, activity("newsletter", "2026-12-01")], 1, 0.03, 1, 1, "on_track"],
    ["two in one month still count as one met month", "2026-10-31", [...sent, activity("newsletter", "2026-10-02")], 2, 1, 2, 0, "on_track"],
  ] as const)("%s", (_label, today, activities, current, expectedByNow, streak, missedPeriods, status) => {
    expect(goalProgress(newsletter, { activities, measurements: [] }, today)).toMatchObject({ current, expectedByNow, status, cadence: { streak, missedPeriods } });
  });

  it("counts ten months in the plan's period, and keeps the streak only back to the last miss", () => {
    const everyMonth = [...sent, activity("newsletter", "2026-11-25"), activity("newsletter", "2026-12-10"), activity("newsletter", "2027-02-10"), activity("newsletter", "2027-03-10")];
    const progress = goalProgress(newsletter, { activities: everyMonth, measurements: [] }, "2027-03-15");
    expect(progress.cadence?.periods).toHaveLength(10);
    expect(progress.cadence).toMatchObject({ streak: 2, missedPeriods: 1 }); // January missed; February and March met
  });
});

describe("cadence and social posts", () => {
  it("sums the count of each social_posts entry", () => {
    const weekly = goal({ kind: "cadence", activityType: "social_posts", cadenceUnit: "week", target: 5, periodStart: "2026-11-16", periodEnd: "2026-12-31" });
    expect(goalProgress(weekly, { activities: times(2, "social_posts", "2026-11-17"), measurements: [] }, "2026-11-18").current).toBe(2);
  });
});

describe("cadenceBounds is remembered per period", () => {
  it("answers a repeated question with the same frozen list, which nobody can change for the next reader", () => {
    const first = cadenceBounds("week", "2031-03-05", "2031-04-20");
    expect(cadenceBounds("week", "2031-03-05", "2031-04-20")).toBe(first);
    expect(Object.isFrozen(first) && first.every((period) => Object.isFrozen(period))).toBe(true);
    expect(cadenceBounds("month", "2031-03-05", "2031-04-20").map((period) => period.key)).toEqual(["2031-03", "2031-04"]);
  });
});
