import { useTranslation } from "react-i18next";
import { isErrorCode } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { ApiError } from "../../../lib/api.ts";

/** The app's error text; a 409 with a code we don't know asks the user to reload: someone else changed it meanwhile. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error) => (error instanceof ApiError && error.status === 409 && !isErrorCode(error.code) ? t("workingGroups.errors.stale") : describe(error));
}
