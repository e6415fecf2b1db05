import type { FastifyInstance } from "fastify";
import { bearer, type Session } from "../support/app.ts";

export type Item = { id: string; title: string; status: string; position: number; postponedCount: number; oftenPostponed: boolean; origin: string; version: number; date: string; seriesId: string; proposedBy: string | null };
export type Agenda = {
  meeting: { seriesId: string; date: string; durationMinutes: number; closedAt: string | null; preparer: { id: string; name: string } | null; status: string };
  permissions: { editAgenda: boolean; propose: boolean; manageActions: boolean; recordPresence: boolean };
  items: Item[];
  proposals: Item[];
  timing: { estimatedMinutes: number; durationMinutes: number; overByMinutes: number; warning: string | null };
};

/** Small wrappers around app.inject so the tests read as what a person does. */
export function meetingClient(app: FastifyInstance, slug = "den-haag") {
  const call = async (session: Session | null, method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: object) => {
    const response = await app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.body ? response.json() : null, headers: response.headers };
  };
  const meeting = (seriesId: string, date: string) => `/api/branches/${slug}/meetings/${seriesId}/${date}`;
  return {
    call,
    meeting,
    agenda: async (session: Session, seriesId: string, date: string) => {
      const response = await call(session, "GET", `${meeting(seriesId, date)}/agenda`);
      if (response.status !== 200) throw new Error(`agenda ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as Agenda;
    },
    seriesByTitle: async (session: Session, title: string) => {
      const response = await call(session, "GET", `/api/branches/${slug}/series`);
      const found = (response.body.series as { id: string; title: string }[]).find((series) => series.title === title);
      if (!found) throw new Error(`No series ${title}`);
      return found.id;
    },
    occurrences: async (session: Session, query: string) => {
      const response = await call(session, "GET", `/api/branches/${slug}/occurrences?${query}`);
      return response.body.occurrences as { seriesId: string; date: string; status: string; title: string }[];
    },
  };
}
