import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type ClashCheckResponse, type ClashView, type MeetingKind, type MeetingMode } from "@afdelingsplanner/shared/schemas";
import { useWorkingGroups } from "../../branches/index.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { todayIn } from "../lib/dates.ts";
import { KINDS, MODES } from "../lib/kinds.ts";
import type { SeriesFormValues } from "../lib/seriesForm.ts";
import { ClashWarnings } from "./ClashWarnings.tsx";
import { RecurrenceFields } from "./RecurrenceFields.tsx";
import { SchedulePreview } from "./SchedulePreview.tsx";

interface SeriesFormProps {
  initial: SeriesFormValues;
  onSubmit: (values: SeriesFormValues) => void;
  submitting: boolean;
  submitLabel: string;
  /** The server's answer when saving failed; the form keeps everything that was typed. */
  error: ReactNode;
  /** Asks the server for clashes before saving (issue 18); the form shows them and saves only when told to. */
  checkClashes?: (values: SeriesFormValues) => Promise<ClashCheckResponse>;
}

/** Create or edit a series, with a live preview of its next occurrences beside it. */
export function SeriesForm({ initial, onSubmit, submitting, submitLabel, error, checkClashes }: SeriesFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const branch = useCurrentBranch();
  const groups = useWorkingGroups(branch.slug);
  const [values, setValues] = useState(initial);
  // The clashes found for the values as they are; any change asks again on the next save.
  const [warnings, setWarnings] = useState<ClashView[] | null>(null);
  const [checking, setChecking] = useState(false);
  const update = (changes: Partial<SeriesFormValues>) => {
    setWarnings(null);
    setValues((current) => ({ ...current, ...changes }));
  };
  const single = values.preset === "single";

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checkClashes) return onSubmit(values);
    setChecking(true);
    let clashes: ClashView[] = [];
    try {
      clashes = (await checkClashes(values)).clashes;
    } catch {
      // The check refuses what the save refuses: let the save say what is wrong, in the form's usual place.
    } finally {
      setChecking(false);
    }
    if (clashes.length > 0) setWarnings(clashes);
    else onSubmit(values);
  }

  return (
    <div className="series-editor">
      <form className="form series-form card" onSubmit={handleSubmit} aria-busy={submitting} data-testid="series-form">
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t("calendar.series.kind")}</label>
            <select id={`${id}-kind`} value={values.kind} onChange={(event) => update({ kind: event.target.value as MeetingKind })}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`calendar.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-group`}>{t("calendar.series.workingGroup")}</label>
            <select
              id={`${id}-group`}
              value={values.workingGroupId}
              required={values.kind === "working_group"}
              aria-describedby={`${id}-group-hint`} onChange={(event) => update({ workingGroupId: event.target.value })}>
              <option value="">{t("calendar.series.noWorkingGroup")}</option>
              {groups.data?.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
            <p id={`${id}-group-hint`} className="field__hint">
              {t("calendar.series.workingGroupHint")}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t("calendar.series.title")}</label>
          <input id={`${id}-title`} name="title" required maxLength={LIMITS.calendar.seriesTitle.maxLength} value={values.title} onChange={(event) => update({ title: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>
            {t("calendar.series.description")} <span className="field__optional">{t("calendar.series.optional")}</span>
          </label>
          <textarea id={`${id}-description`} rows={2} maxLength={LIMITS.calendar.seriesDescription.maxLength} value={values.description} onChange={(event) => update({ description: event.target.value })} />
        </div>

        <RecurrenceFields id={id} values={values} onChange={update} />

        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-start`}>{t("calendar.series.startTime")}</label>
            <input id={`${id}-start`} type="time" required value={values.startTime} onChange={(event) => update({ startTime: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-duration`}>{t("calendar.series.duration")}</label>
            <input id={`${id}-duration`} type="number" inputMode="numeric" min={LIMITS.calendar.durationMinutes.min} max={LIMITS.calendar.durationMinutes.max} required value={values.durationMinutes} onChange={(event) => update({ durationMinutes: event.target.value })} />
          </div>
        </div>
        {!single && (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-from`}>{t("calendar.series.validFrom")}</label>
              <input id={`${id}-from`} type="date" required value={values.validFrom} onChange={(event) => update({ validFrom: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-until`}>
                {t("calendar.series.validUntil")} <span className="field__optional">{t("calendar.series.optional")}</span>
              </label>
              <input id={`${id}-until`} type="date" value={values.validUntil} onChange={(event) => update({ validUntil: event.target.value })} />
            </div>
          </div>
        )}

        <div className="field-row">
          <div className="field field--wide">
            <label htmlFor={`${id}-location`}>{t("calendar.series.location")}</label>
            <input id={`${id}-location`} maxLength={LIMITS.calendar.location.maxLength} value={values.location} onChange={(event) => update({ location: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-mode`}>{t("calendar.series.mode")}</label>
            <select id={`${id}-mode`} value={values.mode} onChange={(event) => update({ mode: event.target.value as MeetingMode })}>
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`calendar.modes.${mode}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className="form__error" role="alert" data-testid="series-error">
          {error}
        </div>
        {warnings ? (
          <ClashWarnings clashes={warnings} onUseDate={single ? (date) => update({ date }) : undefined} onSaveAnyway={() => onSubmit(values)} saving={submitting} />
        ) : (
          <div>
            <button type="submit" className="button" disabled={submitting || checking}>
              {submitting ? t("calendar.series.saving") : checking ? t("calendar.clashes.checking") : submitLabel}
            </button>
          </div>
        )}
      </form>
      <SchedulePreview values={values} today={todayIn(branch.timeZone)} timeZone={branch.timeZone} />
    </div>
  );
}
