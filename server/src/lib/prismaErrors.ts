import { AppError, conflict } from "./errors.ts";

interface PrismaLikeError {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  /** Also a kind: the driver adapter's name for what went wrong ("DatabaseNotReachable"). */
  kind?: string;
  meta?: { driverAdapterError?: unknown };
}

// Connection failures surface as pg errors (ECONNREFUSED, 57P01 admin shutdown, ...) or as
// Prisma's P1001/P1017 codes depending on where they happen; treat them all as "database down".
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "P1001", "P1002", "P1017"]);

// With the pg driver adapter, Prisma reports a lost database as the adapter's error kind, and for raw
// queries ($queryRaw, used to load the caller on every request) wraps it in P2010 "Raw query failed"
// with the kind under meta.driverAdapterError.cause: found by stopping the database under a running app.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    const candidate = current as PrismaLikeError;
    if (candidate.code && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (candidate.kind && UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    if (candidate.message && /Connection terminated|connect ECONNREFUSED|DatabaseNotReachable|terminating connection|Can't reach database server|timeout exceeded when trying to connect/i.test(candidate.message)) return true;
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return false;
}

/** Maps the Prisma errors a caller can do something about; everything else stays a 500. */
export function prismaErrorToAppError(error: unknown): AppError | undefined {
  const candidate = error as PrismaLikeError;
  if (candidate?.name !== "PrismaClientKnownRequestError") return undefined;
  switch (candidate.code) {
    case "P2002":
      return conflict("Something with the same unique value already exists.", "DUPLICATE_RECORD");
    case "P2025":
      return new AppError(404, "NOT_FOUND", "The record was not found, or you have no access to it.");
    default:
      return undefined;
  }
}
