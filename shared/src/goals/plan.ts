/** A phase (fase) of the branch's long-term plan, both dates inclusive. */
export interface PhaseDates {
  startDate: string;
  endDate: string;
}

export type PhaseState = "past" | "current" | "future";

/** Phases may overlap (the plan's phase 2 runs 2024–2025 and phase 3 2025–2026), so several can be current. */
export function phaseState(phase: PhaseDates, today: string): PhaseState {
  if (today < phase.startDate) return "future";
  return today > phase.endDate ? "past" : "current";
}
