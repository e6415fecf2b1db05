import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { AdminBranchView } from "@afdelingsplanner/shared/schemas";

/** Every branch, and whether its first secretary has been invited and has accepted. */
export function BranchesTable({ branches, onInvite }: { branches: AdminBranchView[]; onInvite: (branch: AdminBranchView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t("admin.branches.caption")} tabIndex={0}>
      <table className="data-table" data-testid="admin-branches-table">
        <caption>{t("admin.branches.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.branches.name")}</th>
            <th scope="col">{t("admin.branches.slug")}</th>
            <th scope="col">{t("admin.branches.timeZone")}</th>
            <th scope="col">{t("admin.branches.people")}</th>
            <th scope="col">{t("admin.branches.secretary")}</th>
          </tr>
        </thead>
        <tbody>
          {branches.map((branch) => (
            <tr key={branch.id} data-testid="admin-branch-row">
              <th scope="row">
                <Link to={`/a/${branch.slug}`}>{branch.name}</Link>
              </th>
              <td>{branch.slug}</td>
              <td>{branch.timeZone}</td>
              <td>{branch.peopleCount}</td>
              <td>
                {branch.secretaryInvitation ? (
                  <span data-testid="secretary-state">
                    {t("admin.branches.invitation", {
                      name: branch.secretaryInvitation.personName,
                      state: t(`admin.states.${branch.secretaryInvitation.state}`),
                    })}
                  </span>
                ) : (
                  <button type="button" className="button button--small button--secondary" onClick={() => onInvite(branch)}>
                    {t("admin.invite.open")}
                    <span className="visually-hidden"> {branch.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
