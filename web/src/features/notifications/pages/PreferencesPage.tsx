import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DAYS_BEFORE_MAX, DAYS_BEFORE_MIN, OPTIONAL_MAIL_KINDS, type MailKindSwitches, type NotificationPreferencesResponse } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useNotificationPreferences, useSaveNotificationPreferences } from "../api/preferences.ts";
import "../notifications.css";

/** Meldingen: per kind of mail on or off, the time of the evening reminder and how many days ahead the branch-meeting reminder comes. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const preferences = useNotificationPreferences(branch.slug);
  usePageTitle(t("notifications.preferences.title"));

  return (
    <div className="preferences-page">
      <h1>{t("notifications.preferences.title")}</h1>
      <p className="lead">{t("notifications.preferences.intro", { branch: branch.name })}</p>
      {preferences.isPending && <Loading />}
      {preferences.isError && <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />}
      {preferences.data && <PreferencesForm slug={branch.slug} saved={preferences.data} />}
    </div>
  );
}

function PreferencesForm({ slug, saved }: { slug: string; saved: NotificationPreferencesResponse }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const save = useSaveNotificationPreferences(slug);
  const [kinds, setKinds] = useState<MailKindSwitches>(saved.kinds);
  const [eveningReminderTime, setEveningReminderTime] = useState(saved.eveningReminderTime);
  const [daysBefore, setDaysBefore] = useState(String(saved.daysBefore));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ kinds, eveningReminderTime, daysBefore: Number(daysBefore), version: saved.version });
  };
  const changed = () => {
    if (save.isSuccess || save.isError) save.reset();
  };

  return (
    <form className="form card preferences-form" data-testid="preferences-form" onSubmit={handleSubmit} aria-busy={save.isPending}>
      <fieldset>
        <legend>{t("notifications.preferences.kindsLegend")}</legend>
        <p className="field__hint">{t("notifications.preferences.transactional")}</p>
        {OPTIONAL_MAIL_KINDS.map((kind) => (
          <div className="field" key={kind}>
            <label className="checkbox" htmlFor={`${id}-${kind}`}>
              <input
                id={`${id}-${kind}`}
                type="checkbox"
                checked={kinds[kind]}
                aria-describedby={`${id}-${kind}-hint`}
                onChange={(event) => {
                  setKinds({ ...kinds, [kind]: event.target.checked });
                  changed();
                }}
              />{" "}
              {t(`notifications.preferences.kinds.${kind}.label`)}
            </label>
            <p id={`${id}-${kind}-hint`} className="field__hint">
              {t(`notifications.preferences.kinds.${kind}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("notifications.preferences.timesLegend")}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-time`}>{t("notifications.preferences.eveningTime")}</label>
            <input
              id={`${id}-time`}
              type="time"
              required
              value={eveningReminderTime}
              aria-describedby={`${id}-time-hint`}
              onChange={(event) => {
                setEveningReminderTime(event.target.value);
                changed();
              }}
            />
            <p id={`${id}-time-hint`} className="field__hint">
              {t("notifications.preferences.eveningTimeHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-days`}>{t("notifications.preferences.daysBefore")}</label>
            <input
              id={`${id}-days`}
              type="number"
              inputMode="numeric"
              required
              min={DAYS_BEFORE_MIN}
              max={DAYS_BEFORE_MAX}
              value={daysBefore}
              aria-describedby={`${id}-days-hint`}
              onChange={(event) => {
                setDaysBefore(event.target.value);
                changed();
              }}
            />
            <p id={`${id}-days-hint`} className="field__hint">
              {t("notifications.preferences.daysBeforeHint", { min: DAYS_BEFORE_MIN, max: DAYS_BEFORE_MAX })}
            </p>
          </div>
        </div>
      </fieldset>
      <div role="status">{save.isSuccess && <p className="notice">{t("notifications.preferences.saved")}</p>}</div>
      {save.error && (
        <p className="form__error" role="alert">
          {describe(save.error)} <ReloadOnConflict error={save.error} />
        </p>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t("notifications.preferences.saving") : t("notifications.preferences.save")}
      </button>
    </form>
  );
}
