import { describe, expect, it } from "vitest";
import { branchLenses, neighbourhoodStatus, topicOverview, type SessionFacts } from "./overview.ts";
import { sessionProblems } from "./session.ts";

const TODAY = "2026-11-22";
const lenses = branchLenses(["religie"]);
const session = (date: string | null, over: Partial<SessionFacts> = {}): SessionFacts => ({ date, lenses: [], speakers: [], ...over });

describe("topicOverview", () => {
  it("counts a session on today as done, later and undated ones as planned", () => {
    const overview = topicOverview([session("2026-11-21"), session(TODAY), session("2026-11-23"), session(null)], lenses, TODAY);
    expect(overview).toMatchObject({ done: 2, planned: 2 });
  });

  it("weighs experts against ervaringsdeskundigen over all sessions", () => {
    const both = topicOverview([session("2026-10-01", { speakers: [{ kind: "expert" }] }), session("2027-01-10", { speakers: [{ kind: "lived_experience" }, { kind: "lived_experience" }] })], lenses, TODAY);
    expect(both).toMatchObject({ experts: 1, livedExperience: 2, balance: "both" });
    expect(topicOverview([session("2026-10-01", { speakers: [{ kind: "expert" }] })], lenses, TODAY).balance).toBe("experts_only");
    expect(topicOverview([session("2026-10-01", { speakers: [{ kind: "lived_experience" }] })], lenses, TODAY).balance).toBe("lived_experience_only");
    expect(topicOverview([], lenses, TODAY).balance).toBe("no_speakers");
  });

  it("lists the lenses no session that took place has covered, the branch's own ones after the five", () => {
    const overview = topicOverview([session("2026-10-01", { lenses: ["colour", "class"] }), session("2027-02-01", { lenses: ["gender"] })], lenses, TODAY);
    expect(overview.uncoveredLenses).toEqual(["gender", "sexuality", "disability", "religie"]);
  });
});

describe("neighbourhoodStatus", () => {
  const visits = [
    { neighbourhoodId: "schilderswijk", date: "2026-10-03" },
    { neighbourhoodId: "schilderswijk", date: "2026-11-01" },
    { neighbourhoodId: "schilderswijk", date: "2026-12-12" },
    { neighbourhoodId: "schilderswijk", date: "2027-01-09" },
    { neighbourhoodId: "duinoord", date: "2026-05-21" },
    { neighbourhoodId: "transvaal", date: "2026-05-22" },
  ];

  it("gives the last visit up to today and the first one after it", () => {
    expect(neighbourhoodStatus("schilderswijk", visits, TODAY)).toEqual({ lastVisit: "2026-11-01", nextPlanned: "2026-12-12", quiet: false });
  });

  it("flags a wijk with nothing in the six months up to today, counting the day six months back", () => {
    expect(neighbourhoodStatus("duinoord", visits, TODAY).quiet).toBe(true);
    expect(neighbourhoodStatus("transvaal", visits, TODAY).quiet).toBe(false);
    expect(neighbourhoodStatus("laak", visits, TODAY)).toEqual({ lastVisit: null, nextPlanned: null, quiet: true });
  });
});

describe("sessionProblems", () => {
  it("accepts a held session with known lenses, attendance and an evaluation", () => {
    expect(sessionProblems({ date: "2026-11-12", startTime: "19:30", lenses: ["gender", "religie"], attendance: 23, evaluation: "Goed gesprek" }, lenses, TODAY)).toEqual([]);
  });

  it("refuses unknown lenses, a bad time, unnamed speakers, and attendance or an evaluation before the session", () => {
    expect(sessionProblems({ lenses: ["astrologie"] }, lenses, TODAY)[0]).toContain("astrologie");
    expect(sessionProblems({ date: "2026-11-12", startTime: "25:00" }, lenses, TODAY)).toHaveLength(1);
    expect(sessionProblems({ speakers: [{ name: "  " }] }, lenses, TODAY)).toHaveLength(1);
    expect(sessionProblems({ date: "2026-12-01", attendance: 10, evaluation: "Mooi" }, lenses, TODAY)).toHaveLength(2);
    expect(sessionProblems({ date: null, attendance: 10 }, lenses, TODAY)[0]).toContain("no date");
    expect(sessionProblems({ date: "2026-02-30" }, lenses, TODAY)[0]).toContain("not a day");
  });
});
