import { describe, expect, it } from "vitest";
import { activityProblems, activityWeight, storedCount } from "./activities.ts";
import { normaliseGoalShape } from "./definition.ts";
import { phaseState } from "./plan.ts";
import { groupRoles, type GroupMember } from "./roles.ts";

const today = "2026-11-22";

describe("activityProblems", () => {
  it.each([
    ["a demonstration today", { type: "demonstration", date: today }, null],
    ["posts with a count", { type: "social_posts", date: "2026-11-20", count: 4 }, null],
    ["posts without a count (one post)", { type: "social_posts", date: "2026-11-20" }, null],
    ["a conversation with an organisation", { type: "network_conversation", date: today, organisationId: "o" }, null],
    ["an unknown type", { type: "picnic", date: today }, /not an activity type/],
    ["an impossible date", { type: "demonstration", date: "2026-02-30" }, /not a day in the calendar/],
    ["a date in the future", { type: "demonstration", date: "2026-11-23" }, /in the future/],
    ["a count on a demonstration", { type: "demonstration", date: today, count: 2 }, /only applies to social_posts/],
    ["a count of zero posts", { type: "social_posts", date: today, count: 0 }, /whole number from 1/],
    ["a conversation with nobody", { type: "network_conversation", date: today }, /organisationId/],
  ])("%s", (_label, input, problem) => {
    const problems = activityProblems(input, today);
    if (problem === null) expect(problems).toEqual([]);
    else expect(problems.join(" ")).toMatch(problem);
  });

  it("stores and weighs the count of posts only", () => {
    expect(storedCount("social_posts", 4)).toBe(4);
    expect(storedCount("social_posts", null)).toBe(1);
    expect(storedCount("article", null)).toBe(1);
    expect(activityWeight({ type: "social_posts", count: 4 })).toBe(4);
    expect(activityWeight({ type: "article", count: 4 })).toBe(1);
  });
});

describe("normaliseGoalShape: the plan's goals fit the kinds", () => {
  const period = { periodStart: "2026-09-01", periodEnd: "2027-06-30" };
  it.each([
    ["≥ 5 demonstrations", { kind: "count", target: 5, activityType: "demonstration" }, { target: 5, activityType: "demonstration", cadenceUnit: null }],
    ["10 organisations: network conversations by default", { kind: "distinct", target: 10 }, { activityType: "network_conversation" }],
    ["5 posts a week", { kind: "cadence", target: 5, activityType: "social_posts", cadenceUnit: "week" }, { cadenceUnit: "week" }],
    ["the reporting point: target 1 by default", { kind: "milestone" }, { target: 1, activityType: null }],
    ["2500 followers", { kind: "metric", target: 2500 }, { target: 2500 }],
    ["a metric may be fractional", { kind: "metric", target: 12.5 }, { target: 12.5 }],
  ] as const)("accepts %s", (_label, input, expected) => {
    const { problems, shape } = normaliseGoalShape({ ...period, ...input });
    expect(problems).toEqual([]);
    expect(shape).toMatchObject(expected);
  });

  it.each([
    ["a count without a type", { kind: "count", target: 5 }, /activityType/],
    ["a count without a target", { kind: "count", activityType: "article" }, /needs a "target"/],
    ["half a demonstration", { kind: "count", target: 2.5, activityType: "demonstration" }, /whole number/],
    ["a zero target", { kind: "count", target: 0, activityType: "demonstration" }, /more than 0/],
    ["a cadence without a unit", { kind: "cadence", target: 1, activityType: "newsletter" }, /cadenceUnit/],
    ["a unit on a count", { kind: "count", target: 1, activityType: "newsletter", cadenceUnit: "month" }, /Only a cadence goal/],
    ["a type on a metric", { kind: "metric", target: 10, activityType: "article" }, /leave "activityType" out/],
    ["a milestone of 3", { kind: "milestone", target: 3 }, /target" is 1/],
  ] as const)("refuses %s", (_label, input, message) => {
    const { problems, shape } = normaliseGoalShape({ ...period, ...input });
    expect(shape).toBeNull();
    expect(problems.join(" ")).toMatch(message);
  });

  it.each([
    [{ periodStart: "2027-02-30", periodEnd: "2027-06-30" }, /periodStart" is 2027-02-30/],
    [{ periodStart: "2027-06-30", periodEnd: "2027-01-01" }, /after "periodEnd"/],
    [{ periodStart: "2020-01-01", periodEnd: "2031-01-01" }, /ten years/],
  ])("refuses the period %j", (dates, message) => {
    expect(normaliseGoalShape({ kind: "milestone", ...dates }).problems.join(" ")).toMatch(message);
  });
});

describe("groupRoles: is the working group independent of the board?", () => {
  const member = (name: string, role: GroupMember["role"], isBoardMember: boolean): GroupMember => ({ personId: name, name, role, isBoardMember });
  it.each([
    ["led by a board member, as the plan starts", [member("Tim", "chair", true), member("Sanne", "action_list_keeper", false)], false],
    ["led by a member who is not on the board", [member("Sanne", "chair", false), member("Tim", "member", true)], true],
    ["two chairs, one on the board", [member("Sanne", "chair", false), member("Tim", "chair", true)], false],
    ["without a chair", [member("Sanne", "member", false)], false],
  ])("%s", (_label, members, independent) => {
    const roles = groupRoles(members);
    expect(roles.independent).toBe(independent);
    expect(roles.chairs.every((chair) => chair.role === "chair")).toBe(true);
  });
});

describe("phaseState", () => {
  const phase = { startDate: "2025-01-01", endDate: "2026-03-31" };
  it.each([
    ["2024-12-31", "future"],
    ["2025-01-01", "current"],
    ["2026-03-31", "current"],
    ["2026-04-01", "past"],
  ])("on %s the phase is %s", (today, state) => {
    expect(phaseState(phase, today)).toBe(state);
  });
});
