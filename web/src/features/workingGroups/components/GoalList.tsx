import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { useFormat } from "../lib/useFormat.ts";
import { CadenceDetails } from "./CadenceDetails.tsx";
import { GoalProgress } from "./GoalProgress.tsx";
import { MilestoneToggle } from "./MilestoneToggle.tsx";
import { Sparkline } from "./Sparkline.tsx";

interface GoalListProps {
  slug: string;
  goals: GoalView[];
  manage: boolean;
  /** h3 under the section's h2 on the group page; h4 on the plan page. */
  headingLevel: 3 | 4;
}

/** The goals of one group (or one phase) with everything each kind has to say. */
export function GoalList({ slug, goals, manage, headingLevel }: GoalListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  if (goals.length === 0) return <EmptyState>{t("workingGroups.goal.none")}</EmptyState>;
  return (
    <ul className="wg-goal-list">
      {goals.map((goal) => (
        <li key={goal.id} className="card">
          <GoalProgress goal={goal} title={<Heading className="wg-goal__title">{goal.title}</Heading>}>
            {goal.cadence && <CadenceDetails cadence={goal.cadence} />}
            {goal.metric && <Sparkline measurements={goal.metric.measurements} />}
            {goal.kind === "milestone" && manage && <MilestoneToggle slug={slug} goal={goal} />}
            <p className="wg-muted wg-goal__meta">
              {goal.kind === "milestone"
                ? t("workingGroups.goal.deadline", { date: format.date(goal.periodEnd) })
                : t("workingGroups.goal.period", { start: format.date(goal.periodStart), end: format.date(goal.periodEnd) })}
              {goal.ownerName && <> · {t("workingGroups.goal.owner", { name: goal.ownerName })}</>}
            </p>
          </GoalProgress>
        </li>
      ))}
    </ul>
  );
}
