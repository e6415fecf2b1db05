import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityType } from "@afdelingsplanner/shared";
import { LIMITS, type ActivityCreateBody, type ActivityView } from "@afdelingsplanner/shared/schemas";
import { useNeighbourhoods } from "../../training/index.ts";
import { useDeleteActivity, useLogActivity } from "../api/logActivity.ts";
import { useCreateOrganisation } from "../api/organisations.ts";
import { ACTIVITY_TYPES } from "../lib/types.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";
import { NEW_ORGANISATION, OrganisationPicker, type NewOrganisation } from "./OrganisationPicker.tsx";

const UNDO_MS = 8000;
const EMPTY_DRAFT: NewOrganisation = { name: "", type: "community" };

interface QuickLogFormProps {
  slug: string;
  groupId: string;
  today: string;
}

/** Tap a type, tap Opslaan: the date is today unless changed; extra fields only where the type needs them. */
export function QuickLogForm({ slug, groupId, today }: QuickLogFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [type, setType] = useState<ActivityType | null>(null);
  const [date, setDate] = useState(today);
  const [organisationId, setOrganisationId] = useState("");
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [count, setCount] = useState("1");
  const [note, setNote] = useState("");
  const [neighbourhoodId, setNeighbourhoodId] = useState("");
  const neighbourhoods = useNeighbourhoods(slug).data?.neighbourhoods ?? [];
  const [logged, setLogged] = useState<ActivityView | null>(null);
  const [undone, setUndone] = useState(false);
  const log = useLogActivity(slug, groupId);
  const createOrganisation = useCreateOrganisation(slug);
  const undo = useDeleteActivity(slug, groupId);
  const busy = log.isPending || createOrganisation.isPending;

  useEffect(() => {
    if (!logged) return;
    const timer = setTimeout(() => setLogged(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [logged]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!type) return;
    setUndone(false);
    const body: ActivityCreateBody = { type, date, workingGroupId: groupId };
    if (note.trim()) body.note = note.trim();
    if (neighbourhoodId) body.neighbourhoodId = neighbourhoodId;
    if (type === "social_posts") body.count = Math.max(LIMITS.workingGroups.activityCount.min, Number.parseInt(count, 10) || 1);
    if (type === "network_conversation") {
      body.organisationId =
        organisationId === NEW_ORGANISATION ? (await createOrganisation.mutateAsync({ name: draft.name.trim(), type: draft.type })).organisation.id : organisationId;
    }
    const result = await log.mutateAsync(body);
    setLogged(result.activity);
    setType(null);
    setOrganisationId("");
    setDraft(EMPTY_DRAFT);
    setCount("1");
    setNote("");
    setNeighbourhoodId("");
  }

  const error = log.error ?? createOrganisation.error ?? undo.error;
  return (
    <form className="wg-log" onSubmit={(event) => void submit(event).catch(() => undefined)} aria-describedby="wg-log-status">
      <fieldset className="wg-log__types">
        <legend>{t("workingGroups.log.what")}</legend>
        {ACTIVITY_TYPES.map((each) => (
          <button key={each} type="button" className="wg-type-button" aria-pressed={type === each} onClick={() => setType(each)}>
            {t(`workingGroups.activityType.${each}`)}
          </button>
        ))}
      </fieldset>
      {type && (
        <div className="wg-log__details">
          <div className="field">
            <label htmlFor="wg-log-date">{t("workingGroups.log.date")}</label>
            <input id="wg-log-date" className="wg-input" type="date" required max={today} value={date} onChange={(event) => setDate(event.target.value)} />
          </div>
          {type === "network_conversation" && <OrganisationPicker slug={slug} value={organisationId} onChange={setOrganisationId} draft={draft} onDraftChange={setDraft} />}
          {type === "social_posts" && (
            <div className="field">
              <label htmlFor="wg-log-count">{t("workingGroups.log.count")}</label>
              <input id="wg-log-count" className="wg-input" type="number" inputMode="numeric" min={LIMITS.workingGroups.activityCount.min} max={LIMITS.workingGroups.activityCount.max} required value={count} onChange={(event) => setCount(event.target.value)} />
            </div>
          )}
          {neighbourhoods.length > 0 && (
            <div className="field">
              <label htmlFor="wg-log-wijk">{t("workingGroups.log.neighbourhood")}</label>
              <select id="wg-log-wijk" className="wg-input" value={neighbourhoodId} onChange={(event) => setNeighbourhoodId(event.target.value)}>
                <option value="">{t("workingGroups.log.noNeighbourhood")}</option>
                {neighbourhoods.map((wijk) => (
                  <option key={wijk.id} value={wijk.id}>
                    {wijk.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="wg-log-note">{t("workingGroups.log.note")}</label>
            <input id="wg-log-note" className="wg-input" maxLength={LIMITS.workingGroups.activityNote.maxLength} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <button type="submit" className="button wg-log__save" disabled={busy}>
            {busy ? t("workingGroups.log.saving") : t("workingGroups.log.save")}
          </button>
        </div>
      )}
      <div id="wg-log-status" role="status" className="wg-log__status">
        {logged && !undone && (
          <p className="notice">
            {t("workingGroups.log.saved", { type: t(`workingGroups.activityType.${logged.type}`), date: format.date(logged.date) })}{" "}
            <button
              type="button"
              className="button button--secondary"
              disabled={undo.isPending}
              onClick={() => undo.mutate(logged.id, { onSuccess: () => { setUndone(true); setLogged(null); } })}
            >
              {t("workingGroups.log.undo")}
            </button>
          </p>
        )}
        {undone && <p className="notice">{t("workingGroups.log.undone")}</p>}
      </div>
      {error && (
        <p className="wg-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}
