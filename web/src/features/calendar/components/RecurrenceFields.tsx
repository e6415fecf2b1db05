import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { monthlyRule, NTH_OPTIONS, RECURRENCE_PRESETS, WEEKDAYS, type RecurrencePreset, type RecurrenceValues } from "../lib/recurrence.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";

interface RecurrenceFieldsProps {
  id: string;
  values: RecurrenceValues;
  onChange: (changes: Partial<RecurrenceValues>) => void;
}

/** How the series repeats: odd or even weeks, a monthly preset, one date, or a raw RRULE. */
export function RecurrenceFields({ id, values, onChange }: RecurrenceFieldsProps) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const { preset } = values;
  const monthly = preset === "monthly" || preset === "bimonthly";

  function choose(next: RecurrencePreset) {
    // Switching to the raw rule starts from the rule the preset made, so advanced users can tweak it.
    if (next === "rrule" && values.rule === "" && monthly) onChange({ preset: next, rule: monthlyRule(preset === "monthly" ? 1 : 2, values.nth, values.weekday) });
    else onChange({ preset: next });
  }

  return (
    <fieldset className="choice recurrence">
      <legend>{t("calendar.series.recurrence")}</legend>
      <div className="choice__options">
        {RECURRENCE_PRESETS.map((option) => (
          <label key={option} className="choice__option">
            <input type="radio" name={`${id}-preset`} value={option} checked={preset === option} onChange={() => choose(option)} />
            {t(`calendar.series.presets.${option}`)}
          </label>
        ))}
      </div>
      <p className="field__hint">{t(`calendar.series.presetHints.${preset}`)}</p>

      <div className="field-row">
        {monthly && (
          <div className="field">
            <label htmlFor={`${id}-nth`}>{t("calendar.series.nth")}</label>
            <select id={`${id}-nth`} value={values.nth} onChange={(event) => onChange({ nth: event.target.value })}>
              {NTH_OPTIONS.map((nth) => (
                <option key={nth} value={nth}>
                  {t(`calendar.series.nths.${nth}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {(monthly || preset === "odd_weeks" || preset === "even_weeks") && (
          <div className="field">
            <label htmlFor={`${id}-weekday`}>{t("calendar.series.weekday")}</label>
            <select id={`${id}-weekday`} value={values.weekday} onChange={(event) => onChange({ weekday: event.target.value })}>
              {WEEKDAYS.map((weekday) => (
                <option key={weekday} value={weekday}>
                  {format.weekday(Number(weekday))}
                </option>
              ))}
            </select>
          </div>
        )}
        {preset === "single" && (
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("calendar.series.date")}</label>
            <input id={`${id}-date`} type="date" required value={values.date} onChange={(event) => onChange({ date: event.target.value })} />
          </div>
        )}
        {preset === "rrule" && (
          <div className="field field--wide">
            <label htmlFor={`${id}-rule`}>{t("calendar.series.rule")}</label>
            <input
              id={`${id}-rule`}
              required
              maxLength={LIMITS.calendar.recurrenceRule.maxLength}
              spellCheck={false}
              autoCapitalize="characters"
              className="mono"
              value={values.rule}
              placeholder="FREQ=MONTHLY;BYDAY=+1TH"
              aria-describedby={`${id}-rule-hint`}
              onChange={(event) => onChange({ rule: event.target.value })}
            />
            <p id={`${id}-rule-hint`} className="field__hint">
              {t("calendar.series.ruleHint")}
            </p>
          </div>
        )}
      </div>
      {monthly && (
        <p className="field__hint">
          {t("calendar.series.generatedRule")} <code>{monthlyRule(preset === "monthly" ? 1 : 2, values.nth, values.weekday)}</code>
        </p>
      )}
    </fieldset>
  );
}
