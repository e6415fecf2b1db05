import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardSeatView } from "@afdelingsplanner/shared/schemas";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useAbolishSeat } from "../api/seats.ts";
import { SeatDialog } from "../dialogs/SeatDialog.tsx";
import { useRosterErrorText } from "../useRosterErrorText.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

type Editing = { kind: "add" } | { kind: "edit"; seat: BoardSeatView } | { kind: "abolish"; seat: BoardSeatView };

/**
 * Bestuurszetels: the board adds a seat, changes its function or portfolio, or abolishes it (opheffen).
 * Shown only to board members looking at today's roster, as the other roster actions are.
 */
export function SeatList({ slug, seats }: { slug: string; seats: BoardSeatView[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorText = useRosterErrorText();
  const abolish = useAbolishSeat(slug);
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => {
    abolish.reset();
    setEditing(null);
  };

  return (
    <section className="roster-section no-print" aria-labelledby={headingId} data-testid="seat-list">
      <h2 id={headingId}>{t("roster.seats.title")}</h2>
      <p>{t("roster.seats.intro")}</p>
      {seats.length > 0 && (
        <ScrollRegion label={t("roster.seats.caption")}>
          <table className="data-table">
            <caption>{t("roster.seats.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("roster.table.function")}</th>
                <th scope="col">{t("roster.table.portfolio")}</th>
                <th scope="col">{t("roster.table.name")}</th>
                <th scope="col">{t("roster.table.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {seats.map((seat) => (
                <tr key={seat.seatId} data-testid="seat-row">
                  <th scope="row">{seat.function}</th>
                  <td>{seat.portfolio || "—"}</td>
                  <td>{seat.holder?.name ?? <em>{t("roster.table.vacant")}</em>}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button button--small button--secondary" onClick={() => setEditing({ kind: "edit", seat })}>
                        {t("roster.seats.edit")}
                        <span className="visually-hidden"> {seat.function}</span>
                      </button>
                      <button type="button" className="button button--small button--secondary" onClick={() => setEditing({ kind: "abolish", seat })}>
                        {t("roster.seats.abolish")}
                        <span className="visually-hidden"> {seat.function}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <button type="button" className="button" onClick={() => setEditing({ kind: "add" })}>
        {t("roster.seats.add")}
      </button>

      {editing?.kind === "add" && <SeatDialog slug={slug} onClose={close} />}
      {editing?.kind === "edit" && <SeatDialog slug={slug} seat={editing.seat} onClose={close} />}
      {editing?.kind === "abolish" && (
        <ConfirmDialog
          open
          title={t("roster.seats.abolishTitle", { function: editing.seat.function })}
          confirmLabel={t("roster.seats.abolish")}
          cancelLabel={t("roster.dialog.cancel")}
          busy={abolish.isPending}
          onCancel={close}
          onConfirm={() => abolish.mutate({ seatId: editing.seat.seatId, body: {} }, { onSuccess: close })}
        >
          <p>{editing.seat.holder ? t("roster.seats.abolishBodyHeld", { name: editing.seat.holder.name }) : t("roster.seats.abolishBody")}</p>
          <p>{t("roster.seats.historyKept")}</p>
          {abolish.error && (
            <p className="notice notice--error" role="alert">
              {errorText(abolish.error)}
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
