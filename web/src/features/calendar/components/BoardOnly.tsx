import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { useCurrentBranch } from "../../branches/index.ts";
import { canPlan } from "../lib/permissions.ts";

/** Pages for planners: others (who followed a link) get an explanation instead of a form that would fail. */
export function BoardOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  if (canPlan(branch)) return <>{children}</>;
  return (
    <EmptyState title={t("calendar.boardOnly")}>
      <Link to={`/a/${branch.slug}/agenda`}>{t("calendar.series.back")}</Link>
    </EmptyState>
  );
}
