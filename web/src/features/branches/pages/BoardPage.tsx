import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { usePeople } from "../api/getPeople.ts";
import { useCurrentBranch } from "../useCurrentBranch.ts";

export function BoardPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const people = usePeople(branch.slug);
  usePageTitle(t("board.title"));

  let content;
  if (people.isPending) content = <Loading />;
  else if (people.isError) content = <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  else {
    const board = people.data.filter((person) => person.active && person.roles.includes("board_member"));
    content =
      board.length === 0 ? (
        <EmptyState>{t("board.empty")}</EmptyState>
      ) : (
        <ul className="people-list">
          {board.map((person) => (
            <li key={person.id} className="card">
              <span className="people-list__name">{person.name}</span>
              {person.roles.includes("secretary") && (
                <span className="role-tag">
                  <span className="visually-hidden">, </span>
                  {t("roles.branch.secretary")}
                </span>
              )}
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </li>
          ))}
        </ul>
      );
  }

  return (
    <>
      <h1>{t("board.title")}</h1>
      <p className="lead">{t("board.intro")}</p>
      {content}
      <p className="note">{t("board.rosterFollows")}</p>
    </>
  );
}
