import { useId } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type TrainingResponse, type TrainingSessionView, type TrainingTopicView } from "@afdelingsplanner/shared/schemas";
import { useDeleteSession, useUpdateTopic } from "../api/training.ts";
import { useLensLabel } from "../lib/labels.ts";
import { useInPlaceEdit } from "../lib/useInPlaceEdit.ts";
import { DeleteControl } from "./DeleteControl.tsx";
import { RenameControl } from "./RenameControl.tsx";
import { SessionForm } from "./SessionForm.tsx";

function SessionItem({ slug, session, data }: { slug: string; session: TrainingSessionView; data: TrainingResponse }) {
  const { t, i18n } = useTranslation();
  const lensLabel = useLensLabel();
  const remove = useDeleteSession(slug);
  const edit = useInPlaceEdit();
  const date = session.date ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${session.date}T00:00:00Z`)) : t("training.session.undated");
  if (edit.editing) {
    return (
      <li className="training-session" data-testid="training-session">
        <SessionForm slug={slug} data={data} initial={session} onDone={edit.close} />
      </li>
    );
  }
  return (
    <li className="training-session" data-testid="training-session">
      <p className="training-session__title">
        <strong>{session.title}</strong> <span className={`badge training-status--${session.status}`}>{t(`training.session.status.${session.status}`)}</span>
      </p>
      <p className="training-session__meta">
        {t(`training.forms.${session.form}`)} · {date}
        {session.date && ` · ${session.startTime}`} · {t("training.session.organisedBy", { group: session.workingGroupName })}
        {session.neighbourhoodName && ` · ${t("training.session.inNeighbourhood", { name: session.neighbourhoodName })}`}
      </p>
      {session.speakers.length > 0 && (
        <p>
          {t("training.session.speakers")}: {session.speakers.map((speaker) => `${speaker.name} (${t(`training.speakerKind.${speaker.kind}`)})`).join(", ")}
        </p>
      )}
      {session.lenses.length > 0 && (
        <p>
          {t("training.session.lenses")}: {session.lenses.map(lensLabel).join(", ")}
        </p>
      )}
      {session.attendance !== null && <p>{t("training.session.attendance", { count: session.attendance })}</p>}
      {session.evaluation && (
        <p>
          {t("training.session.evaluation")}: {session.evaluation}
        </p>
      )}
      {session.canEdit && (
        <div className="training-actions">
          <button ref={edit.opener} type="button" className="button button--secondary" onClick={edit.open}>
            {t("training.session.edit")}
            <span className="visually-hidden">: {session.title}</span>
          </button>
          <DeleteControl
            name={session.title}
            title={t("training.session.deleteTitle", { title: session.title })}
            body={t("training.session.deleteBody")}
            write={remove}
            onDelete={(done) => remove.mutate(session.id, { onSettled: done })}
          />
        </div>
      )}
    </li>
  );
}

/** One topic: its learning questions, what was done and is planned, the speakers' balance and the lenses still to cover. */
export function TopicCard({ slug, topic, data }: { slug: string; topic: TrainingTopicView; data: TrainingResponse }) {
  const { t } = useTranslation();
  const lensLabel = useLensLabel();
  const headingId = useId();
  const rename = useUpdateTopic(slug);
  const { overview } = topic;
  return (
    <section className="card training-topic" aria-labelledby={headingId} data-testid="training-topic">
      <h2 id={headingId} className="card__title">
        {topic.name}
      </h2>
      {data.canManage && (
        <RenameControl name={topic.name} maxLength={LIMITS.training.topicName.maxLength} write={rename} onRename={(name, done) => rename.mutate({ id: topic.id, name, version: topic.version }, { onSuccess: done })} />
      )}
      <p className="card__meta">{topic.focusTopicName ? t("training.topic.focusTopic", { name: topic.focusTopicName }) : t("training.topic.ownDevelopment")}</p>
      {topic.description && <p>{topic.description}</p>}
      {topic.learningQuestions.length > 0 && (
        <>
          <h3>{t("training.topic.questions")}</h3>
          <ul className="training-questions">
            {topic.learningQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("training.topic.overview")}</h3>
      <dl className="training-overview" data-testid="training-overview">
        <div>
          <dt>{t("training.topic.done")}</dt>
          <dd>{overview.done}</dd>
        </div>
        <div>
          <dt>{t("training.topic.planned")}</dt>
          <dd>{overview.planned}</dd>
        </div>
        <div>
          <dt>{t("training.topic.balance")}</dt>
          <dd data-testid="training-balance">
            {t("training.topic.balanceCounts", { experts: overview.experts, lived: overview.livedExperience })} · {t(`training.balance.${overview.balance}`)}
          </dd>
        </div>
        <div>
          <dt>{t("training.topic.uncovered")}</dt>
          <dd>{overview.uncoveredLenses.length === 0 ? t("training.topic.allCovered") : overview.uncoveredLenses.map(lensLabel).join(", ")}</dd>
        </div>
      </dl>
      <h3>{t("training.topic.sessions")}</h3>
      {topic.sessions.length === 0 ? (
        <p className="training-hint">{t("training.topic.noSessions")}</p>
      ) : (
        <ul className="training-sessions">
          {topic.sessions.map((session) => (
            <SessionItem key={session.id} slug={slug} session={session} data={data} />
          ))}
        </ul>
      )}
    </section>
  );
}
