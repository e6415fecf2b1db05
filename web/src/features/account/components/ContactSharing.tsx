import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { BranchMembership } from "@afdelingsplanner/shared/schemas";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useContactSharing, useSetContactSharing } from "../api/contactSharing.ts";

/** Contactgegevens delen: per branch, whether the member's fellow working-group members see their email and phone. */
export function ContactSharing({ branches }: { branches: BranchMembership[] }) {
  const { t } = useTranslation();
  const id = useId();
  const own = branches.filter((branch) => branch.personId !== null);
  if (own.length === 0) return null;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("account.contactSharing.heading")}</h2>
      <p>{t("account.contactSharing.intro")}</p>
      {own.map((branch) => (
        <BranchContactSharing key={branch.slug} branch={branch} showBranch={own.length > 1} />
      ))}
    </section>
  );
}

function BranchContactSharing({ branch, showBranch }: { branch: BranchMembership; showBranch: boolean }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const current = useContactSharing(branch.slug);
  const change = useSetContactSharing(branch.slug);
  const label = t("account.contactSharing.label");

  return (
    <div className="field" data-testid="contact-sharing">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={current.data?.shareContact ?? false}
          // Not disabled while saving: a disabled box loses keyboard focus. A second change waits for the first.
          disabled={!current.data}
          aria-busy={change.isPending}
          aria-describedby={`${id}-hint`}
          onChange={(event) => current.data && !change.isPending && change.mutate({ shareContact: event.target.checked, version: current.data.version })}
        />{" "}
        {showBranch ? t("account.contactSharing.labelInBranch", { label, branch: branch.name }) : label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t("account.contactSharing.hint")}
      </p>
      <div role="status">{change.isSuccess && <p className="notice">{change.data.shareContact ? t("account.contactSharing.on") : t("account.contactSharing.off")}</p>}</div>
      {(current.error ?? change.error) && (
        <p className="form__error" role="alert">
          {describe(current.error ?? change.error)} <ReloadOnConflict error={change.error} />
        </p>
      )}
    </div>
  );
}
