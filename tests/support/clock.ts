import { calendarDays } from "@afdelingsplanner/shared";
import type { Clock } from "../../server/src/lib/clock.ts";

/**
 * The moment the suite lives in: Sunday 22 November 2026, noon in The Hague, the week the demo's dated
 * tests were written for. Tests read "today" from here, never from the machine, so the suite passes on
 * any date (CI runs it again under faketime, months ahead and on a clock-change weekend).
 */
export const TEST_NOW = new Date("2026-11-22T11:00:00Z");
export const TEST_TIME_ZONE = "Europe/Amsterdam";

export interface TestClock extends Clock {
  /** Moves the clock to an instant (a Date or an ISO string). */
  set(instant: Date | string): void;
  advance(milliseconds: number): void;
  /** Today in the branch's time zone on this clock. */
  today(timeZone?: string): string;
}

/** A clock that stands still at `start` until a test moves it. */
export function pinnedClock(start: Date | string = TEST_NOW): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant);
    },
    advance: (milliseconds) => {
      current = new Date(current.getTime() + milliseconds);
    },
    today: (timeZone = TEST_TIME_ZONE) => calendarDays.todayIn(timeZone, current),
  };
}

/** Today in The Hague at TEST_NOW (2026-11-22). */
export const testToday = () => calendarDays.todayIn(TEST_TIME_ZONE, TEST_NOW);
