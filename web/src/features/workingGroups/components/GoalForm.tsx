import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { draftProblems, toKind, type DraftProblem, type GoalDraft } from "../lib/goalDraft.ts";
import { GOAL_KINDS } from "../lib/types.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { GoalKindFields } from "./GoalKindFields.tsx";
import { GoalLinkFields, type GoalChoices } from "./GoalLinkFields.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";

interface GoalFormProps {
  heading: string;
  initial: GoalDraft;
  choices: GoalChoices;
  busy: boolean;
  /** The last failed save: shown under the form, with everything typed still in it. */
  error: unknown;
  onSubmit: (draft: GoalDraft) => void;
  onCancel: () => void;
}

/** Title, kind and the fields that kind uses; owner, phase and focus topic below. */
export function GoalForm({ heading, initial, choices, busy, error, onSubmit, onCancel }: GoalFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const change = (patch: Partial<GoalDraft>) => setDraft((old) => ({ ...old, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length === 0) onSubmit(draft);
  }

  return (
    <form className="form wg-goal-form" aria-labelledby={`${id}-heading`} onSubmit={submit} data-testid="goal-form">
      <h3 id={`${id}-heading`} className="wg-goal-form__heading">
        {heading}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("workingGroups.goalEditor.title")}</label>
        <input id={`${id}-title`} className="wg-input" required maxLength={LIMITS.workingGroups.goalTitle.maxLength} autoFocus value={draft.title} onChange={(event) => change({ title: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("workingGroups.goalEditor.kind")}</label>
        <select id={`${id}-kind`} className="wg-input" aria-describedby={`${id}-kind-hint`} value={draft.kind} onChange={(event) => change({ kind: toKind(event.target.value) })}>
          {GOAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`workingGroups.goalEditor.kindOption.${kind}`)}
            </option>
          ))}
        </select>
        <p id={`${id}-kind-hint`} className="wg-muted wg-hint">
          {t(`workingGroups.goalEditor.kindHint.${draft.kind}`)}
        </p>
      </div>
      <GoalKindFields id={id} draft={draft} onChange={change} />
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("workingGroups.goalEditor.description")}</label>
        <textarea id={`${id}-description`} className="wg-input" rows={2} maxLength={LIMITS.workingGroups.goalDescription.maxLength} value={draft.description} onChange={(event) => change({ description: event.target.value })} />
      </div>
      <GoalLinkFields id={id} draft={draft} choices={choices} onChange={change} />
      {(problems.length > 0 || error !== null) && (
        <div className="wg-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{t(`workingGroups.goalEditor.problems.${problem}`)}</p>
          ))}
          {problems.length === 0 && error !== null && (
            <p>
              {errorText(error)} <ReloadOnConflict error={error} />
            </p>
          )}
        </div>
      )}
      <div className="wg-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("workingGroups.goalEditor.saving") : t("workingGroups.goalEditor.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("workingGroups.cancel")}
        </button>
      </div>
    </form>
  );
}
