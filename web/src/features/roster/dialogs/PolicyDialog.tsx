import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type TermPolicyView } from "@afdelingsplanner/shared/schemas";
import { useChangePolicy } from "../api/changePolicy.ts";
import { ActionDialog } from "./ActionDialog.tsx";

const FIELDS = (["termLengthMonths", "maxConsecutiveTerms", "endingSoonWindowMonths"] as const).map((key) => ({ key, ...LIMITS.board[key] }));

type PolicyValues = Omit<TermPolicyView, "version">;

export function PolicyDialog({ slug, policy, onClose }: { slug: string; policy: TermPolicyView; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangePolicy(slug);
  const [values, setValues] = useState<PolicyValues>({
    termLengthMonths: policy.termLengthMonths,
    maxConsecutiveTerms: policy.maxConsecutiveTerms,
    endingSoonWindowMonths: policy.endingSoonWindowMonths,
  });

  return (
    <ActionDialog
      title={t("roster.dialog.policyTitle")}
      confirmLabel={t("roster.dialog.save")}
      pending={change.isPending}
      error={change.error}
      onClose={onClose}
      onConfirm={() => change.mutate({ ...values, version: policy.version }, { onSuccess: onClose })}
    >
      {FIELDS.map((field) => (
        <div className="field" key={field.key}>
          <label htmlFor={`${id}-${field.key}`}>{t(`roster.dialog.${field.key}`)}</label>
          <input
            id={`${id}-${field.key}`}
            type="number"
            inputMode="numeric"
            min={field.min}
            max={field.max}
            step={1}
            required
            value={values[field.key]}
            onChange={(event) => setValues((current) => ({ ...current, [field.key]: event.target.valueAsNumber }))}
          />
        </div>
      ))}
    </ActionDialog>
  );
}
