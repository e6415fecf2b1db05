import { useId } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { BranchSettings, useWorkingGroups } from "../../branches/index.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useBoard } from "../api/getBoard.ts";
import { BoardMemberCard } from "../components/BoardMemberCard.tsx";
import { FormerMembers } from "../components/FormerMembers.tsx";
import { Organogram } from "../components/Organogram.tsx";
import "../board.css";

/** Bestuur: the organogram (board → working groups), a card per seat and the former board members. */
export function BoardPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  const board = useBoard(branch.slug);
  const groups = useWorkingGroups(branch.slug);
  const organogramId = useId();
  const membersId = useId();
  usePageTitle(t("roster.board.title"));

  let content;
  if (board.isPending || groups.isPending) content = <Loading />;
  else if (board.isError) content = <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  else if (groups.isError) content = <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  else if (board.data.seats.length === 0) content = <EmptyState>{t("roster.board.empty")}</EmptyState>;
  else {
    content = (
      <>
        <section className="board-section" aria-labelledby={organogramId}>
          <h2 id={organogramId}>{t("roster.board.organogram.title")}</h2>
          <Organogram branchName={branch.name} seats={board.data.seats} groups={groups.data} />
        </section>
        <section className="board-section" aria-labelledby={membersId}>
          <h2 id={membersId}>{t("roster.board.members.title")}</h2>
          <ul className="card-grid">
            {board.data.seats.map((seat) => (
              <li key={seat.seatId}>
                <BoardMemberCard seat={seat} />
              </li>
            ))}
          </ul>
        </section>
        <FormerMembers members={board.data.formerMembers} />
      </>
    );
  }

  return (
    <>
      <h1>{t("roster.board.title")}</h1>
      <p className="lead">{t("roster.board.intro")}</p>
      <p>
        <Link to={`/a/${branch.slug}/rooster`}>{t("roster.board.rosterLink")}</Link>
      </p>
      {content}
      {branch.personId !== null && branch.roles.includes("board_member") && <BranchSettings slug={branch.slug} />}
    </>
  );
}
