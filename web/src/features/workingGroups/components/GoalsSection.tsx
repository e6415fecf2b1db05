import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useGoals } from "../api/getGoals.ts";
import { GoalEditor } from "./GoalEditor.tsx";
import { GoalList } from "./GoalList.tsx";

interface GoalsSectionProps {
  slug: string;
  group: WorkingGroupOverview;
  today: string;
}

/** "Doelen" on a group's page: the goals, and for the chair or the board "Doel toevoegen". */
export function GoalsSection({ slug, group, today }: GoalsSectionProps) {
  const { t } = useTranslation();
  const goals = useGoals(slug, group.id);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAdd = useRef(false);
  const localToday = goals.data?.today ?? today;

  useEffect(() => {
    if (!adding && focusAdd.current) {
      focusAdd.current = false;
      addButton.current?.focus();
    }
  }, [adding]);

  function stopAdding() {
    focusAdd.current = true;
    setAdding(false);
  }

  return (
    <section aria-labelledby="wg-goals">
      <div className="wg-section-head">
        <h2 id="wg-goals" ref={heading} tabIndex={-1}>
          {t("workingGroups.group.goals")}
        </h2>
        {group.you.manage && !adding && (
          <button
            ref={addButton}
            type="button"
            className="button"
            onClick={() => {
              setMessage("");
              setAdding(true);
            }}
          >
            {t("workingGroups.goalEditor.add")}
          </button>
        )}
      </div>
      {adding && (
        <div className="card wg-goal-add">
          <GoalEditor
            slug={slug}
            groupId={group.id}
            today={localToday}
            onSaved={(goal) => {
              setMessage(t("workingGroups.goalEditor.added", { title: goal.title }));
              stopAdding();
            }}
            onCancel={stopAdding}
          />
        </div>
      )}
      <div role="status" className="wg-section-status">
        {message && <p className="notice">{message}</p>}
      </div>
      {goals.isPending ? (
        <Loading />
      ) : goals.isError ? (
        <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
      ) : (
        <GoalList
          slug={slug}
          goals={goals.data.goals}
          today={localToday}
          manage={group.you.manage}
          log={group.you.log}
          headingLevel={3}
          onMessage={setMessage}
          onDeleted={() => heading.current?.focus()}
        />
      )}
    </section>
  );
}
