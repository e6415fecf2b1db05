import { Navigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { AppShell } from "../../../components/AppShell.tsx";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentUser } from "../../auth/index.ts";

/** "/" has no page of its own: it opens the user's first branch. */
export function HomeRedirect() {
  const first = useCurrentUser().branches[0];
  return first ? <Navigate to={`/a/${first.slug}`} replace /> : <NoBranches />;
}

function NoBranches() {
  const { t } = useTranslation();
  usePageTitle(t("noBranches.title"));
  return (
    <AppShell>
      <h1>{t("noBranches.title")}</h1>
      <EmptyState>{t("noBranches.body")}</EmptyState>
    </AppShell>
  );
}
