import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useActivities } from "../api/getActivities.ts";
import { useGoals } from "../api/getGoals.ts";
import { chartStart } from "../lib/weeklyCounts.ts";
import { ActivityChart } from "./ActivityChart.tsx";
import { ActivityList } from "./ActivityList.tsx";
import { GoalsSection } from "./GoalsSection.tsx";
import { QuickLogForm } from "./QuickLogForm.tsx";
import { IndependenceBadge, RoleList, uniqueMembers } from "./Roles.tsx";
import { RotaSection } from "./RotaSection.tsx";

const RECENT = 10;

interface GroupDetailProps {
  slug: string;
  personId: string | null;
  group: WorkingGroupOverview;
  today: string;
  /** Joining and managing members, under the roles. */
  children?: ReactNode;
}

/** One working group: roles, goals, logging, activity and the rota, in the order a chair looks. */
export function GroupDetail({ slug, personId, group, today, children }: GroupDetailProps) {
  const { t } = useTranslation();
  const goals = useGoals(slug, group.id);
  const activities = useActivities(slug, group.id, chartStart(today));
  const members = uniqueMembers(group);

  return (
    <>
      <h1>{group.name}</h1>
      {group.description && <p className="lead">{group.description}</p>}
      <div className="wg-columns">
        <section className="card" aria-labelledby="wg-roles">
          <h2 id="wg-roles">{t("workingGroups.group.roles")}</h2>
          <p className="card__meta">
            <IndependenceBadge group={group} />
          </p>
          <RoleList group={group} />
          <h3 className="wg-members-title">{t("workingGroups.memberCount", { count: members.length })}</h3>
          <ul className="member-list">
            {members.map((member) => (
              <li key={member.personId}>
                <span>{member.name}</span>
                {member.isBoardMember && <span className="role-tag">{t("workingGroups.group.boardMember")}</span>}
              </li>
            ))}
          </ul>
        </section>
        {group.you.log && (
          <section className="card" aria-labelledby="wg-log">
            <h2 id="wg-log">{t("workingGroups.log.title")}</h2>
            <QuickLogForm slug={slug} groupId={group.id} today={goals.data?.today ?? today} />
          </section>
        )}
      </div>
      {children}

      <GoalsSection slug={slug} group={group} today={goals.data?.today ?? today} />

      <section aria-labelledby="wg-activity">
        <h2 id="wg-activity">{t("workingGroups.activity.title")}</h2>
        {activities.isPending ? (
          <Loading />
        ) : activities.isError ? (
          <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />
        ) : (
          <div className="wg-columns">
            <div className="card">
              <h3>{t("workingGroups.chart.title")}</h3>
              <ActivityChart activities={activities.data.activities} today={today} />
            </div>
            <div className="card">
              <h3>{t("workingGroups.activity.recent")}</h3>
              <ActivityList activities={activities.data.activities.slice(0, RECENT)} />
            </div>
          </div>
        )}
      </section>

      <RotaSection slug={slug} group={group} personId={personId} />
    </>
  );
}
