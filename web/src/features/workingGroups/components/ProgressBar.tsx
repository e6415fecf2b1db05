import type { GoalStatus } from "@afdelingsplanner/shared";

interface ProgressBarProps {
  status: GoalStatus;
  /** 0–1 */
  progress: number;
  /** 0–1: where a steady pace stands today; drawn as a tick. */
  expected?: number | null;
}

/** Decoration only: the numbers and the status are always in the text next to it. */
export function ProgressBar({ status, progress, expected }: ProgressBarProps) {
  const percent = (value: number) => `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%`;
  return (
    <div className={`wg-bar wg-bar--${status}`} aria-hidden="true">
      <span className="wg-bar__fill" style={{ width: percent(progress) }} />
      {expected != null && expected > 0 && expected < 1 && <span className="wg-bar__expected" style={{ left: percent(expected) }} />}
    </div>
  );
}
