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
    if (error.status >= 500) return t("errors.server");
    return error.message || t("errors.unknown");
  };
}
