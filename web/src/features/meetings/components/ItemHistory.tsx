import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { useItemHistory } from "../api/referral.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

/** The meetings an item passed through; loaded only when opened. */
export function ItemHistory({ slug, item }: { slug: string; item: AgendaItemView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const history = useItemHistory(slug, item.id, open);
  return (
    <details className="mtg-history" data-testid="item-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("meetings.refer.history")}</summary>
      {history.isPending && open && <p>{t("meetings.busy")}</p>}
      {history.isError && (
        <p className="form__error" role="alert">
          {errorText(history.error)}
        </p>
      )}
      {history.data && (
        <ol>
          {history.data.steps.map((step) => (
            <li key={step.itemId}>
              {t(`meetings.refer.how.${step.how}`, { title: step.seriesTitle, date: format.date(step.date) })} — {t(`meetings.status.${step.status}`)}
              {step.referralNote && <> ({step.referralNote})</>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
