import { useTranslation } from "react-i18next";
import { isErrorCode } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { ApiError } from "../../../lib/api.ts";

/**
 * The app's error text: the text for the server's code (it says who may do this, that the meeting is
 * closed, ...). Only for a code we don't know, the meeting pages' own cases: a 403 says who may do this,
 * a 409 asks to reload, a 429 asks to wait a few minutes.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error) => {
    if (!(error instanceof ApiError) || isErrorCode(error.code)) return describe(error);
    if (error.status === 403) return t("meetings.errors.forbidden");
    if (error.status === 409) return t("meetings.errors.conflict");
    if (error.status === 429) return t("meetings.errors.tooMany");
    return describe(error);
  };
}
