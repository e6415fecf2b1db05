import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { useUpdateItem } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { isTickable } from "../lib/labels.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { ItemMeta } from "./ItemMeta.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";

const MARKS = ["open", "handled", "postponed"] as const;

/** During the meeting: mark the item handled or postponed, and write its minutes. */
export function TickItem({ meeting, item, index, canEdit, closed }: { meeting: MeetingRef; item: AgendaItemView; index: number; canEdit: boolean; closed: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const update = useUpdateItem(meeting);
  const [minutes, setMinutes] = useState(item.minutes);
  const [savedMinutes, setSavedMinutes] = useState(false);
  const dirty = minutes !== item.minutes;
  const canTick = canEdit && !closed && isTickable(item);

  return (
    <li className={`mtg-item mtg-item--${item.status}`} data-testid="meeting-item" data-status={item.status}>
      <div className="mtg-item__head">
        <span className="mtg-item__number" aria-hidden="true">
          {index + 1}.
        </span>
        <h3 className="mtg-item__title">{item.title}</h3>
      </div>
      <ItemMeta item={item} />
      {canTick ? (
        <fieldset className="mtg-marks">
          <legend>{t("meetings.run.markLegend", { title: item.title })}</legend>
          {MARKS.map((mark) => (
            <label key={mark} className="mtg-mark">
              <input
                type="radio"
                name={`${id}-mark`}
                value={mark}
                checked={item.status === mark}
                disabled={update.isPending}
                onChange={() => update.mutate({ itemId: item.id, body: { status: mark, version: item.version } })}
              />
              {t(`meetings.status.${mark}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>
          <span className={`mtg-badge mtg-status--${item.status}`}>{t(`meetings.status.${item.status}`)}</span>
        </p>
      )}
      {canEdit ? (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t("meetings.run.minutes")}</label>
          <textarea
            id={`${id}-minutes`}
            className="mtg-input"
            rows={3}
            maxLength={LIMITS.meetings.minutes.maxLength}
            value={minutes}
            onChange={(event) => {
              setMinutes(event.target.value);
              setSavedMinutes(false);
            }}
          />
          <div className="mtg-row">
            <button
              type="button"
              className="button button--secondary mtg-small"
              disabled={!dirty || update.isPending}
              onClick={() => update.mutate({ itemId: item.id, body: { minutes, version: item.version } }, { onSuccess: () => setSavedMinutes(true) })}
            >
              {t("meetings.run.saveMinutes")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
            <span role="status">{savedMinutes && !dirty ? t("meetings.run.minutesSaved") : ""}</span>
          </div>
        </div>
      ) : (
        item.minutes && <p className="mtg-minutes">{item.minutes}</p>
      )}
      {update.isError && (
        <p className="form__error" role="alert">
          {errorText(update.error)} <ReloadOnConflict error={update.error} />
        </p>
      )}
    </li>
  );
}
