import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { DutyWeekView, RotaView } from "@afdelingsplanner/shared/schemas";
import { useEndRota, useSwapRotaWeeks } from "../api/rotas.ts";
import { weekNumberOfKey } from "../lib/dates.ts";
import { useErrorText } from "../lib/useErrorText.ts";
import { useFormat } from "../lib/useFormat.ts";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ReloadOnConflict } from "../../../components/ReloadOnConflict.tsx";
import { RotaForm } from "./RotaForm.tsx";

interface RotaCardProps {
  slug: string;
  groupId: string;
  rota: RotaView;
  manage: boolean;
  personId: string | null;
  /** The group's members, for the chair's edit form. */
  members: { personId: string; name: string }[];
}

/** Who is on duty this week and the coming weeks; a chair swaps any two, a member swaps a week of their own. */
export function RotaCard({ slug, groupId, rota, manage, personId, members }: RotaCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const swap = useSwapRotaWeeks(slug, groupId, rota.id);
  const [first, setFirst] = useState("");
  const [second, setSecond] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const end = useEndRota(slug, groupId, rota.id);
  const mayPick = (week: DutyWeekView) => manage || (personId !== null && week.personId === personId);
  // An ended rota is kept to read: who was on duty in its last weeks; nothing changes any more.
  const mayAnything = !rota.ended && (manage || rota.members.some((member) => member.personId === personId));
  const weekLabel = (week: DutyWeekView) => t("workingGroups.rota.weekOption", { week: weekNumberOfKey(week.week), name: week.name ?? t("workingGroups.rota.nobody") });
  const weekA = rota.weeks.find((week) => week.week === first);
  const weekB = rota.weeks.find((week) => week.week === second);
  const valid = weekA !== undefined && weekB !== undefined && weekA.week !== weekB.week && (mayPick(weekA) || mayPick(weekB));

  function ask(event: FormEvent) {
    event.preventDefault();
    if (valid) setConfirming(true);
  }

  function confirm() {
    swap.mutate(
      { weeks: [first, second], version: rota.version },
      {
        onSuccess: () => {
          setDone(true);
          setFirst("");
          setSecond("");
        },
        onSettled: () => setConfirming(false),
      },
    );
  }

  return (
    <article className="card wg-rota" data-testid="rota" data-ended={rota.ended}>
      <h3>{rota.name}</h3>
      {rota.description && <p className="wg-muted">{rota.description}</p>}
      {rota.lastWeek && (
        <p className="wg-muted" data-testid="rota-end">
          <span className="wg-tag">{rota.ended ? t("workingGroups.rota.ended") : t("workingGroups.rota.ending")}</span> {t("workingGroups.rota.lastWeek", { week: weekNumberOfKey(rota.lastWeek), year: rota.lastWeek.slice(0, 4) })}
        </p>
      )}
      <ol className="wg-rota__weeks">
        {rota.weeks.map((week, index) => (
          <li key={week.week} className={index === 0 && !rota.ended ? "wg-rota__now" : undefined}>
            <span>
              {t("workingGroups.rota.week", { week: weekNumberOfKey(week.week) })}
              {index === 0 && !rota.ended && <span className="wg-tag">{t("workingGroups.rota.thisWeek")}</span>}
              <span className="wg-muted wg-rota__dates"> {t("workingGroups.rota.range", { from: format.shortDate(week.monday), to: format.shortDate(week.sunday) })}</span>
            </span>
            <span>
              <strong>{week.name ?? t("workingGroups.rota.nobody")}</strong>
              {week.swapped && <span className="wg-muted"> ({t("workingGroups.rota.swapped")})</span>}
            </span>
          </li>
        ))}
      </ol>
      {mayAnything && rota.weeks.length > 1 && (
        <form className="wg-rota__swap" onSubmit={ask}>
          <div className="field">
            <label htmlFor={`${rota.id}-a`}>{t("workingGroups.rota.swapWeek")}</label>
            <select id={`${rota.id}-a`} className="wg-input" value={first} onChange={(event) => setFirst(event.target.value)}>
              <option value="">{t("workingGroups.rota.pick")}</option>
              {rota.weeks.filter(mayPick).map((week) => (
                <option key={week.week} value={week.week}>
                  {weekLabel(week)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${rota.id}-b`}>{t("workingGroups.rota.withWeek")}</label>
            <select id={`${rota.id}-b`} className="wg-input" value={second} onChange={(event) => setSecond(event.target.value)}>
              <option value="">{t("workingGroups.rota.pick")}</option>
              {rota.weeks.filter((week) => week.week !== first).map((week) => (
                <option key={week.week} value={week.week}>
                  {weekLabel(week)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary" disabled={!valid}>
            {t("workingGroups.rota.swap")}
          </button>
        </form>
      )}
      <div role="status">{done && !swap.isPending && <p className="notice">{t("workingGroups.rota.swappedDone")}</p>}</div>
      {swap.isError && (
        <p className="wg-error" role="alert">
          {errorText(swap.error)}
        </p>
      )}
      {manage && !rota.ended && !editing && (
        <div className="wg-actions">
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t("workingGroups.rota.edit")}
            <span className="visually-hidden">: {rota.name}</span>
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEnding(true)}>
            {t("workingGroups.rota.end")}
            <span className="visually-hidden">: {rota.name}</span>
          </button>
        </div>
      )}
      {editing && <RotaForm slug={slug} groupId={groupId} members={members} rota={rota} onDone={() => setEditing(false)} />}
      {end.isError && (
        <p className="wg-error" role="alert">
          {errorText(end.error)} <ReloadOnConflict error={end.error} />
        </p>
      )}
      <ConfirmDialog
        open={ending}
        title={t("workingGroups.rota.endTitle", { name: rota.name })}
        confirmLabel={t("workingGroups.rota.endConfirm")}
        cancelLabel={t("workingGroups.rota.endKeep")}
        busy={end.isPending}
        onConfirm={() => end.mutate({ version: rota.version }, { onSettled: () => setEnding(false) })}
        onCancel={() => setEnding(false)}
      >
        <p>{t("workingGroups.rota.endBody", { name: rota.name })}</p>
      </ConfirmDialog>
      {weekA && weekB && (
        <ConfirmDialog tone="normal"
          open={confirming}
          title={t("workingGroups.rota.confirmTitle")}
          confirmLabel={t("workingGroups.rota.confirm")}
          cancelLabel={t("workingGroups.cancel")}
          busy={swap.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t("workingGroups.rota.confirmBody", {
              a: weekNumberOfKey(weekA.week),
              nameA: weekA.name ?? t("workingGroups.rota.nobody"),
              b: weekNumberOfKey(weekB.week),
              nameB: weekB.name ?? t("workingGroups.rota.nobody"),
            })}
          </p>
        </ConfirmDialog>
      )}
    </article>
  );
}
