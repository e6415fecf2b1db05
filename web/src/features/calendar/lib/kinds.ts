import type { MeetingKind, MeetingMode } from "@afdelingsplanner/shared/schemas";

/**
 * Each kind has a colour (agenda.css, class kind--<kind>) and a shape, so the legend works
 * without colour vision too. The shapes are decoration: the kind's name is always written out.
 */
export const KIND_MARKERS: Record<MeetingKind, string> = {
  board: "◆",
  working_group: "●",
  branch_meeting: "■",
  theme: "▲",
  other: "○",
};

// Lists derived from exhaustive records (the compiler flags a kind or mode added to the contract), not
// MEETING_KINDS / MEETING_MODES: importing those would pull TypeBox (≈12 KB gzipped) into the agenda chunk.
export const KINDS = Object.keys(KIND_MARKERS) as MeetingKind[];

const MODE_ORDER: Record<MeetingMode, number> = { in_person: 0, online: 1, hybrid: 2 };
export const MODES = Object.keys(MODE_ORDER) as MeetingMode[];
