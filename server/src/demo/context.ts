import type { Prisma } from "../generated/prisma/client.ts";

/** What each per-feature demo seeder (server/src/demo/*.ts) gets for one branch: a context, so no seeder imports the seed. */
export interface DemoBranchContext {
  tx: Prisma.TransactionClient;
  branchId: string;
  branchSlug: string;
  personIdByEmail: Map<string, string>;
  workingGroupIdBySlug: Map<string, string>;
  seatIdByEmail: Map<string, string>;
  /** The day the demo is seeded, in Europe/Amsterdam: dated demo data sits around it. */
  today: string;
}
