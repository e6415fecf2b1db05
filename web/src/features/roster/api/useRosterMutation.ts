import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateRoster } from "./keys.ts";

/** Every roster action refreshes the same views once it succeeds; the per-endpoint files only say what to send. */
export function useRosterMutation<TVariables, TResult>(slug: string, send: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => invalidateRoster(queryClient, slug),
  });
}
