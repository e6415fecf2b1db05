import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type TrainingResponse, type TrainingSessionCreateBody, type TrainingSessionView } from "@afdelingsplanner/shared/schemas";
import type { SpeakerKind, TrainingForm } from "@afdelingsplanner/shared";
import { useCreateSession, useUpdateSession } from "../api/training.ts";
import { SPEAKER_KINDS, TRAINING_FORMS, useLensLabel } from "../lib/labels.ts";
import { FormFooter } from "./FormFooter.tsx";
import { NamedSelect } from "./NamedSelect.tsx";

interface Speaker {
  name: string;
  kind: SpeakerKind;
}

interface SessionFormProps {
  slug: string;
  data: TrainingResponse;
  /** The session to change; without it the form adds a new one. */
  initial?: TrainingSessionView;
  onDone: () => void;
}

/** A session, new or changed: what, for which topic, who organises it, when and where, who speaks, and (afterwards) how it went. */
export function SessionForm({ slug, data, initial, onDone }: SessionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const lensLabel = useLensLabel();
  const create = useCreateSession(slug);
  const update = useUpdateSession(slug);
  const save = initial ? update : create;
  const groups = data.workingGroups.filter((group) => data.organiserGroupIds.includes(group.id) || group.id === initial?.workingGroupId);
  const [topicId, setTopicId] = useState(initial?.topicId ?? data.topics[0]?.id ?? "");
  const [form, setForm] = useState<TrainingForm>(initial?.form ?? "conversation_evening");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [workingGroupId, setWorkingGroupId] = useState(initial?.workingGroupId ?? groups[0]?.id ?? "");
  const [date, setDate] = useState(initial?.date ?? "");
  const [startTime, setStartTime] = useState(initial?.startTime ?? "19:30");
  const [location, setLocation] = useState(initial?.location ?? "");
  const [neighbourhoodId, setNeighbourhoodId] = useState(initial?.neighbourhoodId ?? "");
  const [lenses, setLenses] = useState<string[]>(initial?.lenses ?? []);
  const [speakers, setSpeakers] = useState<Speaker[]>(initial?.speakers ?? []);
  const [attendance, setAttendance] = useState(initial?.attendance?.toString() ?? "");
  const [evaluation, setEvaluation] = useState(initial?.evaluation ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  // A lens the session covered that the branch has since removed stays ticked, so saving keeps it.
  const lensChoices = [...data.lenses.map((lens) => lens.key), ...(initial?.lenses ?? []).filter((key) => !data.lenses.some((lens) => lens.key === key))];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setProblem(t("training.form.needTitle"));
    setProblem(null);
    const body: TrainingSessionCreateBody = {
      topicId,
      form,
      title: title.trim(),
      workingGroupId,
      date: date || null,
      startTime,
      location: location.trim(),
      neighbourhoodId: neighbourhoodId || null,
      lenses,
      speakers: speakers.filter((speaker) => speaker.name.trim() !== "").map((speaker) => ({ name: speaker.name.trim(), kind: speaker.kind })),
      attendance: attendance === "" ? null : Number(attendance),
      evaluation: evaluation.trim(),
    };
    if (initial) update.mutate({ ...body, id: initial.id, version: initial.version }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="form training-form" onSubmit={submit} aria-labelledby={field("title")} noValidate>
      <h2 id={field("title")}>{initial ? t("training.form.editHeading", { title: initial.title }) : t("training.form.heading")}</h2>
      <div className="field">
        <label htmlFor={field("name")}>{t("training.form.title")}</label>
        <input id={field("name")} autoFocus={initial !== undefined} required maxLength={LIMITS.training.sessionTitle.maxLength} value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="training-form__row">
        <NamedSelect id={field("topic")} label={t("training.form.topic")} options={data.topics} value={topicId} onChange={setTopicId} />
        <div className="field">
          <label htmlFor={field("form")}>{t("training.form.form")}</label>
          <select id={field("form")} value={form} onChange={(event) => setForm(event.target.value as TrainingForm)}>
            {TRAINING_FORMS.map((value) => (
              <option key={value} value={value}>
                {t(`training.forms.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <NamedSelect id={field("group")} label={t("training.form.group")} options={groups} value={workingGroupId} onChange={setWorkingGroupId} />
      </div>
      <div className="training-form__row">
        <div className="field">
          <label htmlFor={field("date")}>{t("training.form.date")}</label>
          <input id={field("date")} type="date" value={date} onChange={(event) => setDate(event.target.value)} aria-describedby={field("dateHint")} />
          <p id={field("dateHint")} className="training-hint">
            {t("training.form.dateHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={field("time")}>{t("training.form.time")}</label>
          <input id={field("time")} type="time" value={startTime} onChange={(event) => setStartTime(event.target.value)} />
        </div>
        <NamedSelect id={field("wijk")} label={t("training.form.neighbourhood")} none={t("training.form.noNeighbourhood")} options={data.neighbourhoods} value={neighbourhoodId} onChange={setNeighbourhoodId} />
      </div>
      <div className="field">
        <label htmlFor={field("place")}>{t("training.form.location")}</label>
        <input id={field("place")} maxLength={LIMITS.training.sessionLocation.maxLength} value={location} onChange={(event) => setLocation(event.target.value)} />
      </div>

      <fieldset className="training-fieldset">
        <legend>{t("training.form.lenses")}</legend>
        <div className="training-checks">
          {lensChoices.map((choice) => (
            <label key={choice} className="training-check">
              <input type="checkbox" checked={lenses.includes(choice)} onChange={(event) => setLenses(event.target.checked ? [...lenses, choice] : lenses.filter((key) => key !== choice))} />
              {lensLabel(choice)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="training-fieldset">
        <legend>{t("training.form.speakers")}</legend>
        {speakers.length === 0 && <p className="training-hint">{t("training.form.noSpeakers")}</p>}
        <ul className="training-speakers">
          {speakers.map((speaker, index) => (
            <li key={index} className="training-form__row">
              <div className="field">
                <label htmlFor={field(`speaker-${index}`)}>{t("training.form.speakerName", { number: index + 1 })}</label>
                <input
                  id={field(`speaker-${index}`)}
                  maxLength={LIMITS.training.speakerName.maxLength}
                  value={speaker.name}
                  onChange={(event) => setSpeakers(speakers.map((other, at) => (at === index ? { ...other, name: event.target.value } : other)))}
                />
              </div>
              <div className="field">
                <label htmlFor={field(`kind-${index}`)}>{t("training.form.speakerKind", { number: index + 1 })}</label>
                <select
                  id={field(`kind-${index}`)}
                  value={speaker.kind}
                  onChange={(event) => setSpeakers(speakers.map((other, at) => (at === index ? { ...other, kind: event.target.value as SpeakerKind } : other)))}
                >
                  {SPEAKER_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`training.speakerKind.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="button button--secondary" onClick={() => setSpeakers(speakers.filter((_, at) => at !== index))}>
                {t("training.form.removeSpeaker")}
                <span className="visually-hidden"> {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        {speakers.length < LIMITS.training.speakers.maxItems && (
          <button type="button" className="button button--secondary" onClick={() => setSpeakers([...speakers, { name: "", kind: "expert" }])}>
            {t("training.form.addSpeaker")}
          </button>
        )}
      </fieldset>

      <div className="training-form__row">
        <div className="field">
          <label htmlFor={field("attendance")}>{t("training.form.attendance")}</label>
          <input id={field("attendance")} type="number" inputMode="numeric" min={LIMITS.training.attendance.min} max={LIMITS.training.attendance.max} value={attendance} onChange={(event) => setAttendance(event.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={field("evaluation")}>{t("training.form.evaluation")}</label>
        <textarea id={field("evaluation")} rows={3} maxLength={LIMITS.training.evaluation.maxLength} value={evaluation} onChange={(event) => setEvaluation(event.target.value)} />
      </div>
      <p className="training-hint">{t("training.form.afterHint")}</p>

      <FormFooter problem={problem} error={save.error} busy={save.isPending} saveLabel={initial ? t("training.form.saveChanges") : t("training.form.save")} onCancel={onDone} />
    </form>
  );
}
