import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { expectedFraction, roundExpected } from "../lib/goalText.ts";
import { useFormat } from "../lib/useFormat.ts";
import { ProgressBar } from "./ProgressBar.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

/** "1 van 5", "2 van 5 deze week", "gedaan op …": the number the bar shows, in words. */
function useCountText(): (goal: GoalView) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (goal) => {
    const values = { current: format.number(goal.current), target: format.number(goal.target) };
    if (goal.kind === "milestone") {
      return goal.completedOn ? t("workingGroups.goal.milestoneDone", { date: format.date(goal.completedOn) }) : t("workingGroups.goal.milestoneOpen", { date: format.date(goal.periodEnd) });
    }
    if (goal.kind === "cadence") return t(`workingGroups.goal.countPer.${goal.cadenceUnit ?? "week"}`, values);
    return t("workingGroups.goal.count", values);
  };
}

interface GoalProgressProps {
  goal: GoalView;
  /** The title's element: a heading on the group page, plain text in a card's list. */
  title: ReactNode;
  children?: ReactNode;
}

/** One goal: title, bar, "1 van 5", status, and on the group page the details below. */
export function GoalProgress({ goal, title, children }: GoalProgressProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const showExpected = goal.kind !== "milestone" && goal.status !== "done";
  return (
    <div className="wg-goal" data-testid="goal" data-status={goal.status} data-goal-id={goal.id}>
      <div className="wg-goal__head">
        {title}
        <StatusBadge status={goal.status} />
      </div>
      <ProgressBar status={goal.status} progress={goal.progress} expected={expectedFraction(goal)} />
      <p className="wg-goal__numbers">
        <span data-testid="goal-count">{countText(goal)}</span>
        {showExpected && <span className="wg-muted">{t("workingGroups.goal.expected", { value: roundExpected(goal) })}</span>}
      </p>
      {children}
    </div>
  );
}
