import { Type, type Static } from "@sinclair/typebox";
import { LIMITS } from "./limits.ts";

/** Every error the API returns has this shape; `message` tells a person what to fix. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: "Stable machine-readable code, e.g. VALIDATION_FAILED" }),
      message: Type.String({ description: "What went wrong and what to do about it" }),
    }),
  },
  { $id: "ErrorBody" },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const BranchSlugParams = Type.Object({
  slug: Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: LIMITS.common.slug.maxLength, description: "Branch slug, e.g. den-haag" }),
});
export type BranchSlugParams = Static<typeof BranchSlugParams>;

/** A calendar day as YYYY-MM-DD. */
export const IsoDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", examples: ["2026-11-22"] });

/** An id as the database makes them (a UUID), for values that arrive outside a route schema (a token's subject, a public form). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
