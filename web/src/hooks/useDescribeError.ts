import { useTranslation } from "react-i18next";
import { isErrorCode } from "@afdelingsplanner/shared/schemas";
import { ApiError } from "../lib/api.ts";

/** The general sentence for an answer whose code we don't know (a proxy's error page, a newer server). */
function generalKey(status: number) {
  if (status === 401) return "errors.unauthorized" as const;
  if (status === 403) return "errors.forbidden" as const;
  if (status === 404) return "errors.notFound" as const;
  if (status === 409) return "errors.conflict" as const;
  if (status === 429) return "errors.rateLimited" as const;
  if (status >= 500) return "errors.server" as const;
  if (status >= 400) return "errors.badRequest" as const;
  return "errors.unknown" as const;
}

/**
 * Turns any thrown error into a sentence for the user, in the user's language: the text for the
 * server's code (errorCodes.<CODE>, one for every code in ERROR_CODES), else a general sentence for the
 * HTTP status. Never the server's `error.message`: that is English, written for API clients.
 */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t("errors.unknown");
    if (error.status === 0) return t("errors.network");
    if (isErrorCode(error.code)) return t(`errorCodes.${error.code}`);
    return t(generalKey(error.status));
  };
}
