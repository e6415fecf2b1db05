import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { GoalItem, type GoalItemProps } from "./GoalItem.tsx";

type GoalListProps = Omit<GoalItemProps, "goal" | "heading"> & {
  goals: GoalView[];
  /** h3 under the section's h2 on the group page; h4 further down. */
  headingLevel: 3 | 4;
};

/** The goals of one group with everything each kind has to say, and for those allowed the edit and measurement forms. */
export function GoalList({ goals, headingLevel, ...item }: GoalListProps) {
  const { t } = useTranslation();
  if (goals.length === 0) return <EmptyState>{t("workingGroups.goal.none")}</EmptyState>;
  return (
    <ul className="wg-goal-list">
      {goals.map((goal) => (
        <li key={goal.id} className="card">
          <GoalItem {...item} goal={goal} heading={headingLevel === 3 ? "h3" : "h4"} />
        </li>
      ))}
    </ul>
  );
}
