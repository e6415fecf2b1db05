import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";

/** Placeholder until the rota (who chairs, who takes minutes) is built. */
export function RosterPage() {
  const { t } = useTranslation();
  usePageTitle(t("roster.title"));
  return (
    <>
      <h1>{t("roster.title")}</h1>
      <EmptyState title={t("roster.emptyTitle")}>{t("roster.empty")}</EmptyState>
    </>
  );
}
