import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { StaggeringProposalView } from "@afdelingsplanner/shared/schemas";
import { useFormatDate } from "../useFormatDate.ts";
import { ProposedTermsTable } from "./ProposedTermsTable.tsx";

interface StaggeringProposalProps {
  proposal: StaggeringProposalView;
  today: string;
  /** Only board members get the button; everyone may see the proposal. */
  onApply?: () => void;
}

export function StaggeringProposal({ proposal, today, onApply }: StaggeringProposalProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  return (
    <section className="card roster-section" aria-labelledby={headingId} data-testid="staggering-proposal">
      <h2 id={headingId}>{t("roster.staggering.title")}</h2>
      <p>{t(proposal.sharedEndDate < today ? "roster.staggering.introPast" : "roster.staggering.introFuture", { date: formatDate(proposal.sharedEndDate) })}</p>
      <ProposedTermsTable proposal={proposal} />
      {proposal.skipped.length > 0 && (
        <>
          <h3>{t("roster.staggering.skippedTitle")}</h3>
          <ul>
            {proposal.skipped.map((skipped) => (
              <li key={skipped.seatId}>{t(`roster.staggering.skipped.${skipped.reason}`, { name: skipped.name })}</li>
            ))}
          </ul>
        </>
      )}
      {onApply && (
        <button type="button" className="button no-print" onClick={onApply}>
          {t("roster.staggering.apply")}
        </button>
      )}
    </section>
  );
}
