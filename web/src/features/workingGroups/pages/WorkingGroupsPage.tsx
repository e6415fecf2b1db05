import { useTranslation } from "react-i18next";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useAllGoals } from "../api/getAllGoals.ts";
import { useOverview } from "../api/getOverview.ts";
import { useManagedGroups } from "../api/manageGroups.ts";
import { ArchivedGroups } from "../components/ArchivedGroups.tsx";
import { CreateGroupForm } from "../components/CreateGroupForm.tsx";
import { GroupCard } from "../components/GroupCard.tsx";
import "../workingGroups.css";

export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  usePageTitle(t("workingGroups.title"));
  const overview = useOverview(branch.slug);
  const goals = useAllGoals(branch.slug);
  const managed = useManagedGroups(branch.slug);

  const goalsByGroup = new Map<string, GoalView[]>();
  for (const goal of goals.data?.goals ?? []) goalsByGroup.set(goal.workingGroupId, [...(goalsByGroup.get(goal.workingGroupId) ?? []), goal]);

  let content;
  if (overview.isPending) content = <Loading />;
  else if (overview.isError) content = <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  else if (overview.data.workingGroups.length === 0) content = <EmptyState>{t("workingGroups.empty")}</EmptyState>;
  else
    content = (
      <ul className="card-grid">
        {overview.data.workingGroups.map((group) => (
          <li key={group.id}>
            <GroupCard
              slug={branch.slug}
              group={group}
              goals={goals.isSuccess ? (goalsByGroup.get(group.id) ?? []) : undefined}
              pendingRequests={managed.data?.active.find((each) => each.id === group.id)?.pendingRequests}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <h1>{t("workingGroups.title")}</h1>
      <p className="lead">{t("workingGroups.intro")}</p>
      {managed.data?.mayCreate && <CreateGroupForm slug={branch.slug} />}
      {goals.isError && <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />}
      {content}
      {managed.data && <ArchivedGroups slug={branch.slug} groups={managed.data.archived} />}
    </>
  );
}
