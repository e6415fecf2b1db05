import type { ActivityType } from "../goals/types.ts";

/**
 * How the branch trains itself (scholing, chapter 3 of the plan): gespreksavond, social-mediaserie,
 * achtergrondartikel, spreekuur in een wijk, gast bij een bestuursvergadering, bezoek aan of van een andere afdeling.
 */
export const TRAINING_FORMS = ["conversation_evening", "social_media_series", "background_article", "office_hours", "board_guest", "branch_visit"] as const;
export type TrainingForm = (typeof TRAINING_FORMS)[number];

/** expert, or ervaringsdeskundige: the plan wants both to speak. */
export const SPEAKER_KINDS = ["expert", "lived_experience"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** The intersectional lenses every branch has (kleur, gender, seksualiteit, beperking, klasse); a branch adds its own by name. */
export const BUILT_IN_LENSES = ["colour", "gender", "sexuality", "disability", "class"] as const;
export type BuiltInLens = (typeof BUILT_IN_LENSES)[number];

/**
 * The activity a session counts as for its organising group's goals: a goal such as "4 gespreksavonden per
 * jaar" counts conversation_evening activities, and every session makes one.
 */
export const ACTIVITY_TYPE_OF_FORM: Readonly<Record<TrainingForm, ActivityType>> = {
  conversation_evening: "conversation_evening",
  social_media_series: "social_posts",
  background_article: "article",
  office_hours: "office_hours",
  board_guest: "other",
  branch_visit: "other",
};

/**
 * Whom a dated session's calendar entry is for: evenings and office hours are open to every member (as a
 * theme evening is), the rest is the organising group's own work.
 */
export const MEETING_KIND_OF_FORM: Readonly<Record<TrainingForm, "theme" | "other">> = {
  conversation_evening: "theme",
  social_media_series: "other",
  background_article: "other",
  office_hours: "theme",
  board_guest: "other",
  branch_visit: "theme",
};
