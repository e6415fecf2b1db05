import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { WorkingGroupRole } from "@afdelingsplanner/shared";
import type { ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useActivePeople, useAddMember, useRemoveMember, useSetMemberRole } from "../api/groupMembers.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { GROUP_ROLES } from "../lib/types.ts";

type Member = ManagedWorkingGroup["members"][number];

/**
 * Who is in the group and what they do. The secretary and board members name every role; the group's
 * chair or convener adds and removes plain members.
 */
export function MembersEditor({ slug, group }: { slug: string; group: ManagedWorkingGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const setRole = useSetMemberRole(slug, group.id);
  const remove = useRemoveMember(slug, group.id);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [notice, setNotice] = useState("");
  const error = setRole.error ?? remove.error;

  return (
    <section className="card wg-manage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("workingGroups.manage.members.heading")}</h2>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {group.members.length === 0 ? (
        <p className="wg-muted">{t("workingGroups.manage.members.empty")}</p>
      ) : (
        <table className="wg-manage__table" data-testid="group-members">
          <thead>
            <tr>
              <th scope="col">{t("workingGroups.manage.members.name")}</th>
              <th scope="col">{t("workingGroups.manage.members.role")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("workingGroups.manage.members.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((member) => (
              <tr key={member.personId}>
                <th scope="row">{member.name}</th>
                <td>
                  {group.you.setRoles ? (
                    <select
                      className="wg-input"
                      aria-label={t("workingGroups.manage.members.roleOf", { name: member.name })}
                      value={member.role}
                      disabled={setRole.isPending}
                      onChange={(event) =>
                        setRole.mutate(
                          { personId: member.personId, role: event.target.value as WorkingGroupRole },
                          { onSuccess: () => setNotice(t("workingGroups.manage.members.roleSaved", { name: member.name })) },
                        )
                      }
                    >
                      {GROUP_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.workingGroup.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`roles.workingGroup.${member.role}`)
                  )}
                </td>
                <td>
                  {(group.you.setRoles || member.role === "member") && (
                    <button type="button" className="button button--secondary" aria-label={t("workingGroups.manage.members.removeLabel", { name: member.name })} onClick={() => setRemoving(member)}>
                      {t("workingGroups.manage.members.remove")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="form__error" role="alert">
        {error ? errorText(error) : ""}
      </p>
      <AddMemberForm slug={slug} group={group} onAdded={(name) => setNotice(t("workingGroups.manage.members.added", { name }))} />
      <ConfirmDialog
        open={removing !== null}
        title={t("workingGroups.manage.members.removeTitle", { name: removing?.name ?? "", group: group.name })}
        confirmLabel={t("workingGroups.manage.members.removeConfirm")}
        cancelLabel={t("workingGroups.cancel")}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.name;
          remove.mutate(removing.personId, { onSettled: () => setRemoving(null), onSuccess: () => setNotice(t("workingGroups.manage.members.removed", { name })) });
        }}
      >
        {t("workingGroups.manage.members.removeBody", { name: removing?.name ?? "" })}
      </ConfirmDialog>
    </section>
  );
}

function AddMemberForm({ slug, group, onAdded }: { slug: string; group: ManagedWorkingGroup; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const people = useActivePeople(slug, true);
  const add = useAddMember(slug, group.id);
  const [personId, setPersonId] = useState("");
  const [role, setRole] = useState<WorkingGroupRole>("member");
  const inGroup = new Set(group.members.map((member) => member.personId));
  const candidates = (people.data ?? []).filter((person) => !inGroup.has(person.id));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = candidates.find((person) => person.id === personId)?.name ?? "";
    add.mutate(
      { personId, role },
      {
        onSuccess: () => {
          setPersonId("");
          setRole("member");
          onAdded(name);
        },
      },
    );
  }

  return (
    <form className="form wg-manage__add" onSubmit={handleSubmit} aria-labelledby={`${id}-title`} aria-busy={add.isPending}>
      <h3 id={`${id}-title`}>{t("workingGroups.manage.members.add")}</h3>
      {people.isSuccess && candidates.length === 0 ? (
        <p className="wg-muted">{t("workingGroups.manage.members.noCandidates")}</p>
      ) : (
        <>
          <div className="wg-inline-fields">
            <div className="field">
              <label htmlFor={`${id}-person`}>{t("workingGroups.manage.members.person")}</label>
              <select id={`${id}-person`} className="wg-input" required value={personId} onChange={(event) => setPersonId(event.target.value)}>
                <option value="">{t("workingGroups.manage.members.choose")}</option>
                {candidates.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
            {group.you.setRoles && (
              <div className="field">
                <label htmlFor={`${id}-role`}>{t("workingGroups.manage.members.role")}</label>
                <select id={`${id}-role`} className="wg-input" value={role} onChange={(event) => setRole(event.target.value as WorkingGroupRole)}>
                  {GROUP_ROLES.map((each) => (
                    <option key={each} value={each}>
                      {t(`roles.workingGroup.${each}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <p className="form__error" role="alert">
            {add.error ? errorText(add.error) : people.error ? errorText(people.error) : ""}
          </p>
          <div>
            <button type="submit" className="button" disabled={add.isPending}>
              {t("workingGroups.manage.members.addSubmit")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
