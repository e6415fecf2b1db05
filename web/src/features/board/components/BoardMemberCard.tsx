import { useTranslation } from "react-i18next";
import type { BoardSeatView } from "@afdelingsplanner/shared/schemas";
import { StatusBadge } from "../../roster/index.ts";
import { useFormatDate } from "../../roster/index.ts";

/** A person card: who holds the seat, their function, portfolio and tasks, and how long their term runs. */
export function BoardMemberCard({ seat }: { seat: BoardSeatView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <article className="card board-card" data-testid="board-member">
      <h3 className="card__title">{seat.holder?.name ?? t("roster.board.organogram.vacant")}</h3>
      <p className="board-card__function">{seat.function}</p>
      <dl className="board-card__facts">
        <dt>{t("roster.board.members.portfolio")}</dt>
        <dd>{seat.portfolio || t("roster.board.members.none")}</dd>
        <dt>{t("roster.board.members.responsibilities")}</dt>
        <dd>{seat.responsibilities || t("roster.board.members.none")}</dd>
      </dl>
      <p className="card__meta">
        <StatusBadge status={seat.status} />
        {seat.termEnd && <span>{t("roster.board.members.termUntil", { date: formatDate(seat.termEnd) })}</span>}
      </p>
    </article>
  );
}
