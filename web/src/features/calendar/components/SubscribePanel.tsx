import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useCalendarFeed, useRegenerateCalendarFeed } from "../api/calendarFeed.ts";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { FeedHowTo } from "./FeedHowTo.tsx";

/** The subscribe button and, once opened, the personal feed URL with a copy button and a how-to. */
export function SubscribePanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();

  return (
    <div className="subscribe">
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t("calendar.subscribe.button")}
      </button>
      <section id={panelId} className="subscribe__panel card" hidden={!open} aria-labelledby={`${panelId}-title`}>
        <h2 id={`${panelId}-title`}>{t("calendar.subscribe.title")}</h2>
        {open && <FeedDetails />}
      </section>
    </div>
  );
}

function FeedDetails() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const feed = useCalendarFeed(true);
  const regenerate = useRegenerateCalendarFeed();
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const [confirming, setConfirming] = useState(false);

  if (feed.isPending) return <Loading />;
  if (feed.isError) return <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  const url = feed.data;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState("copied");
    } catch {
      setCopyState("failed"); // no clipboard permission, or not a secure context
    }
  }

  let status = "";
  if (regenerate.isSuccess) status = t("calendar.subscribe.regenerated");
  if (copyState === "copied") status = t("calendar.subscribe.copied");
  if (copyState === "failed") status = t("calendar.subscribe.copyFailed");

  return (
    <>
      <p>{t("calendar.subscribe.intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t("calendar.subscribe.urlLabel")}</label>
        <div className="copy-field">
          <input id={`${id}-url`} readOnly value={url} onFocus={(event) => event.target.select()} data-testid="feed-url" />
          <button type="button" className="button" onClick={() => void copy()}>
            {t("calendar.subscribe.copy")}
          </button>
        </div>
        <p className="field__hint">{t("calendar.subscribe.secret")}</p>
      </div>
      <p className="subscribe__status" role="status">
        {status}
      </p>
      <p>
        <a href={url.replace(/^https?:/, "webcal:")}>{t("calendar.subscribe.open")}</a>
      </p>
      <FeedHowTo />
      <div className="subscribe__regenerate">
        <button type="button" className="button button--secondary" disabled={regenerate.isPending} onClick={() => setConfirming(true)}>
          {regenerate.isPending ? t("calendar.actions.busy") : t("calendar.subscribe.regenerate")}
        </button>
        {regenerate.isError && (
          <p className="form__error" role="alert">
            {describe(regenerate.error)}
          </p>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("calendar.subscribe.confirmTitle")}
        confirmLabel={t("calendar.subscribe.confirm")}
        cancelLabel={t("calendar.subscribe.keep")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setCopyState("idle");
          regenerate.mutate();
        }}
      >
        <p>{t("calendar.subscribe.confirmBody")}</p>
      </ConfirmDialog>
    </>
  );
}
