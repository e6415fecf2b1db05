import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { calendarDays } from "@afdelingsplanner/shared";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";
import { useBoard } from "../../board/index.ts";
import { useCurrentBranch } from "../../branches/index.ts";
import { useRoster } from "../api/getRoster.ts";
import { useStaggeringProposal } from "../api/getStaggering.ts";
import { AbolishedSeats } from "../components/AbolishedSeats.tsx";
import { AsOfPicker } from "../components/AsOfPicker.tsx";
import { NextRetirements } from "../components/NextRetirements.tsx";
import { PolicyCard } from "../components/PolicyCard.tsx";
import { RosterHistory } from "../components/RosterHistory.tsx";
import { RosterTable } from "../components/RosterTable.tsx";
import { RosterTools } from "../components/RosterTools.tsx";
import { RosterWarnings } from "../components/RosterWarnings.tsx";
import { SeatList } from "../components/SeatList.tsx";
import { StaggeringProposal } from "../components/StaggeringProposal.tsx";
import { TermTimeline } from "../components/TermTimeline.tsx";
import { RosterDialog, type DialogRequest } from "../dialogs/RosterDialog.tsx";
import { useFormatDate } from "../useFormatDate.ts";
import "../roster.css";

// The roster's date lives in the address (?peildatum=2024-06-15), so a view of another day can be shared.
const AS_OF_PARAM = "peildatum";

/** Rooster van aftreden: the table with warnings on top, the proposal, the policy, a timeline and the history. */
export function RosterPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const branch = useCurrentBranch();
  usePageTitle(t("roster.title"));
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(AS_OF_PARAM);
  const asOf = requested !== null && calendarDays.isCalendarDate(requested) ? requested : null;
  const roster = useRoster(branch.slug, asOf);
  const today = useRoster(branch.slug, null);
  const board = useBoard(branch.slug);
  const proposal = useStaggeringProposal(branch.slug);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);

  // replace: every keystroke in the date field is a new day, and Back should leave the page, not replay them.
  const setAsOf = (next: string | null) =>
    setSearchParams(
      (params) => {
        if (next === null || next === today.data?.asOf) params.delete(AS_OF_PARAM);
        else params.set(AS_OF_PARAM, next);
        return params;
      },
      { replace: true },
    );

  const header = (
    <>
      <h1>{t("roster.title")}</h1>
      <p className="lead">{t("roster.intro")}</p>
    </>
  );
  if (roster.isPending) return <div className="roster-page">{header}<Loading /></div>;
  if (roster.isError) return <div className="roster-page">{header}<ErrorState error={roster.error} onRetry={() => void roster.refetch()} /></div>;

  const shown = roster.data;
  const isToday = today.data !== undefined && shown.asOf === today.data.asOf;
  // Actions always change today's roster, so they are offered only while today is on screen.
  const canEdit = branch.roles.includes("board_member") && isToday && !roster.isPlaceholderData;

  return (
    <div className="roster-page">
      {header}
      <div className="roster-toolbar">
        <AsOfPicker value={shown.asOf} isToday={isToday} onChange={setAsOf} />
        <RosterTools slug={branch.slug} asOf={shown.asOf} />
      </div>
      {!isToday && <p className="notice no-print">{t("roster.asOf.viewingOtherDay", { date: formatDate(shown.asOf) })}</p>}

      {shown.entries.length === 0 ? (
        <EmptyState>{t("roster.empty")}</EmptyState>
      ) : (
        <>
          <RosterWarnings warnings={shown.warnings} />
          <RosterTable roster={shown} onAction={canEdit ? (kind, entry) => setDialog({ kind, entry }) : undefined} />
          <div className="roster-columns">
            <NextRetirements roster={shown} />
            <PolicyCard policy={shown.policy} onChange={canEdit ? () => setDialog({ kind: "policy" }) : undefined} />
          </div>
          {isToday && proposal.data && (
            <StaggeringProposal
              proposal={proposal.data}
              today={shown.asOf}
              onApply={canEdit ? () => proposal.data && setDialog({ kind: "staggering", proposal: proposal.data }) : undefined}
            />
          )}
        </>
      )}

      {board.isPending && <Loading />}
      {board.isError && <ErrorState error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && canEdit && <SeatList slug={branch.slug} seats={board.data.seats} />}
      {board.data && <TermTimeline seats={board.data.seats} asOf={shown.asOf} />}
      {board.data && <AbolishedSeats seats={board.data.abolishedSeats} />}
      <RosterHistory slug={branch.slug} timeZone={branch.timeZone} />

      {dialog && <RosterDialog slug={branch.slug} request={dialog} roster={shown} onClose={() => setDialog(null)} />}
    </div>
  );
}
