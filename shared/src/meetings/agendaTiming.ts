/** The agenda-overrun warning: estimated minutes against the meeting's length. */

export interface AgendaTiming {
  estimatedMinutes: number;
  durationMinutes: number;
  /** Minutes the agenda runs over; 0 when it fits. */
  overByMinutes: number;
  /** An English sentence to show, or null when the agenda fits. */
  warning: string | null;
}

/** Only items that are (or were) on the agenda count: proposals, declined and referred items take no time here. */
const COUNTED = new Set(["open", "handled", "postponed"]);

export function agendaTiming(items: { status: string; estimatedMinutes: number }[], durationMinutes: number): AgendaTiming {
  const estimatedMinutes = items.filter((item) => COUNTED.has(item.status)).reduce((sum, item) => sum + item.estimatedMinutes, 0);
  const overByMinutes = Math.max(0, estimatedMinutes - durationMinutes);
  return {
    estimatedMinutes,
    durationMinutes,
    overByMinutes,
    warning:
      overByMinutes > 0
        ? `The items are estimated at ${estimatedMinutes} minutes but the meeting lasts ${durationMinutes}: shorten some, or postpone ${overByMinutes} minutes' worth to the next meeting.`
        : null,
  };
}
