import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ActionHistoryResponse, ActionView } from "@afdelingsplanner/shared/schemas";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useCurrentBranch, usePeople } from "../../branches/index.ts";
import { useActionHistory, useUpdateAction } from "../api/actionList.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";
import { SelectField } from "./SelectField.tsx";

type Change = ActionHistoryResponse["entries"][number]["changes"][number];

/** What an action's history line says about one changed field, in words. */
function useChangeText() {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (field: Change["field"], raw: string | null) => {
    if (raw === null || raw === "") return t("meetings.actionEdit.nothing");
    if (field === "dueDate" || field === "doneOn") return format.date(raw);
    if (field === "status") return t(`meetings.actions.state.${raw === "done" ? "done" : "open"}`);
    return raw;
  };
  return (change: Change) =>
    t("meetings.actionEdit.change", { field: t(`meetings.actionEdit.field.${change.field}`), from: value(change.field, change.from), to: value(change.field, change.to) });
}

function ActionHistory({ slug, actionId }: { slug: string; actionId: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useCurrentBranch();
  // A moment, shown in the branch's time zone like the audit log does.
  const when = useMemo(() => new Intl.DateTimeFormat(i18n.resolvedLanguage === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone }), [i18n.resolvedLanguage, timeZone]);
  const errorText = useErrorText();
  const changeText = useChangeText();
  const history = useActionHistory(slug, actionId);
  return (
    <section aria-labelledby={`${actionId}-history`} data-testid="action-history">
      <h3 id={`${actionId}-history`}>{t("meetings.actionEdit.history")}</h3>
      {history.isPending && <p>{t("meetings.busy")}</p>}
      {history.isError && (
        <p className="form__error" role="alert">
          {errorText(history.error)}
        </p>
      )}
      {history.data &&
        (history.data.entries.length === 0 ? (
          <p className="mtg-hint">{t("meetings.actionEdit.noHistory")}</p>
        ) : (
          <ol className="mtg-history-list">
            {history.data.entries.map((entry) => (
              <li key={`${entry.at}-${entry.action}`}>
                <strong>{t("meetings.actionEdit.when", { date: when.format(new Date(entry.at)), name: entry.actorName })}</strong>{" "}
                {entry.action === "created" ? t("meetings.actionEdit.created") : entry.changes.map(changeText).join("; ")}
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}

/**
 * Bewerken for one action: owner, due date and status in a modal dialog (Escape cancels, focus goes
 * back to the button), with the action's history under the form. Sends the version the list shows.
 */
export function ActionEdit({ slug, action }: { slug: string; action: ActionView }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const people = usePeople(slug);
  const update = useUpdateAction(slug);
  const [ownerId, setOwnerId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [status, setStatus] = useState<ActionView["status"]>("open");

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  function show() {
    setOwnerId(action.owner?.id ?? "");
    setDueDate(action.dueDate ?? "");
    setStatus(action.status);
    update.reset();
    setOpen(true);
  }

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ id: action.id, body: { ownerId: ownerId || null, dueDate: dueDate || null, status, version: action.version } }, { onSuccess: close });
  }

  return (
    <>
      <button ref={opener} type="button" className="button button--secondary mtg-small" onClick={show}>
        {t("meetings.actionEdit.edit")}
        <span className="visually-hidden">: {action.title}</span>
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={`${id}-title`}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {t("meetings.actionEdit.title", { title: action.title })}
        </h2>
        {open && (
          <>
            <form className="dialog__body" onSubmit={submit} data-testid="action-edit-form">
              <SelectField
                id={`${id}-owner`}
                label={t("meetings.actions.owner")}
                value={ownerId}
                onChange={setOwnerId}
                emptyLabel={t("meetings.form.noOwner")}
                options={[...(people.data ?? []), ...(action.owner && !(people.data ?? []).some((person) => person.id === action.owner?.id) ? [action.owner] : [])].map((person) => ({ value: person.id, label: person.name }))}
              />
              <div className="field">
                <label htmlFor={`${id}-due`}>{t("meetings.actions.due")}</label>
                <input id={`${id}-due`} className="mtg-input" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-status`}>{t("meetings.actions.status")}</label>
                <select id={`${id}-status`} className="mtg-input" value={status} onChange={(event) => setStatus(event.target.value === "done" ? "done" : "open")}>
                  <option value="open">{t("meetings.actions.state.open")}</option>
                  <option value="done">{t("meetings.actions.state.done")}</option>
                </select>
              </div>
              {update.isError && (
                <p className="form__error" role="alert">
                  {errorText(update.error)} <ReloadOnConflict error={update.error} />
                </p>
              )}
              <div className="dialog__actions">
                <button type="button" className="button button--secondary" onClick={close}>
                  {t("meetings.cancel")}
                </button>
                <button type="submit" className="button" disabled={update.isPending}>
                  {update.isPending ? t("meetings.busy") : t("meetings.actionEdit.save")}
                </button>
              </div>
            </form>
            <ActionHistory slug={slug} actionId={action.id} />
          </>
        )}
      </dialog>
    </>
  );
}
