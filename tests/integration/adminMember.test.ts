// Issue 16 (security round two), finding E: rights are the union of roles. A platform admin who is also a
// member of a branch was treated there as a plain member only, and got 403 on what the platform admin may do
// in any branch (the audit log, adding people). This runs every row of the authorization matrix
// (tests/support/authorizationMatrix.ts) once more, as Sanne (the matrix's plain member) made platform admin
// too, and expects the better of the two statuses the matrix gives a member and the platform admin.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO, login, useTestApp } from "../support/app.ts";
import { MATRIX, logInRoles, prepareMatrix, rowLabel, send, type Caller, type Fixtures, type MatrixRow } from "../support/authorizationMatrix.ts";

const ctx = useTestApp();
let fx: Fixtures;
let adminMember: Caller;

const succeeded = (status: number) => status >= 200 && status < 400;

/** What a member who is also platform admin gets: whichever role may do it; refused, the member's answer (she is in the branch). */
function unionOf(row: Pick<MatrixRow, "expect">): number {
  if (succeeded(row.expect.member)) return row.expect.member;
  if (succeeded(row.expect.admin)) return row.expect.admin;
  return row.expect.member;
}

beforeAll(async () => {
  fx = await prepareMatrix(ctx.app, ctx.db);
  const callers = await logInRoles(fx);
  await ctx.db.user.update({ where: { email: DEMO.member }, data: { isPlatformAdmin: true } });
  // A fresh session: the account (with its new right) is read per request, but start clean anyway.
  adminMember = { ...callers.member, session: await login(ctx.app, DEMO.member) };
});

describe("a platform admin who is also a member of the branch (issue 16 E)", () => {
  it("reads the branch's audit log (403 for a plain member, 200 for the platform admin)", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/branches/den-haag/audit-log", headers: { authorization: `Bearer ${adminMember.session?.accessToken}` } });
    expect(response.statusCode).toBe(200);
  });

  it("gets, on every route of the matrix, the better of a member's and the platform admin's answer", { timeout: 240_000 }, async () => {
    const mismatches: string[] = [];
    // One at a time: serial rows change what others share, and the account is one caller throughout.
    for (const row of [...MATRIX.filter((entry) => !entry.serial), ...MATRIX.filter((entry) => entry.serial)]) {
      const expected = unionOf(row);
      const request = await row.request(fx, adminMember);
      try {
        const response = await send(ctx.app, row, request, adminMember);
        if (response.statusCode !== expected) mismatches.push(`${rowLabel(row)}: expected ${expected} (member ${row.expect.member}, admin ${row.expect.admin}), got ${response.statusCode} ${response.body.slice(0, 200)}`);
      } finally {
        await request.cleanup?.();
      }
    }
    expect(mismatches, mismatches.join("\n")).toEqual([]);
  });
});
