import { describe, expect, it } from "vitest";
import { attendeesOf, type BranchRoster } from "./attendees.ts";

const roster: BranchRoster = {
  boardMemberIds: new Set(["latifa", "tim"]),
  activePersonIds: new Set(["latifa", "tim", "sanne", "priya"]),
  membersByWorkingGroup: new Map([["organizing", new Set(["tim", "sanne"])]]),
};

describe("attendeesOf", () => {
  it.each([
    ["board", null, [], ["latifa", "tim"]],
    ["working_group", "organizing", [], ["sanne", "tim"]],
    ["branch_meeting", null, [], ["latifa", "priya", "sanne", "tim"]],
    ["theme", "organizing", [], ["latifa", "priya", "sanne", "tim"]],
    ["other", null, ["priya"], ["priya"]],
    ["other", "organizing", [], ["sanne", "tim"]],
    ["board", null, ["sanne"], ["latifa", "sanne", "tim"]],
    ["working_group", "unknown-group", [], []],
  ] as const)("a %s meeting (group %s, extras %j) is attended by %j", (kind, workingGroupId, extraAttendeeIds, expected) => {
    expect([...attendeesOf({ kind, workingGroupId, extraAttendeeIds }, roster)].sort()).toEqual(expected);
  });

  it("does not count an inactive member at a branch meeting", () => {
    expect(attendeesOf({ kind: "branch_meeting", workingGroupId: null, extraAttendeeIds: [] }, roster).has("former-member")).toBe(false);
  });
});
