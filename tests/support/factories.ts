import { randomBytes } from "node:crypto";
import { addDaysLocal, type BranchRole } from "@afdelingsplanner/shared";
import type { Database } from "../../server/src/db/client.ts";
import type { Prisma } from "../../server/src/generated/prisma/client.ts";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { hashPassword } from "../../server/src/lib/passwords.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { testToday } from "./clock.ts";

/**
 * Test data in the domain's words: aBranch(), aMember({ roles }), aSeries(). Each makes what it needs
 * and is missing (a series without a branch gets a branch of its own), with names unique per call, so
 * tests in one database never collide.
 */
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export interface BranchRef {
  id: string;
  slug: string;
}

/** A branch by slug: one of the demo's ("den-haag", "utrecht"), or a new one. */
export async function aBranch(db: Database, overrides: { slug?: string; name?: string; timeZone?: string } = {}): Promise<BranchRef> {
  if (overrides.slug) {
    const existing = await db.branch.findUnique({ where: { slug: overrides.slug }, select: { id: true, slug: true } });
    if (existing) return existing;
  }
  const slug = overrides.slug ?? unique("afdeling");
  return db.branch.create({ data: { slug, name: overrides.name ?? `BIJ1 ${slug}`, timeZone: overrides.timeZone ?? "Europe/Amsterdam" }, select: { id: true, slug: true } });
}

export interface MemberRef {
  personId: string;
  userId: string | null;
  email: string;
  /** The password to log in with (the demo's), when the member has an account. */
  password: string;
}

/** A member of `branch` (a new branch if none is given) with the given roles and, unless told not to, an account. */
export async function aMember(
  db: Database,
  options: { branch?: BranchRef; roles?: BranchRole[]; name?: string; email?: string; account?: boolean } = {},
): Promise<MemberRef> {
  const branch = options.branch ?? (await aBranch(db));
  const name = options.name ?? unique("Lid");
  const email = options.email ?? `${name.toLowerCase()}@example.org`;
  const user = options.account === false ? null : await db.user.create({ data: { email, name, passwordHash: await hashPassword(DEMO_PASSWORD) } });
  const person = await db.person.create({ data: { branchId: branch.id, userId: user?.id ?? null, name, email, joinedOn: fromIsoDate(addDaysLocal(testToday(), -400)) } });
  const roles = options.roles ?? ["member"];
  if (roles.length > 0) await db.branchRole.createMany({ data: roles.map((role) => ({ branchId: branch.id, personId: person.id, role })) });
  return { personId: person.id, userId: user?.id ?? null, email, password: DEMO_PASSWORD };
}

/**
 * A meeting series of `branch` (a new branch if none is given): by default the board, meeting once, two
 * weeks after the test clock's today at 19:30. Pass `data` for anything else (kind, recurrence, …).
 */
export async function aSeries(
  db: Database,
  options: { branch?: BranchRef; data?: Partial<Omit<Prisma.MeetingSeriesUncheckedCreateInput, "branchId">> } = {},
): Promise<{ id: string; branchId: string }> {
  const branch = options.branch ?? (await aBranch(db));
  const today = testToday();
  return db.meetingSeries.create({
    data: {
      kind: "board",
      title: unique("Bestuursvergadering"),
      recurrenceKind: "single",
      singleDate: fromIsoDate(addDaysLocal(today, 14)),
      startTime: "19:30",
      durationMinutes: 90,
      validFrom: fromIsoDate(today),
      ...options.data,
      branchId: branch.id,
    },
    select: { id: true, branchId: true },
  });
}
