import "i18next";
import type { nl } from "./resources.ts";

// Type-checks every t("…") key against the Dutch source of truth.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof nl };
  }
}
