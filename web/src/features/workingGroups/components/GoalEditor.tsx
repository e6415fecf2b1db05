import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { Loading } from "../../../components/Loading.tsx";
import { usePeople } from "../../branches/index.ts";
import { useCreateGoal } from "../api/createGoal.ts";
import { usePlan } from "../api/getPlan.ts";
import { useUpdateGoal } from "../api/updateGoal.ts";
import { createBody, draftOf, newDraft, updateBody, type GoalDraft } from "../lib/goalDraft.ts";
import { GoalForm } from "./GoalForm.tsx";
import type { GoalChoices } from "./GoalLinkFields.tsx";

interface GoalEditorProps {
  slug: string;
  groupId: string;
  today: string;
  /** The goal to edit; a new one when left out. */
  goal?: GoalView;
  onSaved: (goal: GoalView) => void;
  onCancel: () => void;
}

/** Loads the plan (for the default period and the phase list) and the people, then shows the form. */
export function GoalEditor({ slug, groupId, today, goal, onSaved, onCancel }: GoalEditorProps) {
  const { t } = useTranslation();
  const plan = usePlan(slug);
  const people = usePeople(slug);
  const create = useCreateGoal(slug);
  const update = useUpdateGoal(slug, goal?.id ?? "");
  const mutation = goal ? update : create;

  const choices = useMemo<GoalChoices>(
    () => ({
      people: (people.data ?? []).filter((person) => person.active || person.id === goal?.ownerId).sort((a, b) => a.name.localeCompare(b.name, "nl")),
      phases: plan.data?.phases ?? [],
      focusTopics: plan.data?.focusTopics ?? [],
    }),
    [people.data, plan.data, goal?.ownerId],
  );

  // The lists are optional extras: a failed load leaves them empty rather than blocking the form.
  if (plan.isPending || people.isPending) return <Loading />;

  function submit(draft: GoalDraft) {
    if (goal) update.mutate(updateBody(draft, goal.version), { onSuccess: (data) => onSaved(data.goal) });
    else create.mutate(createBody(draft, groupId), { onSuccess: (data) => onSaved(data.goal) });
  }

  return (
    <GoalForm
      heading={goal ? t("workingGroups.goalEditor.editTitle") : t("workingGroups.goalEditor.addTitle")}
      initial={goal ? draftOf(goal) : newDraft(today, plan.data?.phases ?? [])}
      choices={choices}
      busy={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
