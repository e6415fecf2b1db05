import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { WorkingGroupView } from "@afdelingsplanner/shared/schemas";
import { WORKING_GROUP_ROLES } from "@afdelingsplanner/shared";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useWorkingGroups } from "../api/getWorkingGroups.ts";

type Member = WorkingGroupView["members"][number];

/** Whether the group's trekker sits on the board; "none" when the group has no trekker yet. */
function chairKind(group: WorkingGroupView): "board" | "independent" | "none" {
  const chairs = group.members.filter((member) => member.role === "chair");
  if (chairs.length === 0) return "none";
  return chairs.some((chair) => chair.isBoardMember) ? "board" : "independent";
}

// Trekker first, plain members last: the order people look for someone in.
function byRole(a: Member, b: Member): number {
  return WORKING_GROUP_ROLES.indexOf(a.role) - WORKING_GROUP_ROLES.indexOf(b.role) || a.name.localeCompare(b.name);
}

/** `headingLevel` keeps the heading outline intact on pages where the list sits under an h2. */
export function WorkingGroupList({ slug, headingLevel }: { slug: string; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const query = useWorkingGroups(slug);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <EmptyState>{t("workingGroups.empty")}</EmptyState>;

  return (
    <ul className="card-grid">
      {query.data.map((group) => {
        const kind = chairKind(group);
        // Someone holding two roles appears twice in `members`; count people, not entries.
        const memberCount = new Set(group.members.map((member) => member.personId)).size;
        return (
          <li key={group.id}>
            <article className="card" data-testid="working-group">
              <Heading className="card__title">
                <Link to={`/a/${slug}/werkgroepen/${group.slug}`}>{group.name}</Link>
              </Heading>
              {group.description && <p>{group.description}</p>}
              <p className="card__meta">
                <span className={`badge badge--${kind}`} data-chair={kind}>
                  {t(`workingGroups.chair.${kind}`)}
                </span>
                <span>{t("workingGroups.memberCount", { count: memberCount })}</span>
              </p>
              {group.members.length > 0 && (
                <ul className="member-list">
                  {[...group.members].sort(byRole).map((member) => (
                    <li key={`${member.personId}:${member.role}`}>
                      <span>{member.name}</span>
                      <span className="role-tag">
                        <span className="visually-hidden">, </span>
                        {t(`roles.workingGroup.${member.role}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
