import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationView } from "@afdelingsplanner/shared";
import { useFormat } from "../lib/useFormat.ts";
import { OrganisationHistory } from "./OrganisationHistory.tsx";

/** An organisation with its type, notes and conversation count; the history opens in place. */
export function OrganisationCard({ slug, organisation }: { slug: string; organisation: OrganisationView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const historyId = `org-history-${organisation.id}`;
  return (
    <article className="card wg-org" data-testid="organisation" aria-labelledby={`org-${organisation.id}`}>
      <h2 className="card__title" id={`org-${organisation.id}`}>
        {organisation.name}
      </h2>
      <p className="card__meta">
        <span className="badge badge--none">{t(`workingGroups.organisationType.${organisation.type}`)}</span>
        <span>{t("workingGroups.network.conversations", { count: organisation.conversationCount })}</span>
        {organisation.lastConversationOn && <span>{t("workingGroups.network.last", { date: format.date(organisation.lastConversationOn) })}</span>}
      </p>
      {organisation.contactNotes && <p>{organisation.contactNotes}</p>}
      {organisation.website && (
        <p>
          <a href={organisation.website} rel="noreferrer noopener" target="_blank">
            {organisation.website.replace(/^https?:\/\//, "")}
          </a>
        </p>
      )}
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={historyId} onClick={() => setOpen(!open)}>
        {open ? t("workingGroups.network.hideHistory") : t("workingGroups.network.showHistory")}
        <span className="visually-hidden"> {organisation.name}</span>
      </button>
      <div id={historyId}>{open && <OrganisationHistory slug={slug} id={organisation.id} />}</div>
    </article>
  );
}
