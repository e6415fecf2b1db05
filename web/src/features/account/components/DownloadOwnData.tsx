import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { downloadOwnData } from "../api/downloadOwnData.ts";

/** Mijn gegevens downloaden: everything the app keeps about you, as one JSON file. */
export function DownloadOwnData() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; done: boolean; error: unknown }>({ busy: false, done: false, error: null });

  const download = async () => {
    setState({ busy: true, done: false, error: null });
    try {
      await downloadOwnData();
      setState({ busy: false, done: true, error: null });
    } catch (error) {
      setState({ busy: false, done: false, error });
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("account.ownData.heading")}</h2>
      <p>{t("account.ownData.intro")}</p>
      <button type="button" className="button" disabled={state.busy} onClick={() => void download()} data-testid="download-own-data">
        {state.busy ? t("account.ownData.downloading") : t("account.ownData.download")}
      </button>
      <div role="status">{state.done && <p className="notice">{t("account.ownData.done")}</p>}</div>
      {state.error !== null && (
        <p className="form__error" role="alert">
          {describe(state.error)}
        </p>
      )}
    </section>
  );
}
