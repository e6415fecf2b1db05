import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { useFormat } from "../lib/useFormat.ts";
import { CadenceDetails } from "./CadenceDetails.tsx";
import { GoalActions } from "./GoalActions.tsx";
import { GoalEditor } from "./GoalEditor.tsx";
import { GoalProgress } from "./GoalProgress.tsx";
import { MeasurementForm } from "./MeasurementForm.tsx";
import { MilestoneToggle } from "./MilestoneToggle.tsx";
import { Sparkline } from "./Sparkline.tsx";

export interface GoalItemProps {
  slug: string;
  goal: GoalView;
  today: string;
  /** May edit and delete (the chair, or a board member). */
  manage: boolean;
  /** May record measurements (a member, or a board member). */
  log: boolean;
  heading: "h3" | "h4";
  /** A sentence for the section's status line: saved, deleted. */
  onMessage: (message: string) => void;
  onDeleted: () => void;
}

/** One goal's card; for managers it turns into the edit form in place. */
export function GoalItem({ slug, goal, today, manage, log, heading: Heading, onMessage, onDeleted }: GoalItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function close() {
    returnFocus.current = true;
    setEditing(false);
  }

  if (editing) {
    return (
      <GoalEditor
        slug={slug}
        groupId={goal.workingGroupId}
        today={today}
        goal={goal}
        onSaved={(saved) => {
          onMessage(t("workingGroups.goalEditor.saved", { title: saved.title }));
          close();
        }}
        onCancel={close}
      />
    );
  }
  return (
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
      {goal.kind === "metric" && log && <MeasurementForm slug={slug} goal={goal} today={today} onMessage={onMessage} />}
      {manage && <GoalActions slug={slug} goal={goal} editButton={editButton} onEdit={() => setEditing(true)} onMessage={onMessage} onDeleted={onDeleted} />}
    </GoalProgress>
  );
}
