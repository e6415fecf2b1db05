import { useTranslation } from "react-i18next";
import type { BuiltInLens, SpeakerKind, TrainingForm } from "@afdelingsplanner/shared";

// Own small lists (not the shared constants), so no rule code rides along into these chunks.
export const TRAINING_FORMS = ["conversation_evening", "social_media_series", "background_article", "office_hours", "board_guest", "branch_visit"] as const satisfies readonly TrainingForm[];
export const SPEAKER_KINDS = ["expert", "lived_experience"] as const satisfies readonly SpeakerKind[];
const BUILT_IN = ["colour", "gender", "sexuality", "disability", "class"] as const satisfies readonly BuiltInLens[];

type Complete<T extends never> = T;
export type ListsComplete = Complete<Exclude<TrainingForm, (typeof TRAINING_FORMS)[number]> | Exclude<SpeakerKind, (typeof SPEAKER_KINDS)[number]> | Exclude<BuiltInLens, (typeof BUILT_IN)[number]>>;

/** A built-in lens in the reader's language; a lens the branch added by its own name. */
export function useLensLabel(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => ((BUILT_IN as readonly string[]).includes(key) ? t(`training.lens.${key as BuiltInLens}`) : key);
}
