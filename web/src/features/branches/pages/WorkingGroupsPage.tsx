import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { WorkingGroupList } from "../components/WorkingGroupList.tsx";
import { useCurrentBranch } from "../useCurrentBranch.ts";

export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  usePageTitle(t("workingGroups.title"));

  return (
    <>
      <h1>{t("workingGroups.title")}</h1>
      <p className="lead">{t("workingGroups.intro")}</p>
      <WorkingGroupList slug={branch.slug} headingLevel={2} />
    </>
  );
}
