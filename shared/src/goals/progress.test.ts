import { describe, expect, it } from "vitest";
import { goalProgress, tallyActivities } from "./progress.ts";
import { activity, goal, times } from "./testData.ts";
import type { Measurement } from "./types.ts";

const none = { activities: [], measurements: [] };

describe("count: at least N activities of one type in the period", () => {
  const demonstrations = goal({ kind: "count", activityType: "demonstration", target: 5 });

  it("counts only its type, only inside the period, both ends included", () => {
    const activities = [
      activity("demonstration", "2026-08-31"), // the day before the period
      activity("demonstration", "2026-09-01"), // the first day
      activity("demonstration", "2026-11-14"),
      activity("own_action", "2026-11-14"), // another type
      activity("network_conversation", "2026-11-15", { organisationId: "volt" }),
      activity("demonstration", "2027-06-30"), // the last day
      activity("demonstration", "2027-07-01"), // the day after
    ];
    expect(goalProgress(demonstrations, { activities, measurements: [] }, "2027-07-02").current).toBe(3);
  });

  it("adds up the posts of a social_posts entry", () => {
    const posts = goal({ kind: "count", activityType: "social_posts", target: 100 });
    const activities = [activity("social_posts", "2026-10-01", { count: 7 }), activity("social_posts", "2026-10-02", { count: 3 })];
    expect(goalProgress(posts, { activities, measurements: [] }, "2026-10-03").current).toBe(10);
  });

  it("reports the demo's 1 of 5 demonstrations on 2026-11-22 as on track: 1.37 expected, less than one whole demonstration short", () => {
    const progress = goalProgress(demonstrations, { activities: [activity("demonstration", "2026-10-10")], measurements: [] }, "2026-11-22");
    expect(progress).toMatchObject({ current: 1, target: 5, expectedByNow: 1.37, status: "on_track", cadence: null, metric: null });
  });

  // A ten-day period with a target of 5: a steady pace is half an activity a day.
  const tenDays = goal({ kind: "count", activityType: "demonstration", target: 5, periodStart: "2027-01-01", periodEnd: "2027-01-10" });
  it.each([
    ["the day before the start", "2026-12-31", 0, 0, "on_track"],
    ["the first day, nothing yet", "2027-01-01", 0, 0.5, "on_track"],
    ["the second day, nothing yet: one whole activity short", "2027-01-02", 0, 1, "behind"],
    ["the second day, one done", "2027-01-02", 1, 1, "on_track"],
    ["halfway, two done: 2.5 expected", "2027-01-05", 2, 2.5, "on_track"],
    ["halfway, one done", "2027-01-05", 1, 2.5, "behind"],
    ["the target reached early", "2027-01-03", 5, 1.5, "done"],
    ["the last day, four done", "2027-01-10", 4, 5, "behind"],
    ["the last day, five done", "2027-01-10", 5, 5, "done"],
    ["the day after, four done", "2027-01-11", 4, 5, "overdue"],
    ["the day after, five done", "2027-01-11", 5, 5, "done"],
    ["long after, six done", "2028-01-01", 6, 5, "done"],
  ] as const)("on %s (%s) with %i done: expected %d, %s", (_label, today, done, expectedByNow, status) => {
    const progress = goalProgress(tenDays, { activities: times(done, "demonstration", "2027-01-01"), measurements: [] }, today);
    expect(progress).toMatchObject({ current: done, expectedByNow, status });
  });
});

describe("distinct: N different organisations", () => {
  const network = goal({ kind: "distinct", activityType: "network_conversation", target: 10 });

  it("counts each organisation once, only from its activity type and its period", () => {
    const activities = [
      activity("network_conversation", "2026-09-10", { organisationId: "volt" }),
      activity("network_conversation", "2026-10-10", { organisationId: "volt" }), // the same one again
      activity("network_conversation", "2026-10-12", { organisationId: "pvdd" }),
      activity("network_conversation", "2026-08-01", { organisationId: "denk" }), // before the period
      activity("demonstration", "2026-10-12", { organisationId: "avc" }), // another type
    ];
    expect(goalProgress(network, { activities, measurements: [] }, "2026-11-22")).toMatchObject({ current: 2, status: "on_track", expectedByNow: 2.74 });
  });

  it.each([
    ["2027-06-30", 9, "behind"],
    ["2027-06-30", 10, "done"],
    ["2027-07-01", 9, "overdue"],
  ] as const)("on %s with %i organisations it is %s", (today, organisations, status) => {
    const activities = Array.from({ length: organisations }, (_, index) => activity("network_conversation", "2026-12-01", { organisationId: `org-${index}` }));
    expect(goalProgress(network, { activities, measurements: [] }, today).status).toBe(status);
  });
});

describe("milestone: done or not, due on its deadline", () => {
  const reportingPoint = goal({ kind: "milestone", target: 1, periodStart: "2027-01-01", periodEnd: "2027-03-31" });

  it.each([
    ["before the start", "2026-12-31", null, 0, 0, "on_track"],
    ["the first day", "2027-01-01", null, 0, 0, "on_track"],
    ["the day before the deadline", "2027-03-30", null, 0, 0, "on_track"],
    ["the deadline itself", "2027-03-31", null, 0, 1, "behind"],
    ["the day after the deadline", "2027-04-01", null, 0, 1, "overdue"],
    ["done before the deadline", "2027-02-15", "2027-02-01", 1, 0, "done"],
    ["done, looked at later", "2027-05-01", "2027-02-01", 1, 1, "done"],
  ] as const)("%s (%s)", (_label, today, completedOn, current, expectedByNow, status) => {
    expect(goalProgress({ ...reportingPoint, completedOn }, none, today)).toMatchObject({ current, target: 1, expectedByNow, status });
  });
});

describe("metric: the latest measurement against a target", () => {
  const followers = goal({ kind: "metric", target: 2500 });
  const measurements: Measurement[] = [
    { date: "2026-11-20", value: 2035 },
    { date: "2026-08-20", value: 1800 }, // before the period: the baseline
    { date: "2026-10-01", value: 1905 },
    { date: "2027-07-15", value: 2600 }, // after the period
  ];

  it.each([
    ["before the start, from the last value before it", "2026-08-25", 1800, "2026-08-20", 1800, "on_track"],
    ["in the period: the latest value so far", "2026-11-01", 1905, "2026-10-01", 1943.23, "behind"],
    ["today in the demo", "2026-11-22", 2035, "2026-11-20", 1991.75, "on_track"],
    ["after the period: a value measured later does not count", "2027-07-20", 2035, "2026-11-20", 2500, "overdue"],
  ] as const)("%s (%s)", (_label, today, current, measuredOn, expectedByNow, status) => {
    const progress = goalProgress(followers, { activities: [], measurements }, today);
    expect(progress).toMatchObject({ current, expectedByNow, status, metric: { baseline: 1800, measuredOn } });
  });

  it("is done once a measurement in the period reaches the target", () => {
    const reached = [...measurements, { date: "2027-03-01", value: 2510 }];
    expect(goalProgress(followers, { activities: [], measurements: reached }, "2027-03-02")).toMatchObject({ current: 2510, status: "done" });
  });

  it("takes the first value in the period as baseline when nothing was measured before it", () => {
    const progress = goalProgress(followers, { activities: [], measurements: [{ date: "2026-09-15", value: 1850 }] }, "2026-09-20");
    expect(progress.metric).toEqual({ baseline: 1850, measuredOn: "2026-09-15" });
  });

  it("is behind with nothing measured once the period runs: there is nothing to show", () => {
    expect(goalProgress(followers, none, "2026-08-31")).toMatchObject({ current: 0, status: "on_track", metric: { baseline: null, measuredOn: null } });
    expect(goalProgress(followers, none, "2026-09-02")).toMatchObject({ current: 0, status: "behind" });
  });
});

describe("tallyActivities: the sums progress is worked out from (the database makes the same, see goalTallies.test.ts)", () => {
  const activities = [
    activity("social_posts", "2026-12-27", { count: 4 }), // the day before the period: not counted
    activity("social_posts", "2026-12-28", { count: 3 }), // Monday of 2026-W53, the first day
    activity("social_posts", "2027-01-03", { count: 2 }), // Sunday of 2026-W53, in the new year
    activity("social_posts", "2027-01-04", { count: 5 }), // 2027-W01
    activity("newsletter", "2027-01-04"), // another type
    activity("social_posts", "2027-01-12"), // after today
  ];
  const weekly = goal({ kind: "cadence", activityType: "social_posts", cadenceUnit: "week", target: 5, periodStart: "2026-12-28", periodEnd: "2027-01-31" });

  it("weighs posts by their count, per ISO week, within the period and not after today", () => {
    expect(tallyActivities(weekly, activities, "2027-01-10")).toEqual({ weight: 10, organisations: 0, perPeriod: { "2026-W53": 5, "2027-W01": 5 } });
    expect(tallyActivities({ ...weekly, cadenceUnit: "month" }, activities, "2027-01-10").perPeriod).toEqual({ "2026-12": 3, "2027-01": 7 });
  });

  it("counts each organisation once, and nothing for goals without an activity type", () => {
    const talks = [activity("network_conversation", "2026-10-01", { organisationId: "volt" }), activity("network_conversation", "2026-10-02", { organisationId: "volt" }), activity("network_conversation", "2026-10-03", { organisationId: "fnv" })];
    expect(tallyActivities(goal({ kind: "distinct", activityType: "network_conversation" }), talks, "2026-11-22")).toMatchObject({ weight: 3, organisations: 2 });
    expect(tallyActivities(goal({ kind: "milestone" }), talks, "2026-11-22")).toEqual({ weight: 0, organisations: 0, perPeriod: {} });
  });

  it("gives goalProgress the same answer from the tally as from the rows", () => {
    for (const today of ["2026-12-27", "2026-12-31", "2027-01-04", "2027-01-10", "2027-02-01"]) {
      expect(goalProgress(weekly, { tally: tallyActivities(weekly, activities, today), measurements: [] }, today)).toEqual(goalProgress(weekly, { activities, measurements: [] }, today));
    }
  });
});
