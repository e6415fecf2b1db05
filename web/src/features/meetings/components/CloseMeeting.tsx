import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { MeetingSummary } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useCloseMeeting, type CloseResult } from "../api/agenda.ts";
import type { MeetingRef } from "../api/keys.ts";
import { meetingUrl } from "../lib/labels.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

interface CloseMeetingProps {
  meeting: MeetingRef;
  summary: MeetingSummary;
  /** Items still open: they move to the next meeting. */
  unhandled: number;
  canClose: boolean;
}

/** "Vergadering afsluiten": after a confirmation, closes and says where the unhandled items went. */
export function CloseMeeting({ meeting, summary, unhandled, canClose }: CloseMeetingProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const close = useCloseMeeting(meeting);
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<CloseResult | null>(null);

  const outcome = result && (
    <div className="notice mtg-no-print" role="status" data-testid="close-result">
      <p>
        <strong>{t("meetings.close.done")}</strong>{" "}
        {result.carriedTo
          ? t("meetings.close.carried", { count: result.carriedItems.length, date: format.longDate(result.carriedTo) })
          : t("meetings.close.nothingCarried")}
      </p>
      {result.carriedTo && (
        <p>
          <Link to={meetingUrl(meeting.slug, meeting.seriesId, result.carriedTo)} data-testid="next-meeting-link">
            {t("meetings.close.openNext", { date: format.date(result.carriedTo) })}
          </Link>
        </p>
      )}
    </div>
  );

  if (summary.closedAt) {
    return (
      <>
        {outcome}
        {!result && (
          <p className="notice mtg-no-print" data-testid="closed-note">
            {t("meetings.close.closedOn", { date: format.date(summary.closedAt) })}
          </p>
        )}
      </>
    );
  }
  if (!canClose) return null;
  // Meetings follow time: the server refuses to close one before its day (409 MEETING_NOT_YET_HELD), so say why here.
  const notYet = !summary.held;
  return (
    <div className="mtg-close mtg-no-print">
      <button type="button" className="button" onClick={() => setAsking(true)} disabled={notYet} aria-describedby={notYet ? "close-not-yet" : undefined} data-testid="close-meeting">
        {t("meetings.close.button")}
      </button>
      {notYet && (
        <p className="mtg-hint" id="close-not-yet" data-testid="close-not-yet">
          {t("meetings.close.notYetHeld", { date: format.longDate(summary.start) })}
        </p>
      )}
      {close.isError && (
        <p className="form__error" role="alert">
          {errorText(close.error)}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t("meetings.close.title")}
        confirmLabel={t("meetings.close.confirm")}
        cancelLabel={t("meetings.cancel")}
        tone="normal"
        busy={close.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          close.mutate(undefined, {
            onSuccess: (answer) => setResult(answer),
            onSettled: () => setAsking(false),
          })
        }
      >
        <p>{unhandled > 0 ? t("meetings.close.bodyCarry", { count: unhandled }) : t("meetings.close.bodyNone")}</p>
      </ConfirmDialog>
    </div>
  );
}
