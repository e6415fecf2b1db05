import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useDecideProposal } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { ItemMeta } from "./ItemMeta.tsx";

/** Proposed items: the preparer accepts them onto the agenda or declines them (after a confirmation). */
export function Proposals({ meeting, proposals, canDecide }: { meeting: MeetingRef; proposals: AgendaItemView[]; canDecide: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const decide = useDecideProposal(meeting);
  const [declining, setDeclining] = useState<AgendaItemView | null>(null);

  if (proposals.length === 0) return null;
  return (
    <section className="mtg-section" aria-labelledby="mtg-proposals">
      <h2 id="mtg-proposals">{t("meetings.proposals.title", { count: proposals.length })}</h2>
      <p className="mtg-hint">{canDecide ? t("meetings.proposals.hintEditor") : t("meetings.proposals.hintMember")}</p>
      <ul className="mtg-items">
        {proposals.map((item) => (
          <li key={item.id} className="mtg-item mtg-item--proposed" data-testid="proposal">
            <h3 className="mtg-item__title">{item.title}</h3>
            <ItemMeta item={item} />
            {canDecide && (
              <div className="mtg-item__move">
                <button type="button" className="button mtg-small" disabled={decide.isPending} onClick={() => decide.mutate({ itemId: item.id, accept: true })}>
                  {t("meetings.proposals.accept")}
                  <span className="visually-hidden">: {item.title}</span>
                </button>
                <button type="button" className="button button--secondary mtg-small" disabled={decide.isPending} onClick={() => setDeclining(item)}>
                  {t("meetings.proposals.decline")}
                  <span className="visually-hidden">: {item.title}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {decide.isError && (
        <p className="form__error" role="alert">
          {errorText(decide.error)}
        </p>
      )}
      <ConfirmDialog
        open={declining !== null}
        title={t("meetings.proposals.declineTitle")}
        confirmLabel={t("meetings.proposals.declineConfirm")}
        cancelLabel={t("meetings.cancel")}
        busy={decide.isPending}
        onCancel={() => setDeclining(null)}
        onConfirm={() => declining && decide.mutate({ itemId: declining.id, accept: false }, { onSettled: () => setDeclining(null) })}
      >
        <p>{t("meetings.proposals.declineBody", { title: declining?.title ?? "" })}</p>
      </ConfirmDialog>
    </section>
  );
}
