import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useActionList, type ActionStatusFilter } from "../api/actionList.ts";
import { ActionTable } from "../components/ActionTable.tsx";
import "../meetings.css";

const MINE = "__mine";

/** Actielijst: the open actions of every body, per body and per person, overdue ones first and marked. */
export function ActionListPage() {
  const { t } = useTranslation();
  const id = useId();
  const branch = useCurrentBranch();
  const [status, setStatus] = useState<ActionStatusFilter>("open");
  const [body, setBody] = useState("");
  const [owner, setOwner] = useState("");
  const list = useActionList(branch.slug, status);
  usePageTitle(t("meetings.actions.title"));

  const bodies = useMemo(() => [...new Map((list.data?.actions ?? []).map((action) => [action.seriesId, action.seriesTitle])).entries()], [list.data]);
  const owners = useMemo(
    () => [...new Map((list.data?.actions ?? []).flatMap((action) => (action.owner ? [[action.owner.id, action.owner.name] as const] : []))).entries()].sort((a, b) => a[1].localeCompare(b[1])),
    [list.data],
  );
  const shown = (list.data?.actions ?? [])
    .filter((action) => !body || action.seriesId === body)
    .filter((action) => !owner || (owner === MINE ? action.owner?.id === branch.personId : action.owner?.id === owner))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));

  return (
    <div className="mtg-page">
      <h1>{t("meetings.actions.title")}</h1>
      <p className="lead">{t("meetings.actions.intro")}</p>
      <div className="mtg-filters" role="group" aria-label={t("meetings.actions.filters")}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("meetings.actions.status")}</label>
          <select id={`${id}-status`} className="mtg-input" value={status} onChange={(event) => setStatus(event.target.value as ActionStatusFilter)}>
            {(["open", "done", "all"] as const).map((each) => (
              <option key={each} value={each}>
                {t(`meetings.actions.filter.${each}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t("meetings.actions.body")}</label>
          <select id={`${id}-body`} className="mtg-input" value={body} onChange={(event) => setBody(event.target.value)}>
            <option value="">{t("meetings.actions.allBodies")}</option>
            {bodies.map(([seriesId, title]) => (
              <option key={seriesId} value={seriesId}>
                {title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t("meetings.actions.owner")}</label>
          <select id={`${id}-owner`} className="mtg-input" value={owner} onChange={(event) => setOwner(event.target.value)}>
            <option value="">{t("meetings.actions.everyone")}</option>
            {branch.personId && <option value={MINE}>{t("meetings.actions.mine")}</option>}
            {owners.map(([personId, name]) => (
              <option key={personId} value={personId}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data &&
        (shown.length === 0 ? (
          <EmptyState>{t("meetings.actions.empty")}</EmptyState>
        ) : (
          <ActionTable slug={branch.slug} actions={shown} personId={branch.personId} />
        ))}
    </div>
  );
}
