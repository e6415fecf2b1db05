import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { isLocalDate } from "@afdelingsplanner/shared";
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useAuditLog, type AuditLogFilters } from "../api/auditLog.ts";
import { AuditTable } from "../components/AuditTable.tsx";
import "../auditLog.css";

const isEntityType = (value: string): value is AuditEntityType => AUDIT_ENTITY_TYPES.some((type) => type === value);

/** The filters from the URL, so a filtered view can be bookmarked and shared; unknown values count as "all". */
function filtersOf(params: URLSearchParams): AuditLogFilters {
  const type = params.get("type") ?? "";
  const day = (name: string) => {
    const value = params.get(name) ?? "";
    return isLocalDate(value) ? value : "";
  };
  return { entityType: isEntityType(type) ? type : "", actor: params.get("wie") ?? "", from: day("van"), to: day("tot") };
}

/** Logboek: who changed what and when, for the board. Read-only; nothing here can be edited. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const id = useId();
  const branch = useCurrentBranch();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const rangeBackwards = filters.from !== "" && filters.to !== "" && filters.from > filters.to;
  const log = useAuditLog(branch.slug, filters, !rangeBackwards);
  usePageTitle(t("auditLog.title"));

  // Dutch parameter names, like the paths: they show in links members share.
  const setFilter = (name: "type" | "wie" | "van" | "tot", value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const actors = log.data?.pages[0]?.actors ?? [];
  const filtered = Boolean(filters.entityType || filters.actor || filters.from || filters.to);

  return (
    <div className="audit-page">
      <h1>{t("auditLog.title")}</h1>
      <p className="lead">{t("auditLog.intro")}</p>
      <div className="audit-filters" role="group" aria-label={t("auditLog.filters")}>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t("auditLog.type")}</label>
          <select id={`${id}-type`} className="audit-input" value={filters.entityType} onChange={(event) => setFilter("type", event.target.value)}>
            <option value="">{t("auditLog.allTypes")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`auditLog.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t("auditLog.who")}</label>
          <select id={`${id}-actor`} className="audit-input" value={filters.actor} onChange={(event) => setFilter("wie", event.target.value)}>
            <option value="">{t("auditLog.everyone")}</option>
            {/* Keep a person picked from a link in the list even before their entries load. */}
            {filters.actor && !actors.some((actor) => actor.userId === filters.actor) && <option value={filters.actor}>{t("auditLog.chosenPerson")}</option>}
            {actors.map((actor) => (
              <option key={actor.userId} value={actor.userId}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t("auditLog.from")}</label>
          <input id={`${id}-from`} className="audit-input" type="date" value={filters.from} onChange={(event) => setFilter("van", event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("auditLog.to")}</label>
          <input id={`${id}-to`} className="audit-input" type="date" value={filters.to} onChange={(event) => setFilter("tot", event.target.value)} />
        </div>
      </div>
      {filtered && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t("auditLog.clearFilters")}
          </button>
        </p>
      )}
      {rangeBackwards ? (
        <p className="notice notice--error" role="alert">
          {t("auditLog.rangeBackwards")}
        </p>
      ) : (
        <>
          {log.isPending && <Loading />}
          {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
          {log.data &&
            (entries.length === 0 ? (
              <EmptyState title={t("auditLog.emptyTitle")}>{filtered ? t("auditLog.emptyFiltered") : t("auditLog.empty")}</EmptyState>
            ) : (
              <>
                <AuditTable entries={entries} timeZone={branch.timeZone} />
                <p className="audit-more" aria-live="polite">
                  {log.hasNextPage ? (
                    <button type="button" className="button button--secondary" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                      {log.isFetchingNextPage ? t("auditLog.loadingMore") : t("auditLog.loadMore")}
                    </button>
                  ) : (
                    t("auditLog.end", { count: entries.length })
                  )}
                </p>
              </>
            ))}
        </>
      )}
    </div>
  );
}
