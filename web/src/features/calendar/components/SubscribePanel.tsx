import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useCalendarFeed, useMakeCalendarFeed } from "../api/calendarFeed.ts";
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

/**
 * Only the link's hash is stored (issue 16), so the link itself is shown once, right after it is made.
 * Afterwards the panel says a link exists and offers a new one, which ends the old one (after a confirmation).
 */
function FeedDetails() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const feed = useCalendarFeed(true);
  const make = useMakeCalendarFeed();
  const [confirming, setConfirming] = useState(false);

  if (feed.isPending) return <Loading />;
  if (feed.isError) return <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  const hadLink = feed.data && !make.isSuccess;

  return (
    <>
      <p>{t("calendar.subscribe.intro")}</p>
      {make.data ? (
        <NewFeedLink url={make.data.url} replacedOld={make.variables === "replace"} />
      ) : (
        <p>{hadLink ? t("calendar.subscribe.existing") : t("calendar.subscribe.none")}</p>
      )}
      <div className="subscribe__regenerate">
        <button
          type="button"
          className={feed.data ? "button button--secondary" : "button"}
          disabled={make.isPending}
          onClick={() => (feed.data ? setConfirming(true) : make.mutate("first"))}
        >
          {make.isPending ? t("calendar.actions.busy") : feed.data ? t("calendar.subscribe.regenerate") : t("calendar.subscribe.make")}
        </button>
        {make.isError && (
          <p className="form__error" role="alert">
            {describe(make.error)}
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
          make.mutate("replace");
        }}
      >
        <p>{t("calendar.subscribe.confirmBody")}</p>
      </ConfirmDialog>
    </>
  );
}

/** The link just made, with a copy button and the how-to: the one time it can be seen. */
function NewFeedLink({ url, replacedOld }: { url: string; replacedOld: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [copyState, setCopyState] = useState<{ url: string; state: "copied" | "failed" } | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState({ url, state: "copied" });
    } catch {
      setCopyState({ url, state: "failed" }); // no clipboard permission, or not a secure context
    }
  }

  let status = replacedOld ? t("calendar.subscribe.regenerated") : t("calendar.subscribe.made");
  if (copyState?.url === url) status = copyState.state === "copied" ? t("calendar.subscribe.copied") : t("calendar.subscribe.copyFailed");

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t("calendar.subscribe.urlLabel")}</label>
        <div className="copy-field">
          <input id={`${id}-url`} readOnly value={url} onFocus={(event) => event.target.select()} data-testid="feed-url" />
          <button type="button" className="button" onClick={() => void copy()}>
            {t("calendar.subscribe.copy")}
          </button>
        </div>
        <p className="field__hint">{t("calendar.subscribe.showOnce")}</p>
        <p className="field__hint">{t("calendar.subscribe.secret")}</p>
      </div>
      <p className="subscribe__status" role="status">
        {status}
      </p>
      <p>
        <a href={url.replace(/^https?:/, "webcal:")}>{t("calendar.subscribe.open")}</a>
      </p>
      <FeedHowTo />
    </>
  );
}
