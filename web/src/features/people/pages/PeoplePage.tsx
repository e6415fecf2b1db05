import { useId } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { BRANCH_ROLES, type BranchRole } from "@afdelingsplanner/shared";
import { LIMITS, type PeopleQuery } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch, useWorkingGroups } from "../../branches/index.ts";
import { useInvitations } from "../api/invitations.ts";
import { usePeopleList } from "../api/listPeople.ts";
import { AddPersonForm } from "../components/AddPersonForm.tsx";
import { ExportPeopleButton } from "../components/ExportPeopleButton.tsx";
import { ImportPeople } from "../components/ImportPeople.tsx";
import { InvitationsTable } from "../components/InvitationsTable.tsx";
import "../people.css";

const STATUSES = ["active", "left", "all"] as const;
const isRole = (value: string): value is BranchRole => BRANCH_ROLES.some((role) => role === value);
const isStatus = (value: string): value is (typeof STATUSES)[number] => STATUSES.some((status) => status === value);

/** "Leden": the members' list with search and filters; for the secretary also adding members and the invitations. */
export function PeoplePage() {
  const { t } = useTranslation();
  const id = useId();
  const branch = useCurrentBranch();
  const isSecretary = branch.roles.includes("secretary");
  const [params, setParams] = useSearchParams();
  const role = params.get("rol") ?? "";
  const group = params.get("werkgroep") ?? "";
  const status = params.get("status") ?? "active";
  const q = params.get("zoek") ?? "";
  const query: PeopleQuery = { ...(q.trim() ? { q: q.trim() } : {}), ...(isRole(role) ? { role } : {}), ...(group ? { workingGroup: group } : {}), status: isStatus(status) ? status : "active" };
  const people = usePeopleList(branch.slug, query);
  const groups = useWorkingGroups(branch.slug);
  const invitations = useInvitations(branch.slug, isSecretary);
  usePageTitle(t("people.title"));

  const setFilter = (name: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const list = people.data ?? [];
  const showEmail = list.some((person) => person.email !== null);
  const showPhone = list.some((person) => person.phone !== null);

  return (
    <div className="people-page">
      <h1>{t("people.title")}</h1>
      <p className="lead">{t("people.intro")}</p>
      {isSecretary && <ExportPeopleButton slug={branch.slug} />}
      <div className="people-filters" role="search" aria-label={t("people.filters")}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t("people.search")}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(event) => setFilter("zoek", event.target.value)} maxLength={LIMITS.people.search.maxLength} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t("people.role")}</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setFilter("rol", event.target.value)}>
            <option value="">{t("people.anyRole")}</option>
            {BRANCH_ROLES.map((entry) => (
              <option key={entry} value={entry}>
                {t(`people.roles.${entry}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t("people.workingGroup")}</label>
          <select id={`${id}-group`} value={group} onChange={(event) => setFilter("werkgroep", event.target.value)}>
            <option value="">{t("people.anyGroup")}</option>
            {(groups.data ?? []).map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("people.status")}</label>
          <select id={`${id}-status`} value={status} onChange={(event) => setFilter("status", event.target.value === "active" ? "" : event.target.value)}>
            {STATUSES.map((entry) => (
              <option key={entry} value={entry}>
                {t(`people.statuses.${entry}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {people.isPending && <Loading />}
      {people.isError && <ErrorState error={people.error} onRetry={() => void people.refetch()} />}
      {people.data &&
        (list.length === 0 ? (
          <EmptyState title={t("people.emptyTitle")}>{t("people.empty")}</EmptyState>
        ) : (
          <>
            <p aria-live="polite">{t("people.count", { count: list.length })}</p>
            <div className="table-scroll">
              <table className="people-table" data-testid="people-table">
                <thead>
                  <tr>
                    <th scope="col">{t("people.columns.name")}</th>
                    <th scope="col">{t("people.columns.roles")}</th>
                    <th scope="col">{t("people.columns.groups")}</th>
                    <th scope="col">{t("people.columns.status")}</th>
                    {showEmail && <th scope="col">{t("people.columns.email")}</th>}
                    {showPhone && <th scope="col">{t("people.columns.phone")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((person) => (
                    <tr key={person.id}>
                      <td>
                        <Link to={person.id}>{person.name}</Link>
                      </td>
                      <td>{person.roles.length > 0 ? person.roles.map((entry) => t(`people.roles.${entry}`)).join(", ") : t("people.none")}</td>
                      <td>{person.workingGroups.length > 0 ? person.workingGroups.map((entry) => entry.name).join(", ") : t("people.none")}</td>
                      <td>{t(`people.statuses.${person.status}`)}</td>
                      {showEmail && <td>{person.email ?? t("people.none")}</td>}
                      {showPhone && <td>{person.phone ?? t("people.none")}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
      {isSecretary && <AddPersonForm branch={branch} />}
      {isSecretary && <ImportPeople slug={branch.slug} />}
      {isSecretary && (
        <section aria-labelledby={`${id}-invitations`}>
          <h2 id={`${id}-invitations`}>{t("people.invitations.heading")}</h2>
          {invitations.isPending && <Loading />}
          {invitations.isError && <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />}
          {invitations.data && <InvitationsTable slug={branch.slug} branchName={branch.name} invitations={invitations.data} timeZone={branch.timeZone} />}
        </section>
      )}
    </div>
  );
}
