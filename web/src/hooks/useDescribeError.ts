import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";

/** Turns any thrown error into a sentence for the user; our own Dutch text where we know the case. */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t("errors.unknown");
    if (error.status === 0) return t("errors.network");
    if (error.status === 403) return t("errors.forbidden");
    if (error.status === 404) return t("errors.notFound");
    if (error.status === 429) return t("errors.rateLimited");
    // Every edit with a stale version answers this code; the server's text is English, so say it in the user's language.
    if (error.code === "STALE_VERSION") return t("errors.stale");
    if (error.code === "DATABASE_UNAVAILABLE") return t("errors.databaseDown");
    if (error.status >= 500) return t("errors.server");
    return error.message || t("errors.unknown");
  };
}
