// Helpers shared by the goals, network, rota and plan integration tests.
import { type GoalView } from "@afdelingsplanner/shared/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, login, type Session, type TestApp } from "../support/app.ts";
import { testToday } from "../support/clock.ts";

export const DEN_HAAG = "/api/branches/den-haag";
export const today = () => testToday();

/** The demo people by their mailbox. */
export const PEOPLE = {
  latifa: "latifa@bij1-denhaag.example", // board, chair of Communicatie, member of Organizing
  yuval: "yuval@bij1-denhaag.example", // board, member of Politieke agenda, chairs nothing
  nadine: "nadine@bij1-denhaag.example", // board, chair of Politieke agenda
  tim: "tim@bij1-denhaag.example", // board, chair of Organizing
  sanne: "lid@bij1-denhaag.example", // Organizing, action-list keeper
  priya: "priya@bij1-denhaag.example", // Communicatie, action-list keeper
  daan: "daan@bij1-denhaag.example", // Politieke agenda, convener
  fatima: "lid@bij1-utrecht.example", // Utrecht, chair of Campagne
  admin: "admin@bij1-denhaag.example", // platform admin, in no branch
} as const;

export function client(ctx: TestApp) {
  const sessions = new Map<string, Session>();
  const as = async (email: string) => {
    let session = sessions.get(email);
    if (!session) sessions.set(email, (session = await login(ctx.app, email)));
    return session;
  };
  const call = async (email: string, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) =>
    (ctx.app as FastifyInstance).inject({ method, url, headers: bearer(await as(email)), ...(payload ? { payload } : {}) });
  return {
    call,
    async goals(email: string = PEOPLE.sanne, query = ""): Promise<GoalView[]> {
      const response = await call(email, "GET", `${DEN_HAAG}/goals${query}`);
      if (response.statusCode !== 200) throw new Error(`GET goals: ${response.statusCode} ${response.body}`);
      return response.json().goals;
    },
    async goal(title: string): Promise<GoalView> {
      const found = (await this.goals()).find((goal) => goal.title === title);
      if (!found) throw new Error(`No goal "${title}"`);
      return found;
    },
    async group(slug: string, branch = "den-haag", email: string = PEOPLE.tim): Promise<string> {
      const response = await call(email, "GET", `/api/branches/${branch}/working-groups`);
      const group = (response.json().workingGroups as { id: string; slug: string }[]).find((candidate) => candidate.slug === slug);
      if (!group) throw new Error(`No working group ${slug} in ${branch}`);
      return group.id;
    },
    async organisation(name: string): Promise<string> {
      const response = await call(PEOPLE.sanne, "GET", `${DEN_HAAG}/organisations`);
      const found = (response.json().organisations as { id: string; name: string }[]).find((candidate) => candidate.name === name);
      if (!found) throw new Error(`No organisation ${name}`);
      return found.id;
    },
  };
}

export const DEMONSTRATIONS = "Aanwezig bij minstens 5 demonstraties";
export const NETWORK = "Netwerkgesprekken met minstens 10 lokale organisaties";
export const POSTS = "Minstens 5 socialemediaberichten per week";
export const FOLLOWERS = "2500 volgers op sociale media";
export const REPORTING_POINT = "Meldpunt straatintimidatie opgezet";

/** Each goal's current value by title, to see which goals an action moved. */
export const currents = (goals: GoalView[]) => Object.fromEntries(goals.map((goal) => [goal.title, goal.current]));
