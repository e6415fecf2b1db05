import { describe, expect, it } from "vitest";
import { bearer, login, useTestApp } from "../support/app.ts";
import { aBranch, aMember, aSeries } from "../support/factories.ts";

const ctx = useTestApp();

describe("the test factories", () => {
  it("make a member of a new branch who can log in and holds the roles asked for", async () => {
    const branch = await aBranch(ctx.db);
    const member = await aMember(ctx.db, { branch, roles: ["board_member", "secretary"] });
    const session = await login(ctx.app, member.email, member.password);
    const me = (await ctx.app.inject({ method: "GET", url: "/api/me", headers: bearer(session) })).json();
    expect(me.user.branches).toEqual([expect.objectContaining({ slug: branch.slug, roles: expect.arrayContaining(["board_member", "secretary"]) })]);
  });

  it("make a series whose occurrence the branch's board sees, and nobody in another branch", async () => {
    const branch = await aBranch(ctx.db);
    const secretary = await aMember(ctx.db, { branch, roles: ["board_member", "secretary"] });
    const outsider = await aMember(ctx.db, { roles: ["board_member"] });
    const series = await aSeries(ctx.db, { branch });
    const url = `/api/branches/${branch.slug}/series/${series.id}`;
    expect((await ctx.app.inject({ method: "GET", url, headers: bearer(await login(ctx.app, secretary.email)) })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: "GET", url, headers: bearer(await login(ctx.app, outsider.email)) })).statusCode).toBe(404);
  });
});
