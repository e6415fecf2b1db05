import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Kopieer link": puts an invitation link on the clipboard so the secretary can send it herself. Where the
 * browser refuses the clipboard, the link is shown selected, to copy by hand.
 */
export function CopyLinkButton({ url, recipient }: { url: string; recipient: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("manual");
    }
  };

  return (
    <div className="outbox-copy">
      <button type="button" className="button button--secondary" data-testid="copy-link" aria-label={t("notifications.copyLinkFor", { recipient })} onClick={() => void copy()}>
        {t("notifications.copyLink")}
      </button>
      <span aria-live="polite" className="outbox-copy__status">
        {state === "copied" && t("notifications.copied")}
      </span>
      {state === "manual" && (
        <label className="outbox-copy__manual">
          {t("notifications.copyManually")}
          <input type="text" readOnly value={url} className="outbox-copy__input" autoFocus onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
