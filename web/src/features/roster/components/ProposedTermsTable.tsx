import { useTranslation } from "react-i18next";
import type { StaggeringProposalView } from "@afdelingsplanner/shared/schemas";
import { useFormatDate } from "../useFormatDate.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

export function ProposedTermsTable({ proposal }: { proposal: StaggeringProposalView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <ScrollRegion label={t("roster.staggering.caption")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("roster.staggering.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("roster.table.name")}</th>
            <th scope="col">{t("roster.table.function")}</th>
            <th scope="col">{t("roster.table.start")}</th>
            <th scope="col">{t("roster.table.end")}</th>
            <th scope="col">{t("roster.staggering.months")}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.terms.map((term) => (
            <tr key={term.seatId}>
              <th scope="row">{term.name}</th>
              <td>{term.function}</td>
              <td>{formatDate(term.startDate)}</td>
              <td>{formatDate(term.endDate)}</td>
              <td>{term.months}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
