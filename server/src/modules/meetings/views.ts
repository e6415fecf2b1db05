import { isOftenPostponed } from "@afdelingsplanner/shared";
import { type AgendaItemView, type DecisionView } from "@afdelingsplanner/shared/schemas";
import type { AgendaItem, Decision } from "../../generated/prisma/client.ts";
import { toIsoDate } from "../../lib/dates.ts";

export type AgendaItemRow = AgendaItem & { owner: { id: string; name: string } | null };
export const withOwner = { owner: { select: { id: true, name: true } } } as const;

export function itemView(item: AgendaItemRow): AgendaItemView {
  return {
    id: item.id,
    seriesId: item.seriesId,
    date: toIsoDate(item.date),
    position: item.position,
    title: item.title,
    type: item.type,
    owner: item.owner,
    estimatedMinutes: item.estimatedMinutes,
    links: item.links,
    status: item.status,
    minutes: item.minutes,
    postponedCount: item.postponedCount,
    oftenPostponed: isOftenPostponed(item.postponedCount),
    origin: item.origin,
    previousItemId: item.previousItemId,
    rootItemId: item.rootItemId ?? item.id,
    proposedBy: item.proposedByName || null,
    referralNote: item.referralNote,
    version: item.version,
  };
}

export function decisionView(decision: Decision): DecisionView {
  return { id: decision.id, seriesId: decision.seriesId, date: toIsoDate(decision.date), agendaItemId: decision.agendaItemId, text: decision.text, version: decision.version };
}
