// The branch's settings (issue 18, item 3): the board sets the school-holiday region, audited, and the clash
// warnings follow it. Only board members change it; another branch's members see nothing of it.
import { describe, expect, it } from "vitest";
import type { ClashView } from "@afdelingsplanner/shared/schemas";
import { useTestApp } from "../support/app.ts";
import { aBranch, aMember } from "../support/factories.ts";
import { DEN_HAAG, PEOPLE, client } from "./goalsHelpers.ts";

const ctx = useTestApp();
const api = client(ctx);

/** The school holidays the clash check names for a single extra branch meeting on `date`. */
async function schoolHolidaysOn(date: string): Promise<string[]> {
  const response = await api.call(PEOPLE.tim, "POST", `${DEN_HAAG}/series/check`, {
    kind: "branch_meeting",
    title: "Extra afdelingsbijeenkomst",
    recurrence: { kind: "single", date },
    startTime: "19:30",
    durationMinutes: 120,
    validFrom: date,
  });
  expect(response.statusCode).toBe(200);
  return (response.json().clashes as ClashView[]).filter((clash) => clash.kind === "school_holiday" && clash.date === date).map((clash) => clash.holiday ?? "");
}

describe("the branch's school-holiday region", () => {
  it("starts at midden (The Hague), readable by every member", async () => {
    const response = await api.call(PEOPLE.sanne, "GET", `${DEN_HAAG}/settings`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ settings: { schoolHolidayRegion: "midden" } });
  });

  it("is set by a board member, audited once per real change, and the clash warnings follow it", async () => {
    // Wednesday 24 February 2027: midden's voorjaarsvakantie (20–28 February); not zuid's.
    expect(await schoolHolidaysOn("2027-02-24")).toEqual(["Voorjaarsvakantie"]);
    const entries = () => ctx.db.auditEntry.findMany({ where: { entityType: "branch", action: "settings_changed" }, orderBy: { at: "asc" } });
    const before = (await entries()).length;

    const changed = await api.call(PEOPLE.tim, "PUT", `${DEN_HAAG}/settings`, { schoolHolidayRegion: "zuid" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ settings: { schoolHolidayRegion: "zuid" } });
    expect((await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).schoolHolidayRegion).toBe("zuid");
    expect(await schoolHolidaysOn("2027-02-24")).toEqual([]);

    // The same value again changes nothing and logs nothing.
    expect((await api.call(PEOPLE.tim, "PUT", `${DEN_HAAG}/settings`, { schoolHolidayRegion: "zuid" })).statusCode).toBe(200);
    const logged = (await entries()).slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actorName: "Tim Kies", summary: "Regio voor schoolvakanties gewijzigd van Midden naar Zuid", changes: { schoolHolidayRegion: { from: "midden", to: "zuid" } } });

    expect((await api.call(PEOPLE.latifa, "PUT", `${DEN_HAAG}/settings`, { schoolHolidayRegion: "midden" })).statusCode).toBe(200);
    expect(await schoolHolidaysOn("2027-02-24")).toEqual(["Voorjaarsvakantie"]);
  });

  it.each([
    ["a region that does not exist", { schoolHolidayRegion: "oost" }],
    ["another field", { schoolHolidayRegion: "noord", timeZone: "UTC" }],
    ["no region", {}],
  ])("refuses %s with 400 and changes nothing", async (_label, body) => {
    const response = await api.call(PEOPLE.tim, "PUT", `${DEN_HAAG}/settings`, body);
    expect(response.statusCode).toBe(400);
    expect((await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).schoolHolidayRegion).toBe("midden");
  });

  it("is not for a member who is not on the board, nor for another branch's board", async () => {
    expect((await api.call(PEOPLE.sanne, "PUT", `${DEN_HAAG}/settings`, { schoolHolidayRegion: "noord" })).statusCode).toBe(403);
    const utrechtBoard = await aMember(ctx.db, { branch: await aBranch(ctx.db, { slug: "utrecht" }), roles: ["board_member"] });
    expect((await api.call(utrechtBoard.email, "PUT", `${DEN_HAAG}/settings`, { schoolHolidayRegion: "noord" })).statusCode).toBe(404);
    expect((await api.call(utrechtBoard.email, "GET", `${DEN_HAAG}/settings`)).statusCode).toBe(404);
    // Their own branch's setting is theirs to change, and Den Haag's stays.
    expect((await api.call(utrechtBoard.email, "PUT", "/api/branches/utrecht/settings", { schoolHolidayRegion: "noord" })).statusCode).toBe(200);
    expect((await ctx.db.branch.findUniqueOrThrow({ where: { slug: "den-haag" } })).schoolHolidayRegion).toBe("midden");
  });
});
