import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationView } from "@afdelingsplanner/shared/schemas";
import { useFormat } from "../lib/useFormat.ts";
import { OrganisationActions } from "./OrganisationActions.tsx";
import { OrganisationEditForm } from "./OrganisationEditForm.tsx";
import { OrganisationHistory } from "./OrganisationHistory.tsx";

interface OrganisationCardProps {
  slug: string;
  organisation: OrganisationView;
  /** Board members may edit and delete organisations. */
  board: boolean;
  /** A sentence for the page's status line: saved, deleted. */
  onMessage: (message: string) => void;
  onDeleted: () => void;
}

/** An organisation with its type, notes and conversation count; the history opens in place, and for the board the edit form. */
export function OrganisationCard({ slug, organisation, board, onMessage, onDeleted }: OrganisationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const historyId = `org-history-${organisation.id}`;

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function close() {
    returnFocus.current = true;
    setEditing(false);
  }

  return (
    <article className="card wg-org" data-testid="organisation" aria-labelledby={`org-${organisation.id}`}>
      <h2 className="card__title" id={`org-${organisation.id}`}>
        {organisation.name}
      </h2>
      {editing ? (
        <OrganisationEditForm
          slug={slug}
          organisation={organisation}
          onSaved={(name) => {
            onMessage(t("workingGroups.networkEdit.saved", { name }));
            close();
          }}
          onCancel={close}
        />
      ) : (
        <>
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
          {board && (
            <OrganisationActions
              slug={slug}
              organisation={organisation}
              editButton={editButton}
              onEdit={() => setEditing(true)}
              onDeleted={(name) => {
                onMessage(t("workingGroups.networkEdit.deleted", { name }));
                onDeleted();
              }}
            />
          )}
        </>
      )}
    </article>
  );
}
