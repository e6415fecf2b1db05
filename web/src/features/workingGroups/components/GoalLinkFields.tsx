import { useTranslation } from "react-i18next";
import type { FocusTopicView, PersonView, PlanPhaseView } from "@afdelingsplanner/shared/schemas";
import type { GoalDraft } from "../lib/goalDraft.ts";

export interface GoalChoices {
  people: readonly Pick<PersonView, "id" | "name">[];
  phases: readonly Pick<PlanPhaseView, "id" | "name">[];
  focusTopics: readonly Pick<FocusTopicView, "id" | "name">[];
}

interface GoalLinkFieldsProps {
  id: string;
  draft: GoalDraft;
  choices: GoalChoices;
  onChange: (patch: Partial<GoalDraft>) => void;
}

/** Owner, phase and focus topic: optional, each a plain select with "Geen". */
export function GoalLinkFields({ id, draft, choices, onChange }: GoalLinkFieldsProps) {
  const { t } = useTranslation();
  const selects = [
    { key: "ownerId", label: t("workingGroups.goalEditor.owner"), options: choices.people },
    { key: "phaseId", label: t("workingGroups.goalEditor.phase"), options: choices.phases },
    { key: "focusTopicId", label: t("workingGroups.goalEditor.focusTopic"), options: choices.focusTopics },
  ] as const;
  return (
    <div className="wg-inline-fields">
      {selects.map(({ key, label, options }) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <select id={`${id}-${key}`} className="wg-input" value={draft[key]} onChange={(event) => onChange({ [key]: event.target.value })}>
            <option value="">{t("workingGroups.goalEditor.none")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
