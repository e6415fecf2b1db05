import type { RosterEntry, RosterResponse, StaggeringProposalView } from "@afdelingsplanner/shared/schemas";
import { DepartureDialog } from "./DepartureDialog.tsx";
import { InterimDialog } from "./InterimDialog.tsx";
import { PolicyDialog } from "./PolicyDialog.tsx";
import { ReappointDialog } from "./ReappointDialog.tsx";
import { StaggeringDialog } from "./StaggeringDialog.tsx";
import { StandingAgainDialog } from "./StandingAgainDialog.tsx";

export type SeatAction = "reappoint" | "departure" | "standingAgain" | "interim";

/** Which confirmation is open; at most one at a time. */
export type DialogRequest = { kind: SeatAction; entry: RosterEntry } | { kind: "policy" } | { kind: "staggering"; proposal: StaggeringProposalView };

interface RosterDialogProps {
  slug: string;
  request: DialogRequest;
  /** The roster of today: actions always change today's roster. */
  roster: RosterResponse;
  onClose: () => void;
}

export function RosterDialog({ slug, request, roster, onClose }: RosterDialogProps) {
  const today = roster.asOf;
  switch (request.kind) {
    case "reappoint":
      return <ReappointDialog slug={slug} entry={request.entry} policy={roster.policy} today={today} onClose={onClose} />;
    case "departure":
      return <DepartureDialog slug={slug} entry={request.entry} today={today} onClose={onClose} />;
    case "standingAgain":
      return <StandingAgainDialog slug={slug} entry={request.entry} onClose={onClose} />;
    case "interim":
      return <InterimDialog slug={slug} seat={request.entry} entries={roster.entries} today={today} onClose={onClose} />;
    case "policy":
      return <PolicyDialog slug={slug} policy={roster.policy} onClose={onClose} />;
    case "staggering":
      return <StaggeringDialog slug={slug} proposal={request.proposal} onClose={onClose} />;
  }
}
