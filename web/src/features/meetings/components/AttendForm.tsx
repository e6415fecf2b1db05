import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@afdelingsplanner/shared/schemas";
import { ApiError } from "../../../lib/api.ts";
import { tokenOf, useAskToAttend, type PublicBoardMeeting } from "../api/guestRequests.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

/** Name, email, meeting and an optional topic; plus a honeypot field that people and screen readers never see. */
export function AttendForm({ slug, meetings }: { slug: string; meetings: PublicBoardMeeting[] }) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormat();
  const errorText = useErrorText();
  const ask = useAskToAttend(slug);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [meeting, setMeeting] = useState(meetings[0] ? `${meetings[0].seriesId}|${meetings[0].date}` : "");
  const [topic, setTopic] = useState("");
  const [website, setWebsite] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    const [seriesId = "", date = ""] = meeting.split("|");
    ask.mutate({ name: name.trim(), email: email.trim(), seriesId, date, ...(topic.trim() ? { topic: topic.trim() } : {}), ...(website ? { website } : {}) });
  }

  if (ask.isSuccess) {
    const path = `/bezoek/status/${tokenOf(ask.data.statusUrl)}`;
    return (
      <section className="notice mtg-success" role="status" data-testid="attend-success">
        <h2>{t("meetings.attend.sentTitle")}</h2>
        <p>{t("meetings.attend.sentBody")}</p>
        <p>
          <Link to={path} data-testid="status-link">
            {`${window.location.origin}${path}`}
          </Link>
        </p>
        <p className="mtg-hint">{t("meetings.attend.keepLink")}</p>
      </section>
    );
  }

  const tooMany = ask.error instanceof ApiError && ask.error.status === 429;
  return (
    <form className="mtg-form" onSubmit={submit} aria-labelledby={`${id}-h`} data-testid="attend-form">
      <h2 id={`${id}-h`}>{t("meetings.attend.formTitle")}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("meetings.attend.name")}</label>
        <input id={`${id}-name`} name="name" className="mtg-input" required maxLength={LIMITS.meetings.guestName.maxLength} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("meetings.attend.email")}</label>
        <input id={`${id}-email`} name="email" type="email" className="mtg-input" required maxLength={LIMITS.meetings.guestEmail.maxLength} autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-meeting`}>{t("meetings.attend.meeting")}</label>
        <select id={`${id}-meeting`} name="meeting" className="mtg-input" required value={meeting} onChange={(event) => setMeeting(event.target.value)}>
          {meetings.map((each) => (
            <option key={`${each.seriesId}|${each.date}`} value={`${each.seriesId}|${each.date}`}>
              {`${format.longDate(each.date)}, ${format.time(each.start)}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-topic`}>{t("meetings.attend.topic")}</label>
        <textarea id={`${id}-topic`} name="topic" className="mtg-input" rows={3} maxLength={LIMITS.meetings.guestTopic.maxLength} value={topic} onChange={(event) => setTopic(event.target.value)} aria-describedby={`${id}-topic-hint`} />
        <span id={`${id}-topic-hint`} className="mtg-hint">
          {t("meetings.attend.topicHint")}
        </span>
      </div>
      <div className="mtg-honeypot" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Website</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(event) => setWebsite(event.target.value)} />
      </div>
      <button type="submit" className="button" disabled={ask.isPending}>
        {ask.isPending ? t("meetings.busy") : t("meetings.attend.submit")}
      </button>
      {ask.isError && (
        <p className="form__error" role="alert" data-testid="attend-error">
          {tooMany ? t("meetings.attend.tooMany") : errorText(ask.error)}
        </p>
      )}
    </form>
  );
}
