import { useTranslation } from "react-i18next";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";

interface FormFooterProps {
  /** The form's own check, in words. */
  problem?: string | null;
  /** The server's refusal, shown by its code; a stale version offers a reload. */
  error: Error | null;
  busy: boolean;
  saveLabel: string;
  onCancel: () => void;
}

/** The end of every training form: what is wrong, then save and cancel. */
export function FormFooter({ problem, error, busy, saveLabel, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <>
      {problem && (
        <p className="training-error" role="alert">
          {problem}
        </p>
      )}
      {error && (
        <p className="training-error" role="alert">
          {describe(error)} <ReloadOnConflict error={error} />
        </p>
      )}
      <div className="training-actions">
        <button type="submit" className="button" disabled={busy}>
          {saveLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("training.cancel")}
        </button>
      </div>
    </>
  );
}
