import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../../components/Loading.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import type { MeetingRef } from "../api/keys.ts";
import { useAttendance, useSetAttendance } from "../api/minutes.ts";
import { PRESENCE, RSVP, type PresenceMark, type RsvpAnswer } from "../lib/labels.ts";
import { useErrorText } from "../lib/useErrorText.ts";

/** Presence per person (those who run the meeting record it), RSVPs beside it (your own you give here), and approved guests. */
export function Presence({ meeting, canRecord, personId }: { meeting: MeetingRef; canRecord: boolean; personId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const attendance = useAttendance(meeting);
  const set = useSetAttendance(meeting);

  if (attendance.isPending) return <Loading />;
  if (attendance.isError) return <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />;
  const { people, guests, counts } = attendance.data;
  return (
    <section className="mtg-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("meetings.presence.title")}</h2>
      <p className="mtg-hint">{t("meetings.presence.counts", counts)}</p>
      <table className="mtg-table">
        <thead>
          <tr>
            <th scope="col">{t("meetings.presence.person")}</th>
            <th scope="col">{t("meetings.presence.rsvp")}</th>
            <th scope="col">{t("meetings.presence.presence")}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.personId} data-testid="presence-row">
              <th scope="row">{person.name}</th>
              <td>
                {person.personId === personId ? (
                  <select
                    className="mtg-input"
                    aria-label={t("meetings.presence.yourRsvp")}
                    value={person.rsvp ?? ""}
                    disabled={set.isPending}
                    onChange={(event) => set.mutate({ personId: person.personId, body: { rsvp: (event.target.value || null) as RsvpAnswer | null } })}
                  >
                    <option value="">{t("meetings.presence.unknown")}</option>
                    {RSVP.map((answer) => (
                      <option key={answer} value={answer}>
                        {t(`meetings.rsvp.${answer}`)}
                      </option>
                    ))}
                  </select>
                ) : person.rsvp ? (
                  t(`meetings.rsvp.${person.rsvp}`)
                ) : (
                  "—"
                )}
              </td>
              <td>
                {canRecord ? (
                  <select
                    className="mtg-input"
                    aria-label={t("meetings.presence.of", { name: person.name })}
                    value={person.presence ?? ""}
                    disabled={set.isPending}
                    onChange={(event) => set.mutate({ personId: person.personId, body: { presence: (event.target.value || null) as PresenceMark | null } })}
                  >
                    <option value="">{t("meetings.presence.unknown")}</option>
                    {PRESENCE.map((mark) => (
                      <option key={mark} value={mark}>
                        {t(`meetings.presenceMark.${mark}`)}
                      </option>
                    ))}
                  </select>
                ) : person.presence ? (
                  t(`meetings.presenceMark.${person.presence}`)
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {guests.length > 0 && (
        <p>
          <strong>{t("meetings.presence.guests")}</strong> {guests.map((guest) => guest.name).join(", ")}
        </p>
      )}
      {set.isError && (
        <p className="form__error" role="alert">
          {errorText(set.error)}
        </p>
      )}
    </section>
  );
}
