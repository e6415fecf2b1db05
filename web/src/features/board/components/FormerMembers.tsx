import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FormerBoardMember } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { useFormatDate } from "../../roster/index.ts";

export function FormerMembers({ members }: { members: FormerBoardMember[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  return (
    <section className="board-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.board.former.title")}</h2>
      {members.length === 0 ? (
        <EmptyState>{t("roster.board.former.empty")}</EmptyState>
      ) : (
        <ul className="member-list">
          {members.map((member) => (
            <li key={member.personId}>
              <span>{member.name}</span>
              <span className="role-tag">
                <span className="visually-hidden">, </span>
                {t("roster.board.former.item", { functions: member.functions.join(", "), from: formatDate(member.firstStart), until: formatDate(member.lastDay) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
