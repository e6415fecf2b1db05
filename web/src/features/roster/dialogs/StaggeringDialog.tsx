import { useTranslation } from "react-i18next";
import type { StaggeringProposalView } from "@afdelingsplanner/shared/schemas";
import { useApplyStaggering } from "../api/applyStaggering.ts";
import { ProposedTermsTable } from "../components/ProposedTermsTable.tsx";
import { ActionDialog } from "./ActionDialog.tsx";

export function StaggeringDialog({ slug, proposal, onClose }: { slug: string; proposal: StaggeringProposalView; onClose: () => void }) {
  const { t } = useTranslation();
  const apply = useApplyStaggering(slug);
  return (
    <ActionDialog
      title={t("roster.dialog.staggeringTitle")}
      confirmLabel={t("roster.staggering.apply")}
      pending={apply.isPending}
      error={apply.error}
      onClose={onClose}
      // The seats shown are sent along: if the proposal changed meanwhile, the server refuses instead of applying another one.
      onConfirm={() => apply.mutate({ seatIds: proposal.terms.map((term) => term.seatId) }, { onSuccess: onClose })}
    >
      <p>{t("roster.dialog.staggeringBody", { count: proposal.terms.length })}</p>
      <ProposedTermsTable proposal={proposal} />
    </ActionDialog>
  );
}
