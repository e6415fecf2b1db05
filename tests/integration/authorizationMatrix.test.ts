// Issue 7, item 1: one test per (route, role) of the authorization matrix in tests/support/authorizationMatrix.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.ts";
import { MATRIX, ROLES, ROLE_LABELS, logInRoles, prepareMatrix, routeKey, rowLabel, send, type Caller, type Fixtures, type MatrixRow, type Role } from "../support/authorizationMatrix.ts";

const ctx = useTestApp();
let fx: Fixtures;
let callers: Record<Role, Caller>;

beforeAll(async () => {
  fx = await prepareMatrix(ctx.app, ctx.db);
  callers = await logInRoles(fx);
});

describe("the authorization matrix", () => {
  it("has rows for exactly the routes the app registers, so no new route slips through", () => {
    const registered = new Set(ctx.app.apiRoutes.map(routeKey));
    const inMatrix = new Set(MATRIX.map(routeKey));
    const withoutRows = [...registered].filter((route) => !inMatrix.has(route));
    const gone = [...inMatrix].filter((route) => !registered.has(route));
    expect(withoutRows, "routes without rows in tests/support/authorizationMatrix.ts: add a row for each").toEqual([]);
    expect(gone, "rows for routes the app no longer registers: remove or rename them").toEqual([]);
  });

  it("gives every row an exact status for each of the seven roles", () => {
    for (const row of MATRIX) {
      expect(Object.keys(row.expect).sort(), rowLabel(row)).toEqual([...ROLES].sort());
      for (const role of ROLES) expect(row.expect[role], `${rowLabel(row)} as ${role}`).toSatisfy((status: number) => Number.isInteger(status) && status >= 200 && status < 600);
    }
    expect(new Set(MATRIX.map(rowLabel)).size, "two rows with the same route and variant").toBe(MATRIX.length);
  });
});

const byLabel = (rows: MatrixRow[]) => rows.map((row) => [rowLabel(row), row] as const);

function rowTests(_label: string, row: MatrixRow) {
  // One role after the other; the rows themselves run side by side (at most maxConcurrency, 5, at once).
  it.for(ROLES.map((role) => [ROLE_LABELS[role], row.expect[role], role] as const))("as %s → %i", { concurrent: false }, async ([, status, role], { expect }) => {
    const caller = callers[role];
    const request = await row.request(fx, caller);
    try {
      const response = await send(ctx.app, row, request, caller);
      expect(response.statusCode, response.body.slice(0, 500)).toBe(status);
      if (status >= 400) expect(response.json().error.message, "an error says what went wrong").toEqual(expect.any(String));
    } finally {
      await request.cleanup?.();
    }
  });
}

// Every row makes its own resources, so they run concurrently (and in no fixed order); the few that
// change state all rows share run alone afterwards.
describe.concurrent.each(byLabel(MATRIX.filter((row) => !row.serial)))("%s", rowTests);
describe.each(byLabel(MATRIX.filter((row) => row.serial)))("%s", rowTests);
