import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvitationLetter as Letter, InvitationView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { useInvitationAction } from "../api/invitations.ts";
import { InvitationLetter } from "./InvitationLetter.tsx";

/** Invitations with their state, and resend/withdraw for the open ones (secretary). */
export function InvitationsTable({ slug, branchName, invitations, timeZone }: { slug: string; branchName: string; invitations: InvitationView[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const action = useInvitationAction(slug);
  const [revoking, setRevoking] = useState<InvitationView | null>(null);
  const [notice, setNotice] = useState("");
  const [letter, setLetter] = useState<{ letter: Letter; name: string } | null>(null);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone });

  if (invitations.length === 0) return <p>{t("people.invitations.empty")}</p>;

  function resend(invitation: InvitationView) {
    action.mutate(
      { id: invitation.id, action: "resend" },
      {
        onSuccess: (answer) => {
          setNotice(t("people.invitations.resent"));
          setLetter(answer.letter ? { letter: answer.letter, name: invitation.personName } : null);
        },
      },
    );
  }

  return (
    <>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {action.error && (
        <p className="form__error" role="alert">
          {describe(action.error)}
        </p>
      )}
      {letter && <InvitationLetter letter={letter.letter} name={letter.name} branch={branchName} />}
      <div className="table-scroll">
        <table className="people-table" data-testid="invitations-table">
          <thead>
            <tr>
              <th scope="col">{t("people.invitations.person")}</th>
              <th scope="col">{t("people.invitations.how")}</th>
              <th scope="col">{t("people.invitations.state")}</th>
              <th scope="col">{t("people.invitations.expires")}</th>
              <th scope="col">{t("people.invitations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.personName}</td>
                <td>{invitation.email ?? t(`people.invitations.kinds.${invitation.kind}`)}</td>
                <td data-testid="invitation-state">{t(`people.invitations.states.${invitation.state}`)}</td>
                <td>{format.format(new Date(invitation.expiresAt))}</td>
                <td className="people-actions">
                  {invitation.state !== "accepted" && (
                    <button type="button" className="button button--secondary" disabled={action.isPending} onClick={() => resend(invitation)}>
                      {t("people.invitations.resend")}
                    </button>
                  )}
                  {(invitation.state === "sent" || invitation.state === "expired") && (
                    <button type="button" className="button button--secondary" disabled={action.isPending} onClick={() => setRevoking(invitation)}>
                      {t("people.invitations.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title={t("people.invitations.confirmRevokeTitle")}
        confirmLabel={t("people.invitations.revoke")}
        cancelLabel={t("people.invitations.cancel")}
        busy={action.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          action.mutate({ id: revoking.id, action: "revoke" }, { onSuccess: () => setNotice(t("people.invitations.revoked")), onSettled: () => setRevoking(null) });
        }}
      >
        {t("people.invitations.confirmRevoke", { name: revoking?.personName ?? "" })}
      </ConfirmDialog>
    </>
  );
}
