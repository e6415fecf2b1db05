import { useTranslation } from "react-i18next";
import type { AgendaItemView, AgendaResponse } from "@afdelingsplanner/shared/schemas";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { useReorder } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { ItemForm } from "./ItemForm.tsx";
import { PrepItem } from "./PrepItem.tsx";
import { Proposals } from "./Proposals.tsx";

/** Voorbereiding: the agenda in order, the overrun warning, proposals and the form to add or propose an item. */
export function PrepView({ meeting, agenda }: { meeting: MeetingRef; agenda: AgendaResponse }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reorder = useReorder(meeting);
  const closed = agenda.meeting.closedAt !== null;
  const { permissions, items, timing } = agenda;
  const flagged = items.filter((item) => item.oftenPostponed && item.status === "open");

  function move(item: AgendaItemView, by: -1 | 1) {
    const ids = items.map((each) => each.id);
    const from = ids.indexOf(item.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    reorder.mutate(ids);
  }

  return (
    <>
      <section className="mtg-section" aria-labelledby="mtg-agenda-title">
        <h2 id="mtg-agenda-title">{t("meetings.prep.agenda")}</h2>
        <p className="mtg-timing" data-testid="agenda-timing">
          {t("meetings.prep.timing", { estimated: timing.estimatedMinutes, duration: timing.durationMinutes })}
        </p>
        {timing.overByMinutes > 0 && (
          <p className="mtg-warning" data-testid="overrun-warning">
            <strong>{t("meetings.prep.overrunTitle")}</strong> {t("meetings.prep.overrun", { estimated: timing.estimatedMinutes, duration: timing.durationMinutes, over: timing.overByMinutes })}
          </p>
        )}
        {flagged.length > 0 && (
          <p className="mtg-warning" data-testid="flagged-warning">
            {t("meetings.prep.flagged", { count: flagged.length })}
          </p>
        )}
        {items.length === 0 ? (
          <EmptyState>{t("meetings.prep.empty")}</EmptyState>
        ) : (
          <ol className="mtg-items" data-testid="agenda-items">
            {items.map((item, index) => (
              <PrepItem key={item.id} item={item} index={index} count={items.length} canMove={permissions.editAgenda && !closed} busy={reorder.isPending} onMove={move} />
            ))}
          </ol>
        )}
        {reorder.isError && (
          <p className="form__error" role="alert">
            {errorText(reorder.error)}
          </p>
        )}
      </section>
      <Proposals meeting={meeting} proposals={agenda.proposals} canDecide={permissions.editAgenda && !closed} />
      {!closed && permissions.editAgenda && <ItemForm meeting={meeting} asProposal={false} />}
      {!closed && !permissions.editAgenda && permissions.propose && <ItemForm meeting={meeting} asProposal />}
    </>
  );
}
