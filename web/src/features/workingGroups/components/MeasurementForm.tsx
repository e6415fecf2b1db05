import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type GoalView, type MeasurementBody } from "@afdelingsplanner/shared/schemas";
import { useRecordMeasurement } from "../api/recordMeasurement.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

interface MeasurementFormProps {
  slug: string;
  goal: GoalView;
  today: string;
  onMessage: (message: string) => void;
}

/** "Meting toevoegen" on a metric goal: date (today unless changed), value and a note. */
export function MeasurementForm({ slug, goal, today, onMessage }: MeasurementFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today);
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const record = useRecordMeasurement(slug, goal.id);

  function close() {
    setOpen(false);
    record.reset();
    requestAnimationFrame(() => toggle.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: MeasurementBody = { date, value: Number(value) };
    if (note.trim()) body.note = note.trim();
    record.mutate(body, {
      onSuccess: () => {
        onMessage(t("workingGroups.measurement.saved", { date: format.date(date), value: format.number(body.value) }));
        setValue("");
        setNote("");
        setDate(today);
        close();
      },
    });
  }

  if (!open) {
    return (
      <div className="wg-actions">
        <button ref={toggle} type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
          {t("workingGroups.measurement.add")}
          <span className="visually-hidden"> {goal.title}</span>
        </button>
      </div>
    );
  }
  return (
    <form className="form wg-measurement" aria-label={t("workingGroups.measurement.title", { title: goal.title })} onSubmit={submit}>
      <div className="wg-inline-fields">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t("workingGroups.measurement.date")}</label>
          <input id={`${id}-date`} className="wg-input" type="date" required max={today} value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t("workingGroups.measurement.value")}</label>
          <input
            id={`${id}-value`}
            className="wg-input"
            type="number"
            inputMode="decimal"
            step="any"
            min={LIMITS.workingGroups.measurementValue.min}
            max={LIMITS.workingGroups.measurementValue.max}
            required
            autoFocus
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t("workingGroups.measurement.note")}</label>
        <input id={`${id}-note`} className="wg-input" maxLength={LIMITS.workingGroups.measurementNote.maxLength} aria-describedby={`${id}-hint`} value={note} onChange={(event) => setNote(event.target.value)} />
        <p id={`${id}-hint`} className="wg-muted wg-hint">
          {t("workingGroups.measurement.hint")}
        </p>
      </div>
      {record.isError && (
        <p className="wg-error" role="alert">
          {errorText(record.error)}
        </p>
      )}
      <div className="wg-actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? t("workingGroups.goalEditor.saving") : t("workingGroups.measurement.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          {t("workingGroups.cancel")}
        </button>
      </div>
    </form>
  );
}
