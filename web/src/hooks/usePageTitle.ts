import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets document.title per page, so screen readers announce the new page after client-side navigation. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t("app.pageTitle", { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
