import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { usePlan } from "../api/getPlan.ts";
import { GoalProgress } from "../components/GoalProgress.tsx";
import { PhaseTimeline } from "../components/PhaseTimeline.tsx";
import { DeletePlanItem, FocusTopicForm, PhaseForm } from "../components/PlanForms.tsx";
import { useFormat } from "../lib/useFormat.ts";
import "../workingGroups.css";

function CompactGoals({ goals }: { goals: GoalView[] }) {
  const { t } = useTranslation();
  if (goals.length === 0) return <p className="wg-muted">{t("workingGroups.plan.noGoals")}</p>;
  return (
    <ul className="wg-card__goal-list">
      {goals.map((goal) => (
        <li key={goal.id}>
          <GoalProgress goal={goal} title={<span className="wg-goal__title">{goal.title}</span>} />
        </li>
      ))}
    </ul>
  );
}

export function PlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const branch = useCurrentBranch();
  usePageTitle(t("workingGroups.plan.title"));
  const plan = usePlan(branch.slug);
  // Board members change phases and focus topics (the API's boardOnly rule); one form open at a time.
  const board = branch.personId !== null && branch.roles.includes("board_member");
  const [editing, setEditing] = useState<string | null>(null);
  const done = () => setEditing(null);

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  const { phases, goalsWithoutPhase, focusTopics, today } = plan.data;

  return (
    <>
      <h1>{t("workingGroups.plan.title")}</h1>
      <p className="lead">{t("workingGroups.plan.intro")}</p>
      {phases.length === 0 ? <EmptyState>{t("workingGroups.plan.empty")}</EmptyState> : <PhaseTimeline phases={phases} today={today} />}

      <ol className="wg-phases">
        {phases.map((phase) => (
          <li key={phase.id} className={`card wg-phase wg-phase--${phase.state}`} data-testid="phase" data-state={phase.state}>
            <h2 className="card__title">{phase.name}</h2>
            <p className="card__meta">
              <span className={`wg-tag wg-tag--${phase.state}`}>{t(`workingGroups.plan.state.${phase.state}`)}</span>
              <span>{t("workingGroups.plan.range", { from: format.date(phase.startDate), to: format.date(phase.endDate) })}</span>
            </p>
            {phase.description && <p>{phase.description}</p>}
            <h3 className="wg-card__goals">{t("workingGroups.plan.goals")}</h3>
            <CompactGoals goals={phase.goals} />
            {board && editing === phase.id && <PhaseForm slug={branch.slug} phase={phase} onDone={done} />}
            {board && editing !== phase.id && (
              <div className="wg-actions">
                <button type="button" className="button button--secondary wg-edit" onClick={() => setEditing(phase.id)}>
                  {t("workingGroups.plan.edit.edit")}
                  <span className="visually-hidden">: {phase.name}</span>
                </button>
                <DeletePlanItem slug={branch.slug} kind="phase" item={phase} />
              </div>
            )}
          </li>
        ))}
      </ol>

      {board &&
        (editing === "new-phase" ? (
          <PhaseForm slug={branch.slug} onDone={done} />
        ) : (
          <button type="button" className="button button--secondary wg-edit" onClick={() => setEditing("new-phase")}>
            {t("workingGroups.plan.edit.addPhase")}
          </button>
        ))}

      {goalsWithoutPhase.length > 0 && (
        <section className="card" aria-labelledby="wg-no-phase">
          <h2 id="wg-no-phase">{t("workingGroups.plan.withoutPhase")}</h2>
          <CompactGoals goals={goalsWithoutPhase} />
        </section>
      )}

      <section aria-labelledby="wg-topics">
        <h2 id="wg-topics">{t("workingGroups.plan.topics")}</h2>
        {focusTopics.length === 0 ? (
          <EmptyState>{t("workingGroups.plan.noTopics")}</EmptyState>
        ) : (
          <ul className="card-grid">
            {focusTopics.map((topic) => (
              <li key={topic.id}>
                <article className="card" aria-labelledby={`topic-${topic.id}`}>
                  <h3 className="card__title" id={`topic-${topic.id}`}>
                    {topic.name}
                  </h3>
                  {topic.description && <p>{topic.description}</p>}
                  <p className="wg-muted">{t("workingGroups.plan.topicGoals", { count: topic.goalIds.length })}</p>
                  {board && editing === topic.id && <FocusTopicForm slug={branch.slug} topic={topic} onDone={done} />}
                  {board && editing !== topic.id && (
                    <div className="wg-actions">
                      <button type="button" className="button button--secondary wg-edit" onClick={() => setEditing(topic.id)}>
                        {t("workingGroups.plan.edit.edit")}
                        <span className="visually-hidden">: {topic.name}</span>
                      </button>
                      <DeletePlanItem slug={branch.slug} kind="topic" item={topic} />
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ul>
        )}
        {board &&
          (editing === "new-topic" ? (
            <FocusTopicForm slug={branch.slug} onDone={done} />
          ) : (
            <button type="button" className="button button--secondary wg-edit" onClick={() => setEditing("new-topic")}>
              {t("workingGroups.plan.edit.addTopic")}
            </button>
          ))}
      </section>
    </>
  );
}
