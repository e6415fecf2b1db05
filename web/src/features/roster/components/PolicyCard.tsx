import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TermPolicyView } from "@afdelingsplanner/shared/schemas";

export function PolicyCard({ policy, onChange }: { policy: TermPolicyView; onChange?: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card roster-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("roster.policy.title")}</h2>
      <ul className="plain-list">
        <li>{t("roster.policy.termLength", { count: policy.termLengthMonths })}</li>
        <li>{t("roster.policy.maxTerms", { count: policy.maxConsecutiveTerms })}</li>
        <li>{t("roster.policy.window", { count: policy.endingSoonWindowMonths })}</li>
        <li>{t("roster.policy.interimNote")}</li>
      </ul>
      {onChange && (
        <button type="button" className="button button--secondary no-print" onClick={onChange}>
          {t("roster.policy.change")}
        </button>
      )}
    </section>
  );
}
