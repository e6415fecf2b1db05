import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useTraining } from "../api/training.ts";
import { SessionForm } from "../components/SessionForm.tsx";
import { TopicCard } from "../components/TopicCard.tsx";
import { LensForm, OwnLenses } from "../components/Lenses.tsx";
import { TopicForm } from "../components/TopicForm.tsx";
import { useLensLabel } from "../lib/labels.ts";
import "../training.css";

/** Scholing: the plan's chapter 3. Every member reads; board members and a group's chair add sessions. */
export function TrainingPage() {
  const { t } = useTranslation();
  const branch = useCurrentBranch();
  usePageTitle(t("training.title"));
  const training = useTraining(branch.slug);
  const lensLabel = useLensLabel();
  const [open, setOpen] = useState<"session" | "topic" | null>(null);

  if (training.isPending) return <Loading />;
  if (training.isError) return <ErrorState error={training.error} onRetry={() => void training.refetch()} />;
  const data = training.data;
  const mayOrganise = data.organiserGroupIds.length > 0 && data.topics.length > 0;

  return (
    <>
      <h1>{t("training.title")}</h1>
      <p className="lead">{t("training.intro")}</p>
      <p>
        {t("training.lenses")}: {data.lenses.map((lens) => lensLabel(lens.key)).join(", ")}
      </p>
      <div className="training-actions">
        {mayOrganise && open !== "session" && (
          <button type="button" className="button" onClick={() => setOpen("session")}>
            {t("training.newSession")}
          </button>
        )}
        {data.canManage && open !== "topic" && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("topic")}>
            {t("training.newTopic")}
          </button>
        )}
      </div>
      {open === "session" && <SessionForm slug={branch.slug} data={data} onDone={() => setOpen(null)} />}
      {open === "topic" && <TopicForm slug={branch.slug} data={data} onDone={() => setOpen(null)} />}
      {data.canManage && (
        <>
          <LensForm slug={branch.slug} />
          <OwnLenses slug={branch.slug} lenses={data.lenses} />
        </>
      )}

      {data.topics.length === 0 ? (
        <EmptyState>{t("training.empty")}</EmptyState>
      ) : (
        data.topics.map((topic) => <TopicCard key={topic.id} slug={branch.slug} topic={topic} data={data} />)
      )}
    </>
  );
}
