import { useTranslation } from "react-i18next";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { ApiError } from "../../../lib/api.ts";

/** Like the app's error text, but a 409 asks the user to reload: someone else changed it meanwhile. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error) => (error instanceof ApiError && error.status === 409 ? t("workingGroups.errors.stale") : describe(error));
}
