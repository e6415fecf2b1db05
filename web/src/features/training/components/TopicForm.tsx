import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type TrainingResponse } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useAddLens, useCreateTopic } from "../api/training.ts";

/** Board members: a new topic on one of the plan's focus topics (or none: the board's own development), one learning question a line. */
export function TopicForm({ slug, data, onDone }: { slug: string; data: TrainingResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeError();
  const create = useCreateTopic(slug);
  const [name, setName] = useState("");
  const [focusTopicId, setFocusTopicId] = useState("");
  const [questions, setQuestions] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setProblem(t("training.topicForm.needName"));
    setProblem(null);
    const learningQuestions = questions.split("\n").map((line) => line.trim()).filter(Boolean);
    create.mutate({ name: name.trim(), focusTopicId: focusTopicId || null, learningQuestions }, { onSuccess: onDone });
  }
  return (
    <form className="form training-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t("training.topicForm.heading")}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("training.topicForm.name")}</label>
        <input id={`${id}-name`} required maxLength={LIMITS.training.topicName.maxLength} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-focus`}>{t("training.topicForm.focusTopic")}</label>
        <select id={`${id}-focus`} value={focusTopicId} onChange={(event) => setFocusTopicId(event.target.value)}>
          <option value="">{t("training.topicForm.noFocusTopic")}</option>
          {data.focusTopics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-questions`}>{t("training.topicForm.questions")}</label>
        <textarea id={`${id}-questions`} rows={4} value={questions} onChange={(event) => setQuestions(event.target.value)} />
      </div>
      {problem && (
        <p className="training-error" role="alert">
          {problem}
        </p>
      )}
      {create.isError && (
        <p className="training-error" role="alert">
          {describe(create.error)}
        </p>
      )}
      <div className="training-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t("training.topicForm.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("training.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Board members: a lens of the branch's own, next to the five every branch has. */
export function LensForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeError();
  const add = useAddLens(slug);
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    add.mutate({ name: name.trim() }, { onSuccess: () => setName("") });
  }
  return (
    <form className="training-inline" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-lens`}>{t("training.lensForm.name")}</label>
        <input id={`${id}-lens`} maxLength={LIMITS.training.lensName.maxLength} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {t("training.lensForm.add")}
      </button>
      {add.isError && (
        <p className="training-error" role="alert">
          {describe(add.error)}
        </p>
      )}
    </form>
  );
}
