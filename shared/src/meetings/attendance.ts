/** Attendance figures (opkomst) per member and per series, from recorded presence. */

export type Presence = "present" | "absent" | "excused";

export interface PresenceRecord {
  seriesId: string;
  date: string;
  personId: string;
  presence: Presence;
}

export interface AttendanceCounts {
  /** Meetings with presence recorded for this member or series. */
  recorded: number;
  present: number;
  absent: number;
  excused: number;
  /** present / recorded, as a whole percentage; null when nothing was recorded. */
  presentPercent: number | null;
}

function emptyCounts(): AttendanceCounts {
  return { recorded: 0, present: 0, absent: 0, excused: 0, presentPercent: null };
}

function add(counts: AttendanceCounts, presence: Presence): void {
  counts.recorded += 1;
  counts[presence] += 1;
  counts.presentPercent = Math.round((counts.present / counts.recorded) * 100);
}

/**
 * Figures per person and per series. A series counts per person-meeting (so 5 board members at one
 * meeting are 5 records) and also reports how many meetings had any presence recorded.
 */
export function attendanceFigures(records: PresenceRecord[]) {
  const byPerson = new Map<string, AttendanceCounts>();
  const bySeries = new Map<string, AttendanceCounts & { meetings: number }>();
  const meetingKeys = new Map<string, Set<string>>();
  for (const record of records) {
    const person = byPerson.get(record.personId) ?? emptyCounts();
    add(person, record.presence);
    byPerson.set(record.personId, person);
    const series = bySeries.get(record.seriesId) ?? { ...emptyCounts(), meetings: 0 };
    add(series, record.presence);
    const dates = meetingKeys.get(record.seriesId) ?? new Set();
    dates.add(record.date);
    meetingKeys.set(record.seriesId, dates);
    series.meetings = dates.size;
    bySeries.set(record.seriesId, series);
  }
  return { byPerson, bySeries };
}
