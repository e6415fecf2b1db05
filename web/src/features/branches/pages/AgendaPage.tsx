import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";

/** Placeholder until meeting series exist. */
export function AgendaPage() {
  const { t } = useTranslation();
  usePageTitle(t("agenda.title"));
  return (
    <>
      <h1>{t("agenda.title")}</h1>
      <EmptyState title={t("agenda.emptyTitle")}>{t("agenda.empty")}</EmptyState>
    </>
  );
}
