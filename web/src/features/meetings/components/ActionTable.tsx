import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ActionView } from "@afdelingsplanner/shared/schemas";
import { useUpdateAction } from "../api/actionList.ts";
import { ActionEdit } from "./ActionEdit.tsx";
import { meetingUrl } from "../lib/labels.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";

/** Actions with their body, owner and due date; overdue ones marked in words and colour; tick off or reopen. */
export function ActionTable({ slug, actions, personId }: { slug: string; actions: ActionView[]; personId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const update = useUpdateAction(slug);
  return (
    <>
      <div className="mtg-scroll" role="region" aria-label={t("meetings.actions.title")} tabIndex={0}>
        <table className="mtg-table mtg-table--cards" data-testid="action-table">
          <thead>
            <tr>
              <th scope="col">{t("meetings.actions.what")}</th>
              <th scope="col">{t("meetings.actions.body")}</th>
              <th scope="col">{t("meetings.actions.owner")}</th>
              <th scope="col">{t("meetings.actions.due")}</th>
              <th scope="col">{t("meetings.actions.status")}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id} className={action.overdue ? "mtg-overdue" : undefined} data-testid="action-row" data-overdue={action.overdue}>
                <th scope="row">{action.title}</th>
                <td data-label={t("meetings.actions.body")}>
                  <Link to={meetingUrl(slug, action.seriesId, action.date)}>{action.seriesTitle}</Link>
                  <br />
                  <span className="mtg-hint">{format.date(action.date)}</span>
                </td>
                <td data-label={t("meetings.actions.owner")}>
                  {action.owner?.name ?? "—"}
                  {action.owner && action.owner.id === personId && <span className="mtg-hint"> ({t("meetings.actions.you")})</span>}
                </td>
                <td data-label={t("meetings.actions.due")}>
                  {action.dueDate ? format.date(action.dueDate) : "—"}
                  {action.overdue && <strong className="mtg-overdue__label"> {t("meetings.actions.overdue")}</strong>}
                </td>
                <td data-label={t("meetings.actions.status")}>
                  <button
                    type="button"
                    className="button button--secondary mtg-small"
                    disabled={update.isPending}
                    onClick={() => update.mutate({ id: action.id, body: { status: action.status === "open" ? "done" : "open", version: action.version } })}
                  >
                    {action.status === "open" ? t("meetings.actions.markDone") : t("meetings.actions.reopen")}
                    <span className="visually-hidden">: {action.title}</span>
                  </button>
                  {action.status === "done" && action.doneOn && <span className="mtg-hint"> {t("meetings.actions.doneOn", { date: format.date(action.doneOn) })}</span>}
                  <ActionEdit slug={slug} action={action} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {update.isError && (
        <p className="form__error" role="alert">
          {errorText(update.error)} <ReloadOnConflict error={update.error} />
        </p>
      )}
    </>
  );
}
