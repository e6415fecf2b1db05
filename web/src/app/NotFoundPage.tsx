import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PlainLayout } from "../components/PlainLayout.tsx";
import { usePageTitle } from "../hooks/usePageTitle.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <PlainLayout>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </PlainLayout>
  );
}
