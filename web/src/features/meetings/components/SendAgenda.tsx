import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useAgendaSendStatus, useSendAgenda } from "../api/agendaSend.ts";
import type { MeetingRef } from "../api/keys.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/**
 * "Agenda versturen" (issue 15): after a confirmation, mails the agenda to the body's members; shows when it was
 * last sent. A second send tells the members what changed, and the confirmation says so.
 */
export function SendAgenda({ meeting, timeZone }: { meeting: MeetingRef; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const status = useAgendaSendStatus(meeting);
  const send = useSendAgenda(meeting);
  const [asking, setAsking] = useState(false);
  const [recipients, setRecipients] = useState<number | null>(null);
  const moment = useMemo(
    () => new Intl.DateTimeFormat(i18n.resolvedLanguage === "en" ? "en-GB" : "nl-NL", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone }),
    [i18n.resolvedLanguage, timeZone],
  );

  if (!status.data) return null;
  const { lastSentAt, maySend } = status.data;
  if (!maySend && !lastSentAt) return null;
  const sentOn = lastSentAt ? moment.format(new Date(lastSentAt)) : null;
  return (
    <div className="mtg-close mtg-no-print" data-testid="send-agenda">
      {maySend && (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)} data-testid="send-agenda-button">
          {lastSentAt ? t("meetings.sendAgenda.again") : t("meetings.sendAgenda.button")}
        </button>
      )}
      {recipients !== null ? (
        <p className="mtg-hint" role="status" data-testid="agenda-sent">
          {t("meetings.sendAgenda.done", { count: recipients })}
        </p>
      ) : (
        sentOn && (
          <p className="mtg-hint" data-testid="agenda-sent">
            {t("meetings.sendAgenda.sentOn", { date: sentOn })}
          </p>
        )
      )}
      {send.isError && (
        <p className="form__error" role="alert">
          {errorText(send.error)}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t("meetings.sendAgenda.title")}
        confirmLabel={t("meetings.sendAgenda.confirm")}
        cancelLabel={t("meetings.cancel")}
        tone="normal"
        busy={send.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          send.mutate(undefined, {
            onSuccess: (answer) => setRecipients(answer.recipients),
            onSettled: () => setAsking(false),
          })
        }
      >
        <p>{t("meetings.sendAgenda.body")}</p>
        {sentOn && <p>{t("meetings.sendAgenda.bodyAgain", { date: sentOn })}</p>}
      </ConfirmDialog>
    </div>
  );
}
