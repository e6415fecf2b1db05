import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useOverview } from "../api/getOverview.ts";
import { useManagedGroups } from "../api/manageGroups.ts";
import { GroupDetail } from "../components/GroupDetail.tsx";
import { GroupManagement } from "../components/GroupManagement.tsx";
import "../workingGroups.css";

export function WorkingGroupPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const { groupSlug = "" } = useParams();
  const overview = useOverview(branch.slug);
  const group = overview.data?.workingGroups.find((each) => each.slug === groupSlug);
  const managedGroups = useManagedGroups(branch.slug).data;
  const managed = managedGroups?.active.find((each) => each.slug === groupSlug);
  const archived = managedGroups?.archived.find((each) => each.slug === groupSlug);
  usePageTitle(group?.name ?? t("workingGroups.title"));

  const back = (
    <p className="wg-back">
      <Link to={`/a/${branch.slug}/werkgroepen`}>{t("workingGroups.group.back")}</Link>
    </p>
  );
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!group) {
    return (
      <>
        <h1>{archived ? archived.name : t("workingGroups.group.notFound")}</h1>
        {archived && <p className="lead">{t("workingGroups.manage.archive.isArchived")}</p>}
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <GroupDetail slug={branch.slug} personId={branch.personId} group={group} today={overview.data.today}>
        {managed && <GroupManagement slug={branch.slug} group={managed} isBranchMember={branch.personId !== null} />}
      </GroupDetail>
    </>
  );
}
