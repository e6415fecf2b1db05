import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type TrainingResponse } from "@afdelingsplanner/shared/schemas";
import { useCreateTopic } from "../api/training.ts";
import { FormFooter } from "./FormFooter.tsx";
import { NamedSelect } from "./NamedSelect.tsx";

/** Board members: a new topic on one of the plan's focus topics (or none: the board's own development), one learning question a line. */
export function TopicForm({ slug, data, onDone }: { slug: string; data: TrainingResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
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
      <NamedSelect id={`${id}-focus`} label={t("training.topicForm.focusTopic")} none={t("training.topicForm.noFocusTopic")} options={data.focusTopics} value={focusTopicId} onChange={setFocusTopicId} />
      <div className="field">
        <label htmlFor={`${id}-questions`}>{t("training.topicForm.questions")}</label>
        <textarea id={`${id}-questions`} rows={4} value={questions} onChange={(event) => setQuestions(event.target.value)} />
      </div>
      <FormFooter problem={problem} error={create.error} busy={create.isPending} saveLabel={t("training.topicForm.save")} onCancel={onDone} />
    </form>
  );
}
