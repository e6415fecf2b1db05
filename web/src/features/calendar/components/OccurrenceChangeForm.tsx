import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type ClashView, type MeetingMode, type OccurrenceChangeBody, type OccurrenceView } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useChangeOccurrence } from "../api/changeOccurrence.ts";
import { checkOccurrenceChange } from "../api/checkClashes.ts";
import { addDays, wallClock } from "../lib/dates.ts";
import { MODES } from "../lib/kinds.ts";
import { useCalendarFormat } from "../lib/useCalendarFormat.ts";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { ClashWarnings } from "./ClashWarnings.tsx";

const ACTIONS = ["cancel", "move", "update"] as const;
type Action = (typeof ACTIONS)[number];

/** Cancel (after a confirmation), move, or change the location or mode of one occurrence. */
export function OccurrenceChangeForm({ occurrence, onDone }: { occurrence: OccurrenceView; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const format = useCalendarFormat();
  const branch = useCurrentBranch();
  const change = useChangeOccurrence(branch.slug, occurrence);
  const id = useId();
  const start = wallClock(occurrence.start);
  const end = wallClock(occurrence.end);

  const [action, setAction] = useState<Action>("cancel");
  const [reason, setReason] = useState(occurrence.reason);
  const [day, setDay] = useState(start.day);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(end.time);
  const [location, setLocation] = useState(occurrence.location);
  const [mode, setMode] = useState<MeetingMode>(occurrence.mode);
  const [confirming, setConfirming] = useState(false);
  // Clashes of the new date and time as they are now; changing them asks again on the next save (issue 18).
  const [warnings, setWarnings] = useState<ClashView[] | null>(null);
  const [checking, setChecking] = useState(false);
  // The version the form was opened on (it mounts when opened): if another board member changes the
  // meeting while this one fills it in, the server answers 409 instead of overwriting their change.
  const [expectedVersion] = useState(occurrence.exceptionVersion);
  // Each attendee gets the change by mail as a calendar update or cancellation (issue 15): say so, by who they are.
  const mailNote = (what: "Cancel" | "Change") => t(`calendar.actions.mailNote.${occurrence.kind === "board" ? "board" : "others"}${what}`);

  function bodyFor(chosen: Action): OccurrenceChangeBody {
    if (chosen === "cancel") return { status: "cancelled", reason: reason.trim(), expectedVersion };
    if (chosen === "update") return { status: "scheduled", location: location.trim(), mode, reason: reason.trim(), expectedVersion };
    // An end at or before the start means the meeting runs past midnight.
    const endDay = endTime <= startTime ? addDays(day, 1) : day;
    return { status: "moved", start: `${day}T${startTime}`, end: `${endDay}T${endTime}`, reason: reason.trim(), expectedVersion };
  }

  function send(chosen: Action) {
    change.mutate(bodyFor(chosen), { onSuccess: onDone });
  }

  async function checkThenSend() {
    setChecking(true);
    let clashes: ClashView[] = [];
    try {
      clashes = (await checkOccurrenceChange(branch.slug, occurrence, bodyFor("move"))).clashes;
    } catch {
      // The check refuses what the save refuses: let the save say what is wrong.
    } finally {
      setChecking(false);
    }
    if (clashes.length > 0) setWarnings(clashes);
    else send("move");
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action === "cancel") setConfirming(true);
    else if (action === "move") void checkThenSend();
    else send(action);
  }

  const moveTo = (changes: { day?: string; startTime?: string; endTime?: string }) => {
    setWarnings(null);
    if (changes.day !== undefined) setDay(changes.day);
    if (changes.startTime !== undefined) setStartTime(changes.startTime);
    if (changes.endTime !== undefined) setEndTime(changes.endTime);
  };

  return (
    <form className="form occ-change" onSubmit={handleSubmit} aria-busy={change.isPending} data-testid="occurrence-change">
      <fieldset className="choice">
        <legend>{t("calendar.actions.choose")}</legend>
        <div className="choice__options">
          {ACTIONS.map((option) => (
            <label key={option} className="choice__option">
              <input type="radio" name={`${id}-action`} value={option} checked={action === option} onChange={() => setAction(option)} />
              {t(`calendar.actions.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>

      {action === "move" && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-day`}>{t("calendar.actions.newDate")}</label>
            <input id={`${id}-day`} type="date" required value={day} onChange={(event) => moveTo({ day: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-start`}>{t("calendar.actions.newStart")}</label>
            <input id={`${id}-start`} type="time" required value={startTime} onChange={(event) => moveTo({ startTime: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>{t("calendar.actions.newEnd")}</label>
            <input id={`${id}-end`} type="time" required value={endTime} onChange={(event) => moveTo({ endTime: event.target.value })} />
          </div>
        </div>
      )}

      {action === "update" && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-location`}>{t("calendar.series.location")}</label>
            <input id={`${id}-location`} value={location} maxLength={LIMITS.calendar.location.maxLength} onChange={(event) => setLocation(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-mode`}>{t("calendar.series.mode")}</label>
            <select id={`${id}-mode`} value={mode} onChange={(event) => setMode(event.target.value as MeetingMode)}>
              {MODES.map((option) => (
                <option key={option} value={option}>
                  {t(`calendar.modes.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}

      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("calendar.actions.reason")}</label>
        <input id={`${id}-reason`} value={reason} maxLength={LIMITS.calendar.changeReason.maxLength} aria-describedby={`${id}-reason-hint`} onChange={(event) => setReason(event.target.value)} />
        <p id={`${id}-reason-hint`} className="field__hint">
          {t("calendar.actions.reasonHint")}
        </p>
        <p className="field__hint" data-testid="mail-note">
          {mailNote(action === "cancel" ? "Cancel" : "Change")}
        </p>
      </div>

      <p className="form__error" role="alert">
        {change.isError && (
          <>
            {describe(change.error)} <ReloadOnConflict error={change.error} />
          </>
        )}
      </p>
      {action === "move" && warnings ? (
        <ClashWarnings clashes={warnings} onUseDate={(date) => moveTo({ day: date })} onSaveAnyway={() => send("move")} saving={change.isPending} />
      ) : (
        <div>
          <button type="submit" className="button" disabled={change.isPending || checking}>
            {change.isPending ? t("calendar.actions.busy") : checking ? t("calendar.clashes.checking") : t(`calendar.actions.submit.${action}`)}
          </button>
        </div>
      )}

      <ConfirmDialog
        open={confirming}
        title={t("calendar.actions.confirmCancelTitle")}
        confirmLabel={t("calendar.actions.confirmCancel")}
        cancelLabel={t("calendar.actions.keep")}
        busy={change.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          send("cancel");
        }}
      >
        <p>{t("calendar.actions.confirmCancelBody", { title: occurrence.title, day: format.longDay(occurrence.date) })}</p>
        <p>{mailNote("Cancel")}</p>
      </ConfirmDialog>
    </form>
  );
}
