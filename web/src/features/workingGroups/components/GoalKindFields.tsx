import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { KIND_INPUTS, toActivityType, toCadenceUnit, type GoalDraft } from "../lib/goalDraft.ts";
import { ACTIVITY_TYPES, CADENCE_UNITS } from "../lib/types.ts";

interface GoalKindFieldsProps {
  id: string;
  draft: GoalDraft;
  onChange: (patch: Partial<GoalDraft>) => void;
}

/** Target, activity type, cadence unit and period: only the inputs the chosen kind uses. */
export function GoalKindFields({ id, draft, onChange }: GoalKindFieldsProps) {
  const { t } = useTranslation();
  const inputs = KIND_INPUTS[draft.kind];
  const targetLabel = draft.kind === "milestone" ? null : t(`workingGroups.goalEditor.target.${draft.kind}`);
  return (
    <>
      <div className="wg-inline-fields">
        {inputs.target && targetLabel && (
          <div className="field">
            <label htmlFor={`${id}-target`}>{targetLabel}</label>
            <input
              id={`${id}-target`}
              className="wg-input"
              type="number"
              inputMode={inputs.wholeTarget ? "numeric" : "decimal"}
              min={inputs.wholeTarget ? 1 : 0}
              max={LIMITS.workingGroups.goalTarget.max}
              step={inputs.wholeTarget ? 1 : "any"}
              required
              value={draft.target}
              onChange={(event) => onChange({ target: event.target.value })}
            />
          </div>
        )}
        {inputs.cadenceUnit && (
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t("workingGroups.goalEditor.cadenceUnit")}</label>
            <select id={`${id}-unit`} className="wg-input" value={draft.cadenceUnit} onChange={(event) => onChange({ cadenceUnit: toCadenceUnit(event.target.value) })}>
              {CADENCE_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`workingGroups.goalEditor.cadenceOption.${unit}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {inputs.activityType && (
          <div className="field">
            <label htmlFor={`${id}-type`}>{t("workingGroups.goalEditor.activityType")}</label>
            <select id={`${id}-type`} className="wg-input" required value={draft.activityType} onChange={(event) => onChange({ activityType: toActivityType(event.target.value) })}>
              <option value="">{t("workingGroups.goalEditor.pickActivityType")}</option>
              {ACTIVITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`workingGroups.activityType.${type}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="wg-inline-fields">
        {inputs.startDate && (
          <div className="field">
            <label htmlFor={`${id}-start`}>{t("workingGroups.goalEditor.periodStart")}</label>
            <input id={`${id}-start`} className="wg-input" type="date" required max={draft.periodEnd || undefined} value={draft.periodStart} onChange={(event) => onChange({ periodStart: event.target.value })} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-end`}>{inputs.startDate ? t("workingGroups.goalEditor.periodEnd") : t("workingGroups.goalEditor.deadline")}</label>
          <input
            id={`${id}-end`}
            className="wg-input"
            type="date"
            required
            min={inputs.startDate ? draft.periodStart || undefined : undefined}
            value={draft.periodEnd}
            onChange={(event) => onChange({ periodEnd: event.target.value })}
          />
        </div>
      </div>
    </>
  );
}
