import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GuestRequestView } from "@afdelingsplanner/shared/schemas";
import { useFormat } from "../lib/useFormat.ts";

/** One request to attend: who, which meeting, their topic, and its state; the buttons come from the queue. */
export function RequestCard({ request, children }: { request: GuestRequestView; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="mtg-request" data-testid="guest-request" data-status={request.status}>
      <h3 className="mtg-item__title">{request.name}</h3>
      <p className="mtg-item__meta">
        <span>
          <a href={`mailto:${request.email}`}>{request.email}</a>
        </span>
        <span>{t("meetings.queue.for", { date: format.longDate(request.date) })}</span>
        <span className={`mtg-badge mtg-request--${request.status}`}>{t(`meetings.guestStatus.${request.status}`)}</span>
      </p>
      {request.topic && <p>{t("meetings.queue.topic", { topic: request.topic })}</p>}
      {request.decidedAt && <p className="mtg-hint">{t("meetings.queue.decidedOn", { date: format.date(request.decidedAt) })}</p>}
      {children && <div className="mtg-item__move">{children}</div>}
    </li>
  );
}
