import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useDecideJoinRequest, useJoinRequests } from "../api/joinRequests.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";

/** Aanmeldingen: the group's chair or convener (or the secretary, a board member) says yes or no. */
export function JoinRequestList({ slug, group }: { slug: string; group: ManagedWorkingGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormat();
  const errorText = useErrorText();
  const requests = useJoinRequests(slug, group.id, true);
  const decide = useDecideJoinRequest(slug, group.id);
  const [notice, setNotice] = useState("");

  let content;
  if (requests.isPending) content = <Loading />;
  else if (requests.isError) content = <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  else if (requests.data.length === 0) content = <p className="wg-muted">{t("workingGroups.manage.requests.empty")}</p>;
  else
    content = (
      <ul className="wg-manage__list" data-testid="join-requests">
        {requests.data.map((request) => (
          <li key={request.id}>
            <p>
              <span className="wg-manage__name">{request.name}</span> <span className="wg-muted">{t("workingGroups.manage.requests.asked", { date: format.date(request.createdAt) })}</span>
            </p>
            {request.message && <blockquote className="wg-manage__message">{request.message}</blockquote>}
            <div className="wg-manage__buttons">
              <button
                type="button"
                className="button"
                aria-label={t("workingGroups.manage.requests.yesLabel", { name: request.name })}
                disabled={decide.isPending}
                onClick={() => decide.mutate({ requestId: request.id, decision: "accept" }, { onSuccess: () => setNotice(t("workingGroups.manage.requests.accepted", { name: request.name })) })}
              >
                {t("workingGroups.manage.requests.yes")}
              </button>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t("workingGroups.manage.requests.noLabel", { name: request.name })}
                disabled={decide.isPending}
                onClick={() => decide.mutate({ requestId: request.id, decision: "decline" }, { onSuccess: () => setNotice(t("workingGroups.manage.requests.declined", { name: request.name })) })}
              >
                {t("workingGroups.manage.requests.no")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="card wg-manage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("workingGroups.manage.requests.heading")}</h2>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {content}
      <p className="form__error" role="alert">
        {decide.error ? errorText(decide.error) : ""}
      </p>
    </section>
  );
}
