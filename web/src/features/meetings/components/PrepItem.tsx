import { useTranslation } from "react-i18next";
import type { AgendaItemView } from "@afdelingsplanner/shared/schemas";
import { useParams } from "react-router-dom";
import { useCurrentBranch } from "../../branches/index.ts";
import { useAgenda } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { ItemEdit } from "./ItemEdit.tsx";
import { ItemHistory } from "./ItemHistory.tsx";
import { ItemMeta } from "./ItemMeta.tsx";
import { ReferForm } from "./ReferForm.tsx";

interface PrepItemProps {
  item: AgendaItemView;
  index: number;
  count: number;
  /** Editors of an open meeting get the up and down buttons. */
  canMove: boolean;
  busy: boolean;
  onMove: (item: AgendaItemView, by: -1 | 1) => void;
}

/**
 * One agenda item in the preparation view. At the top or bottom the button stays focusable but does
 * nothing (aria-disabled), so keyboard focus isn't lost after moving an item to the end.
 */
export function PrepItem({ item, index, count, canMove, busy, onMove }: PrepItemProps) {
  const { t } = useTranslation();
  const first = index === 0;
  const last = index === count - 1;
  // The meeting this item is on; its agenda is already loaded by the page, so this reads the cache.
  const branch = useCurrentBranch();
  const { seriesId = "", date = "" } = useParams();
  const meeting: MeetingRef = { slug: branch.slug, seriesId, date };
  const agenda = useAgenda(meeting).data;
  const canRefer = agenda !== undefined && agenda.permissions.editAgenda && agenda.meeting.closedAt === null;
  return (
    <li className={`mtg-item mtg-item--${item.status}${item.oftenPostponed ? " mtg-item--flagged" : ""}`} data-testid="agenda-item" data-status={item.status}>
      <div className="mtg-item__head">
        <span className="mtg-item__number" aria-hidden="true">
          {index + 1}.
        </span>
        <h3 className="mtg-item__title">{item.title}</h3>
        {item.status !== "open" && <span className={`mtg-badge mtg-status--${item.status}`}>{t(`meetings.status.${item.status}`)}</span>}
      </div>
      <ItemMeta item={item} />
      {item.referralNote && <p className="mtg-hint" data-testid="referral-note">{t("meetings.refer.noteShown", { note: item.referralNote })}</p>}
      {canMove && (
        <div className="mtg-item__move" role="group" aria-label={t("meetings.prep.moveGroup", { title: item.title })}>
          <button
            type="button"
            className="button button--secondary mtg-small"
            aria-disabled={first || busy}
            aria-label={t("meetings.prep.up", { title: item.title })}
            onClick={() => !first && !busy && onMove(item, -1)}
          >
            <span aria-hidden="true">↑</span> {t("meetings.prep.upShort")}
          </button>
          <button
            type="button"
            className="button button--secondary mtg-small"
            aria-disabled={last || busy}
            aria-label={t("meetings.prep.down", { title: item.title })}
            onClick={() => !last && !busy && onMove(item, 1)}
          >
            <span aria-hidden="true">↓</span> {t("meetings.prep.downShort")}
          </button>
        </div>
      )}
      {canMove && <ItemEdit meeting={meeting} item={item} />}
      {canRefer && agenda && <ReferForm meeting={meeting} kind={agenda.meeting.kind} item={item} />}
      <ItemHistory slug={branch.slug} item={item} />
    </li>
  );
}
