import type { MeetingKind } from "../schemas/calendar.ts";

/** Who belongs to the branch, as far as meeting attendance is concerned. */
export interface BranchRoster {
  boardMemberIds: ReadonlySet<string>;
  activePersonIds: ReadonlySet<string>;
  membersByWorkingGroup: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface SeriesAttendance {
  kind: MeetingKind;
  workingGroupId: string | null;
  extraAttendeeIds: readonly string[];
}

/**
 * Who is expected at a series follows from its kind: the board at board meetings, a working
 * group's members at its meetings, every active member at branch meetings and theme evenings.
 * Extra attendees come on top. "other" meetings have only their organising group and extras.
 */
export function attendeesOf(series: SeriesAttendance, roster: BranchRoster): Set<string> {
  const attendees = new Set<string>(series.extraAttendeeIds);
  const add = (ids: Iterable<string> | undefined) => {
    for (const id of ids ?? []) attendees.add(id);
  };
  switch (series.kind) {
    case "board":
      add(roster.boardMemberIds);
      break;
    case "branch_meeting":
    case "theme":
      add(roster.activePersonIds);
      break;
    case "working_group":
    case "other":
      if (series.workingGroupId) add(roster.membersByWorkingGroup.get(series.workingGroupId));
      break;
  }
  return attendees;
}
