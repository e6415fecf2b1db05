import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api.ts";
import { useErrorText } from "./useErrorText.ts";

/** Errors of adding or editing an organisation: a name already in the register has its own code. */
export function useOrganisationErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error) =>
    error instanceof ApiError && error.code === "DUPLICATE_NAME" ? t("workingGroups.networkEdit.nameTaken") : errorText(error);
}
