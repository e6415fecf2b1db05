import { useTranslation } from "react-i18next";
import type { MeetingKind } from "@afdelingsplanner/shared/schemas";
import { KIND_MARKERS } from "../lib/kinds.ts";

/** The kind's shape, colour and name: never colour alone. */
export function KindBadge({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return (
    <span className={`kind-badge kind--${kind}`} data-kind={kind}>
      <span className="kind-badge__marker" aria-hidden="true">
        {KIND_MARKERS[kind]}
      </span>
      {t(`calendar.kinds.${kind}`)}
    </span>
  );
}

/** Only the shape, for tight spots (the month grid); the name goes to screen readers and the tooltip. */
export function KindMarker({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return (
    <span className={`kind-marker kind--${kind}`} title={t(`calendar.kinds.${kind}`)}>
      <span aria-hidden="true">{KIND_MARKERS[kind]}</span>
      <span className="visually-hidden">{t(`calendar.kinds.${kind}`)}: </span>
    </span>
  );
}
