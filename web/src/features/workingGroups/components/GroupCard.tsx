import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { GoalView, WorkingGroupOverview } from "@afdelingsplanner/shared/schemas";
import { GoalProgress } from "./GoalProgress.tsx";
import { IndependenceBadge, RoleList, uniqueMembers } from "./Roles.tsx";

interface GroupCardProps {
  slug: string;
  group: WorkingGroupOverview;
  /** undefined while the goals load */
  goals: GoalView[] | undefined;
  /** Join requests waiting for the caller's answer (0 for who may not answer them). */
  pendingRequests?: number;
}

/** A working group at a glance: roles, members, and a bar per goal. */
export function GroupCard({ slug, group, goals, pendingRequests = 0 }: GroupCardProps) {
  const { t } = useTranslation();
  const members = uniqueMembers(group);
  const behind = group.goalCounts.behind + group.goalCounts.overdue;
  return (
    <article className="card wg-card" data-testid="working-group" aria-labelledby={`wg-${group.id}`}>
      <h2 className="card__title" id={`wg-${group.id}`}>
        <Link to={`/a/${slug}/werkgroepen/${group.slug}`}>{group.name}</Link>
      </h2>
      <p className="card__meta">
        <IndependenceBadge group={group} />
        <span>{t("workingGroups.memberCount", { count: members.length })}</span>
        {behind > 0 && <span className="wg-status wg-status--behind">{t("workingGroups.card.behind", { count: behind })}</span>}
        {pendingRequests > 0 && <span className="wg-status">{t("workingGroups.manage.requests.waiting", { count: pendingRequests })}</span>}
      </p>
      <RoleList group={group} />
      {members.length > 0 && (
        <p className="wg-members">
          <span className="visually-hidden">{t("workingGroups.group.members")}: </span>
          {members.map((member) => member.name).join(", ")}
        </p>
      )}
      <h3 className="wg-card__goals">{t("workingGroups.group.goals")}</h3>
      {goals === undefined ? (
        <p className="wg-muted">{t("app.loading")}</p>
      ) : goals.length === 0 ? (
        <p className="wg-muted">{t("workingGroups.goal.none")}</p>
      ) : (
        <ul className="wg-card__goal-list">
          {goals.map((goal) => (
            <li key={goal.id}>
              <GoalProgress goal={goal} title={<span className="wg-goal__title">{goal.title}</span>} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
