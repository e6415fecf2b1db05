// The web's goal form sends only the fields that apply to a kind (web/src/features/workingGroups/lib/goalDraft.ts):
// every body it builds must pass the server's rules, also when an edit changes the kind.
import { describe, expect, it } from "vitest";
import type { GoalKind } from "@afdelingsplanner/shared";
import type { GoalView } from "@afdelingsplanner/shared/schemas";
import { useTestApp } from "../support/app.ts";
import { createBody, draftOf, newDraft, updateBody, type GoalDraft } from "../../web/src/features/workingGroups/lib/goalDraft.ts";
import { DEN_HAAG, PEOPLE, client, today } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

const DRAFTS: Record<GoalKind, Partial<GoalDraft>> = {
  count: { target: "2", activityType: "article" },
  distinct: { target: "4", activityType: "article" }, // a leftover type from switching kinds: the form sends network_conversation
  cadence: { target: "3", activityType: "social_posts", cadenceUnit: "month" },
  milestone: { target: "7", activityType: "article" }, // leftovers from another kind: not sent
  metric: { target: "2750.5", activityType: "article" },
};

async function create(kind: GoalKind): Promise<GoalView> {
  const draft: GoalDraft = { ...newDraft(today(), []), title: `Formulierdoel ${kind}`, kind, ...DRAFTS[kind] };
  const response = await api.call(PEOPLE.latifa, "POST", `${DEN_HAAG}/goals`, createBody(draft, await api.group("communicatie")));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().goal;
}

describe("the goal form's bodies", () => {
  it("creates a goal of every kind with only the fields that kind uses", async () => {
    expect((await create("count")).activityType).toBe("article");
    expect(await create("distinct")).toMatchObject({ activityType: "network_conversation", target: 4 });
    expect(await create("cadence")).toMatchObject({ cadenceUnit: "month", target: 3 });
    expect(await create("milestone")).toMatchObject({ target: 1, activityType: null, cadenceUnit: null });
    expect(await create("metric")).toMatchObject({ target: 2750.5, activityType: null });
  });

  it("changes a goal's kind in an edit, clearing what the new kind does not use", async () => {
    const changes: [GoalKind, GoalKind][] = [["count", "milestone"], ["milestone", "cadence"], ["cadence", "metric"], ["metric", "distinct"], ["distinct", "count"]];
    for (const [from, to] of changes) {
      const goal = (await api.goals(PEOPLE.latifa)).find((each) => each.title === `Formulierdoel ${from}`);
      if (!goal) throw new Error(`No goal of kind ${from}`);
      const draft: GoalDraft = { ...draftOf(goal), kind: to, ...DRAFTS[to] };
      const response = await api.call(PEOPLE.latifa, "PATCH", `${DEN_HAAG}/goals/${goal.id}`, updateBody(draft, goal.version));
      expect(response.statusCode, `${from} → ${to}: ${response.body}`).toBe(200);
      expect(response.json().goal.kind).toBe(to);
    }
  });
});
