/** A one-line confirmation handed to the agenda page through navigation state ("Reeks aangemaakt"). */
export interface AgendaFlash {
  flash: { kind: "created" | "saved" | "deleted"; title: string };
}

export function flashOf(state: unknown): AgendaFlash["flash"] | null {
  if (typeof state !== "object" || state === null || !("flash" in state)) return null;
  const { flash } = state;
  if (typeof flash !== "object" || flash === null || !("kind" in flash) || !("title" in flash)) return null;
  const { kind, title } = flash;
  if ((kind !== "created" && kind !== "saved" && kind !== "deleted") || typeof title !== "string") return null;
  return { kind, title };
}
