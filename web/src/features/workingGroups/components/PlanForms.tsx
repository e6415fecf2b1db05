import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type FocusTopicView, type PlanPhaseView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { useCreateFocusTopic, useCreatePhase, useDeletePlanItem, useUpdateFocusTopic, useUpdatePhase } from "../api/editPlan.ts";
import { useErrorText } from "../lib/useErrorText.ts";

interface FormShellProps {
  title: string;
  testId: string;
  busy: boolean;
  error: unknown;
  problem: string | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame both plan forms share: heading, fields, the first problem or the server's error, save and cancel. */
function FormShell({ title, testId, busy, error, problem, onSubmit, onCancel, children }: FormShellProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const [tried, setTried] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!problem) onSubmit();
  }
  return (
    <form className="form wg-goal-form wg-edit" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid={testId} noValidate>
      <h3 id={`${id}-title`} className="wg-goal-form__heading">
        {title}
      </h3>
      {children}
      {tried && problem && (
        <p className="wg-error" role="alert">
          {problem}
        </p>
      )}
      {error !== null && (
        <p className="wg-error" role="alert">
          {errorText(error)} <ReloadOnConflict error={error} />
        </p>
      )}
      <div className="wg-actions">
        <button type="submit" className="button" disabled={busy}>
          {t("workingGroups.plan.edit.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("workingGroups.cancel")}
        </button>
      </div>
    </form>
  );
}

function TextField({ label, value, onChange, maxLength, multiline = false, autoFocus = false }: { label: string; value: string; onChange: (value: string) => void; maxLength: number; multiline?: boolean; autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} className="wg-input" rows={3} maxLength={maxLength} value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} className="wg-input" required maxLength={maxLength} autoFocus={autoFocus} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="wg-input" type="date" required value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** A phase of the plan: its name, description and dates; absent `phase` makes a new one. */
export function PhaseForm({ slug, phase, onDone }: { slug: string; phase?: PlanPhaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePhase(slug);
  const update = useUpdatePhase(slug, phase?.id ?? "");
  const save = phase ? update : create;
  const [name, setName] = useState(phase?.name ?? "");
  const [description, setDescription] = useState(phase?.description ?? "");
  const [startDate, setStartDate] = useState(phase?.startDate ?? "");
  const [endDate, setEndDate] = useState(phase?.endDate ?? "");
  const problem = !name.trim() ? t("workingGroups.plan.edit.needName") : !startDate || !endDate ? t("workingGroups.plan.edit.needDates") : startDate > endDate ? t("workingGroups.plan.edit.backwards") : null;
  const fields = { name: name.trim(), description: description.trim(), startDate, endDate };
  return (
    <FormShell
      title={phase ? t("workingGroups.plan.edit.phaseTitle", { name: phase.name }) : t("workingGroups.plan.edit.newPhase")}
      testId="phase-form"
      busy={save.isPending}
      error={save.error}
      problem={problem}
      onSubmit={() => (phase ? update.mutate({ ...fields, version: phase.version }, { onSuccess: onDone }) : create.mutate(fields, { onSuccess: onDone }))}
      onCancel={onDone}
    >
      <TextField label={t("workingGroups.plan.edit.name")} value={name} onChange={setName} maxLength={LIMITS.workingGroups.phaseName.maxLength} autoFocus />
      <TextField label={t("workingGroups.plan.edit.description")} value={description} onChange={setDescription} maxLength={LIMITS.workingGroups.phaseDescription.maxLength} multiline />
      <DateField label={t("workingGroups.plan.edit.start")} value={startDate} onChange={setStartDate} />
      <DateField label={t("workingGroups.plan.edit.end")} value={endDate} onChange={setEndDate} />
    </FormShell>
  );
}

/** A focus topic (speerpunt): its name and description; absent `topic` makes a new one. */
export function FocusTopicForm({ slug, topic, onDone }: { slug: string; topic?: FocusTopicView; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateFocusTopic(slug);
  const update = useUpdateFocusTopic(slug, topic?.id ?? "");
  const save = topic ? update : create;
  const [name, setName] = useState(topic?.name ?? "");
  const [description, setDescription] = useState(topic?.description ?? "");
  const fields = { name: name.trim(), description: description.trim() };
  return (
    <FormShell
      title={topic ? t("workingGroups.plan.edit.topicTitle", { name: topic.name }) : t("workingGroups.plan.edit.newTopic")}
      testId="topic-form"
      busy={save.isPending}
      error={save.error}
      problem={name.trim() ? null : t("workingGroups.plan.edit.needName")}
      onSubmit={() => (topic ? update.mutate({ ...fields, version: topic.version }, { onSuccess: onDone }) : create.mutate(fields, { onSuccess: onDone }))}
      onCancel={onDone}
    >
      <TextField label={t("workingGroups.plan.edit.name")} value={name} onChange={setName} maxLength={LIMITS.workingGroups.focusTopicName.maxLength} autoFocus />
      <TextField label={t("workingGroups.plan.edit.description")} value={description} onChange={setDescription} maxLength={LIMITS.workingGroups.focusTopicDescription.maxLength} multiline />
    </FormShell>
  );
}

/**
 * "Verwijderen" for a phase or a focus topic, asking first in a modal dialog (ConfirmDialog: focus returns to
 * this button when it closes). The goals of the item stay, without the link; the server refuses a focus topic
 * that training topics use (FOCUS_TOPIC_IN_USE), which shows here.
 */
export function DeletePlanItem({ slug, kind, item }: { slug: string; kind: "phase" | "topic"; item: PlanPhaseView | FocusTopicView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useDeletePlanItem(slug, kind === "phase" ? "phases" : "focus-topics");
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary wg-edit" onClick={() => setAsking(true)}>
        {t("workingGroups.plan.edit.delete")}
        <span className="visually-hidden">: {item.name}</span>
      </button>
      {remove.isError && (
        <p className="wg-error" role="alert">
          {errorText(remove.error)} <ReloadOnConflict error={remove.error} />
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t(kind === "phase" ? "workingGroups.plan.edit.deletePhaseTitle" : "workingGroups.plan.edit.deleteTopicTitle", { name: item.name })}
        confirmLabel={t("workingGroups.plan.edit.deleteConfirm")}
        cancelLabel={t("workingGroups.plan.edit.deleteKeep")}
        busy={remove.isPending}
        onConfirm={() => remove.mutate({ id: item.id, version: item.version }, { onSettled: () => setAsking(false) })}
        onCancel={() => setAsking(false)}
      >
        <p>{t(kind === "phase" ? "workingGroups.plan.edit.deletePhaseBody" : "workingGroups.plan.edit.deleteTopicBody")}</p>
      </ConfirmDialog>
    </>
  );
}
