import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PasswordCheckBody, PasswordCheckResponse } from "@afdelingsplanner/shared/schemas";
import { apiFetch } from "../../../lib/api.ts";

export function checkPassword(body: PasswordCheckBody, signal?: AbortSignal): Promise<PasswordCheckResponse> {
  return apiFetch<PasswordCheckResponse>("/api/auth/password-check", { method: "POST", body, signal });
}

/** `value`, once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The server's verdict on a new password while it is typed (asked 400 ms after the last keystroke), with
 * feedback in the page's language. Not kept after use: the password is part of the query.
 */
export function usePasswordCheck(password: string, about: { name?: string; email?: string } = {}) {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith("en") ? "en" : "nl";
  const settled = useSettled(password, 400);
  const query = useQuery({
    queryKey: ["password-check", settled, about.name ?? "", about.email ?? "", locale],
    queryFn: ({ signal }) => checkPassword({ password: settled, name: about.name, email: about.email, locale }, signal),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  // While typing, the last verdict is for another password: say nothing rather than something stale.
  return { ...query, current: password.length > 0 && settled === password && query.data !== undefined && !query.isPlaceholderData ? query.data : undefined };
}
