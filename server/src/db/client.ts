import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client.ts";

export type Database = PrismaClient;
/** The client or a transaction of it: what a function needs that may run inside a caller's transaction. */
export type Db = Database | Prisma.TransactionClient;

export function createDatabaseClient(connectionString: string): Database {
  // pg waits forever for a connection by default; with the database unreachable (not refusing, but
  // silent) a request would hang instead of getting its 503. The pool itself needs no help to recover:
  // it drops broken clients and opens new ones on the next query.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }) });
}
