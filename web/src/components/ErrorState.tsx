import { useTranslation } from "react-i18next";
import { useDescribeError } from "../hooks/useDescribeError.ts";

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** Overrides the generic text, e.g. for a 404 that means something specific on this page. */
  message?: string;
}

export function ErrorState({ error, onRetry, message }: ErrorStateProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <div className="notice notice--error" role="alert">
      <p>{message ?? describe(error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t("errors.retry")}
      </button>
    </div>
  );
}
