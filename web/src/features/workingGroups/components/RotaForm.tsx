import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type RotaView } from "@afdelingsplanner/shared/schemas";
import { useCreateRota, useUpdateRota } from "../api/rotas.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";

interface RotaFormProps {
  slug: string;
  groupId: string;
  /** The group's members, to pick who takes turns. */
  members: { personId: string; name: string }[];
  /** Absent: a new rota. */
  rota?: RotaView;
  onDone: () => void;
}

/**
 * A new rota, or changes to one. The rotation follows the order in which members are ticked (a member
 * already on the rota keeps their place), so the order is set without dragging.
 */
export function RotaForm({ slug, groupId, members, rota, onDone }: RotaFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const create = useCreateRota(slug, groupId);
  const update = useUpdateRota(slug, groupId, rota?.id ?? "");
  const save = rota ? update : create;
  const [name, setName] = useState(rota?.name ?? "");
  const [description, setDescription] = useState(rota?.description ?? "");
  const [anchorWeek, setAnchorWeek] = useState(rota?.anchorWeek ?? "");
  const [order, setOrder] = useState<string[]>(rota?.members.map((member) => member.personId) ?? []);
  const names = new Map([...members, ...(rota?.members ?? [])].map((member) => [member.personId, member.name]));
  const problem = !name.trim() ? t("workingGroups.rota.form.needName") : order.length === 0 ? t("workingGroups.rota.form.needMembers") : null;
  const [tried, setTried] = useState(false);

  function toggle(personId: string, on: boolean) {
    setOrder((current) => (on ? [...current.filter((each) => each !== personId), personId] : current.filter((each) => each !== personId)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    const fields = { name: name.trim(), description: description.trim(), memberIds: order, ...(anchorWeek ? { anchorWeek } : {}) };
    if (rota) update.mutate({ ...fields, version: rota.version }, { onSuccess: onDone });
    else create.mutate({ ...fields, workingGroupId: groupId }, { onSuccess: onDone });
  }

  return (
    <form className="form wg-goal-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="rota-form" noValidate>
      <h3 id={`${id}-title`} className="wg-goal-form__heading">{rota ? t("workingGroups.rota.form.editTitle", { name: rota.name }) : t("workingGroups.rota.form.newTitle")}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("workingGroups.rota.form.name")}</label>
        <input id={`${id}-name`} className="wg-input" required autoFocus maxLength={LIMITS.workingGroups.rotaName.maxLength} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("workingGroups.rota.form.description")}</label>
        <input id={`${id}-description`} className="wg-input" maxLength={LIMITS.workingGroups.rotaDescription.maxLength} value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-week`}>{t("workingGroups.rota.form.anchorWeek")}</label>
        <input id={`${id}-week`} className="wg-input" type="week" value={anchorWeek} onChange={(event) => setAnchorWeek(event.target.value)} aria-describedby={`${id}-week-hint`} />
        <span id={`${id}-week-hint`} className="wg-muted">
          {t("workingGroups.rota.form.anchorWeekHint")}
        </span>
      </div>
      <fieldset className="field">
        <legend>{t("workingGroups.rota.form.members")}</legend>
        {members.map((member) => {
          const place = order.indexOf(member.personId);
          return (
            <label key={member.personId} className="wg-check">
              <input type="checkbox" checked={place >= 0} onChange={(event) => toggle(member.personId, event.target.checked)} /> {member.name}
              {place >= 0 && <span className="wg-muted"> ({t("workingGroups.rota.form.place", { place: place + 1 })})</span>}
            </label>
          );
        })}
        <p className="wg-muted" data-testid="rota-order">
          {order.length > 0 ? t("workingGroups.rota.form.order", { names: order.map((personId) => names.get(personId) ?? "?").join(", ") }) : t("workingGroups.rota.form.orderHint")}
        </p>
      </fieldset>
      {tried && problem && (
        <p className="wg-error" role="alert">
          {problem}
        </p>
      )}
      {save.isError && (
        <p className="wg-error" role="alert">
          {errorText(save.error)} <ReloadOnConflict error={save.error} />
        </p>
      )}
      <div className="wg-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {rota ? t("workingGroups.rota.form.save") : t("workingGroups.rota.form.create")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("workingGroups.cancel")}
        </button>
      </div>
    </form>
  );
}
