import { useTranslation } from "react-i18next";
import type { AgendaResponse } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import type { MeetingRef } from "../api/keys.ts";
import { Presence } from "./Presence.tsx";
import { QuickAction } from "./QuickAction.tsx";
import { QuickDecision } from "./QuickDecision.tsx";
import { TickItem } from "./TickItem.tsx";

/** Vergadering: tick items, take minutes, add decisions and actions, record who is there. */
export function RunView({ meeting, agenda, personId }: { meeting: MeetingRef; agenda: AgendaResponse; personId: string | null }) {
  const { t } = useTranslation();
  const closed = agenda.meeting.closedAt !== null;
  const { permissions, items } = agenda;
  return (
    <>
      <section className="mtg-section" aria-labelledby="mtg-run-title">
        <h2 id="mtg-run-title">{t("meetings.run.items")}</h2>
        {!permissions.editAgenda && <p className="mtg-hint">{t("meetings.run.readOnly")}</p>}
        {items.length === 0 ? (
          <EmptyState>{t("meetings.prep.empty")}</EmptyState>
        ) : (
          <ol className="mtg-items">
            {items.map((item, index) => (
              <TickItem key={item.id} meeting={meeting} item={item} index={index} canEdit={permissions.editAgenda} closed={closed} />
            ))}
          </ol>
        )}
      </section>
      {(permissions.editAgenda || permissions.manageActions) && (
        <section className="mtg-section mtg-quick" aria-label={t("meetings.run.quickLabel")}>
          {permissions.editAgenda && <QuickDecision meeting={meeting} items={items} />}
          {permissions.manageActions && <QuickAction meeting={meeting} items={items} />}
        </section>
      )}
      <Presence meeting={meeting} canRecord={permissions.recordPresence} personId={personId} />
    </>
  );
}
