import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";

/**
 * Next to an error message: when the server refused an edit because someone else saved the same
 * thing first (409 STALE_VERSION), offers to reload the page, which shows their change.
 */
export function ReloadOnConflict({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError && error.code === "STALE_VERSION")) return null;
  return (
    <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
      {t("errors.reload")}
    </button>
  );
}
