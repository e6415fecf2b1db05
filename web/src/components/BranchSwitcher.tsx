import { useId } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BranchMembership } from "@afdelingsplanner/shared/schemas";

/** Switches branch but stays in the same section, so /a/x/bestuur becomes /a/y/bestuur. */
export function BranchSwitcher({ current, branches }: { current: string; branches: BranchMembership[] }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const section = pathname.slice(`/a/${current}`.length);

  return (
    <div className="branch-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t("branchSwitcher.label")}
      </label>
      <select id={id} value={current} onChange={(event) => navigate(`/a/${event.target.value}${section}`)}>
        {branches.map((branch) => (
          <option key={branch.id} value={branch.slug}>
            {branch.name}
          </option>
        ))}
      </select>
    </div>
  );
}
