import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { useSetMilestone } from "../api/setMilestone.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** For managers: a checkbox that marks the milestone reached today, or undoes it. */
export function MilestoneToggle({ slug, goal }: { slug: string; goal: GoalView }) {
  const { t } = useTranslation();
  const id = useId();
  const mutation = useSetMilestone(slug, goal.workingGroupId, goal.id);
  const errorText = useErrorText();
  return (
    <div className="wg-toggle">
      <input
        id={id}
        type="checkbox"
        checked={goal.completedOn !== null}
        disabled={mutation.isPending}
        onChange={(event) => mutation.mutate({ done: event.target.checked, version: goal.version })}
      />
      <label htmlFor={id}>
        {t("workingGroups.goal.markDone")}
        <span className="visually-hidden">: {goal.title}</span>
      </label>
      {mutation.isError && (
        <p className="wg-error" role="alert">
          {errorText(mutation.error)}
        </p>
      )}
    </div>
  );
}
