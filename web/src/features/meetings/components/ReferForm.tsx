import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AgendaItemView, type MeetingKind } from "@afdelingsplanner/shared/schemas";
import type { MeetingRef } from "../api/keys.ts";
import { useBranchSeriesList, useReferItem } from "../api/referral.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

/** A working group refers to the board or branch meeting; those refer back to a working group. */
function targetKinds(kind: MeetingKind): MeetingKind[] {
  if (kind === "working_group") return ["board", "branch_meeting"];
  if (kind === "board" || kind === "branch_meeting") return ["working_group"];
  return [];
}

interface ReferFormProps {
  meeting: MeetingRef;
  kind: MeetingKind;
  item: AgendaItemView;
}

/** Refer one item to another body's next meeting, with an optional note. Editors only. */
export function ReferForm({ meeting, kind, item }: ReferFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const format = useFormat();
  const kinds = targetKinds(kind);
  const [open, setOpen] = useState(false);
  const [toSeriesId, setToSeriesId] = useState("");
  const [note, setNote] = useState("");
  const [toDate, setToDate] = useState("");
  const [done, setDone] = useState<{ seriesId: string; title: string; date: string } | null>(null);
  const series = useBranchSeriesList(meeting.slug, open);
  const refer = useReferItem(meeting);
  const targets = (series.data?.series ?? []).filter((each) => kinds.includes(each.kind) && each.id !== meeting.seriesId);
  const referable = item.status === "open" || item.status === "postponed";

  if (kinds.length === 0) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const target = targets.find((each) => each.id === toSeriesId) ?? targets[0];
    if (!target) return;
    const trimmed = note.trim();
    refer.mutate(
      { itemId: item.id, body: { toSeriesId: target.id, ...(toDate ? { toDate } : {}), ...(trimmed ? { note: trimmed } : {}) } },
      {
        onSuccess: ({ item: created }) => {
          setDone({ seriesId: created.seriesId, title: target.title, date: created.date });
          setOpen(false);
          setNote("");
          setToDate("");
        },
      },
    );
  }

  return (
    <div className="mtg-refer" data-testid="refer">
      <div role="status" className="mtg-status">
        {done && (
          <p className="notice" data-testid="refer-result" data-series-id={done.seriesId} data-date={done.date}>
            {t("meetings.refer.done", { title: done.title, date: format.longDate(done.date) })}
          </p>
        )}
      </div>
      {referable && !open && (
        <button type="button" className="button button--secondary mtg-small" aria-label={t("meetings.refer.openLabel", { title: item.title })} onClick={() => setOpen(true)}>
          {t("meetings.refer.button")}
        </button>
      )}
      {referable && open && (
        <form className="mtg-form" onSubmit={submit} data-testid="refer-form" aria-labelledby={`${id}-title`}>
          <h4 id={`${id}-title`}>{t("meetings.refer.title", { title: item.title })}</h4>
          <div className="mtg-form__grid">
            <div className="field">
              <label htmlFor={`${id}-to`}>{t("meetings.refer.to")}</label>
              <select id={`${id}-to`} className="mtg-input" required value={toSeriesId || targets[0]?.id || ""} onChange={(event) => setToSeriesId(event.target.value)} disabled={series.isPending}>
                {targets.map((each) => (
                  <option key={each.id} value={each.id}>
                    {each.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>{t("meetings.refer.date")}</label>
              <input id={`${id}-date`} className="mtg-input" type="date" value={toDate} onChange={(event) => setToDate(event.target.value)} aria-describedby={`${id}-date-hint`} />
              <span id={`${id}-date-hint`} className="mtg-hint">
                {t("meetings.refer.dateHint")}
              </span>
            </div>
            <div className="field mtg-form__wide">
              <label htmlFor={`${id}-note`}>{t("meetings.refer.note")}</label>
              <textarea id={`${id}-note`} className="mtg-input" rows={2} maxLength={LIMITS.meetings.referralNote.maxLength} value={note} onChange={(event) => setNote(event.target.value)} />
            </div>
          </div>
          <button type="submit" className="button" disabled={refer.isPending || targets.length === 0}>
            {refer.isPending ? t("meetings.busy") : t("meetings.refer.submit")}
          </button>{" "}
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t("meetings.cancel")}
          </button>
          {series.isError && (
            <p className="form__error" role="alert">
              {errorText(series.error)}
            </p>
          )}
          {refer.isError && (
            <p className="form__error" role="alert">
              {errorText(refer.error)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
