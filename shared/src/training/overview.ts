import { addMonths } from "../board/dates.ts";
import { BUILT_IN_LENSES, type SpeakerKind } from "./types.ts";

export interface SessionFacts {
  /** The local day "YYYY-MM-DD", or null while the session has no date yet. */
  date: string | null;
  lenses: readonly string[];
  speakers: readonly { kind: SpeakerKind }[];
}

/** experts only, ervaringsdeskundigen only, both, or nobody yet. */
export type SpeakerBalance = "both" | "experts_only" | "lived_experience_only" | "no_speakers";

export interface TopicOverview {
  /** Sessions on or before today. */
  done: number;
  /** Sessions after today, and those without a date. */
  planned: number;
  experts: number;
  livedExperience: number;
  balance: SpeakerBalance;
  /** The branch's lenses (built-in keys and own names) that no session held so far covered, in the branch's order. */
  uncoveredLenses: string[];
}

/** The lenses a branch works with: the five every branch has, then its own in the order given. */
export function branchLenses(ownLenses: readonly string[]): string[] {
  return [...BUILT_IN_LENSES, ...ownLenses.filter((name) => !(BUILT_IN_LENSES as readonly string[]).includes(name))];
}

export function isDone(session: Pick<SessionFacts, "date">, today: string): boolean {
  return session.date !== null && session.date <= today;
}

function balanceOf(experts: number, livedExperience: number): SpeakerBalance {
  if (experts > 0 && livedExperience > 0) return "both";
  if (experts > 0) return "experts_only";
  if (livedExperience > 0) return "lived_experience_only";
  return "no_speakers";
}

/**
 * One topic's training at a glance: what was done and what is planned (by `today`, the branch's local day),
 * the balance of experts and ervaringsdeskundigen over all its sessions, and the lenses that no session that
 * took place has covered (a planned session has not covered anything yet).
 */
export function topicOverview(sessions: readonly SessionFacts[], lenses: readonly string[], today: string): TopicOverview {
  const done = sessions.filter((session) => isDone(session, today));
  const covered = new Set(done.flatMap((session) => session.lenses));
  const speakers = sessions.flatMap((session) => session.speakers);
  const experts = speakers.filter((speaker) => speaker.kind === "expert").length;
  const livedExperience = speakers.length - experts;
  return {
    done: done.length,
    planned: sessions.length - done.length,
    experts,
    livedExperience,
    balance: balanceOf(experts, livedExperience),
    uncoveredLenses: lenses.filter((lens) => !covered.has(lens)),
  };
}

export interface NeighbourhoodVisit {
  neighbourhoodId: string;
  date: string;
}

export interface NeighbourhoodStatus {
  /** The latest visit on or before today, or null. */
  lastVisit: string | null;
  /** The first visit after today, or null. */
  nextPlanned: string | null;
  /** Nothing in the six months up to today: the wijk needs a visit. */
  quiet: boolean;
}

/** How many months without a visit make a wijk quiet. */
export const QUIET_AFTER_MONTHS = 6;

/**
 * Per wijk: when we were last there and what is planned, from the dated sessions and activities that name
 * it. A wijk is quiet when nothing happened there in the six months up to and including `today`.
 */
export function neighbourhoodStatus(neighbourhoodId: string, visits: readonly NeighbourhoodVisit[], today: string): NeighbourhoodStatus {
  let lastVisit: string | null = null;
  let nextPlanned: string | null = null;
  for (const visit of visits) {
    if (visit.neighbourhoodId !== neighbourhoodId) continue;
    if (visit.date <= today) {
      if (lastVisit === null || visit.date > lastVisit) lastVisit = visit.date;
    } else if (nextPlanned === null || visit.date < nextPlanned) nextPlanned = visit.date;
  }
  const since = addMonths(today, -QUIET_AFTER_MONTHS);
  return { lastVisit, nextPlanned, quiet: lastVisit === null || lastVisit < since };
}
