// Accounts for the mixed profile: bench/seedLarge.ts gives accounts only to the demo's people (Den Haag and
// Utrecht), but real traffic comes from members of every branch. This adds, per branch, an account for one
// board member and one ordinary member (the synthetic members' own addresses, lid<n>@<slug>.bench.example,
// password DEMO_PASSWORD). Idempotent: a person who has an account keeps it, so a kept BENCH_DATA_DIR works.
import type { Database } from "../server/src/db/client.ts";
import { DEMO_PASSWORD } from "../server/src/demo/seed.ts";
import { hashPassword } from "../server/src/lib/passwords.ts";

export interface BenchAccount {
  slug: string;
  email: string;
  board: boolean;
}

/** One board member and one member (not on the board) per branch, each with an account; made where missing. */
export async function ensureBenchAccounts(db: Database): Promise<BenchAccount[]> {
  // One Argon2 hash for all: the same password, and hashing 100 times would add seconds for nothing.
  let passwordHash: string | undefined;
  const accounts: BenchAccount[] = [];
  const branches = await db.branch.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
  for (const branch of branches) {
    // Active people with an address; those with an account first, so the demo's own accounts are reused.
    const people = await db.person.findMany({
      where: { branchId: branch.id, email: { not: null }, leftOn: null, erasedAt: null },
      orderBy: [{ userId: { sort: "asc", nulls: "last" } }, { email: "asc" }],
      select: { id: true, name: true, email: true, userId: true, user: { select: { email: true } }, roles: { select: { role: true } } },
    });
    const isBoard = (person: (typeof people)[number]) => person.roles.some((entry) => entry.role === "board_member");
    const board = people.find(isBoard);
    const member = people.find((person) => !isBoard(person) && person.roles.some((entry) => entry.role === "member"));
    for (const [person, onBoard] of [[board, true], [member, false]] as const) {
      if (!person?.email) continue;
      if (person.user) {
        accounts.push({ slug: branch.slug, email: person.user.email, board: onBoard });
        continue;
      }
      passwordHash ??= await hashPassword(DEMO_PASSWORD);
      const user = await db.user.upsert({ where: { email: person.email }, create: { email: person.email, name: person.name, passwordHash }, update: {} });
      await db.person.update({ where: { id: person.id }, data: { userId: user.id } });
      accounts.push({ slug: branch.slug, email: person.email, board: onBoard });
    }
  }
  return accounts;
}
