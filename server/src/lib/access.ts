import type { FastifyRequest } from "fastify";
import type { BranchRole } from "@afdelingsplanner/shared";
import type { CurrentUser } from "@afdelingsplanner/shared/schemas";
import type { BranchScope, Clock } from "./clock.ts";

/**
 * Who may call a route. Every /api route must declare one (see the onRoute hook below):
 * - public: anyone, no token;
 * - user: any logged-in user;
 * - platformAdmin: a platform admin only (starting branches); any other logged-in user gets 403;
 * - branch: a member of the branch named by :slug holding one of `roles` ("any" = any member).
 *   A platform admin who is not a member gets in unless `admin` is "none": "read" marks routes where
 *   they read along, "write" the changes they may make too (adding people to a branch they start).
 *   Everyone else gets 404, so other branches' existence does not leak.
 */
export type RouteAccess =
  | { kind: "public" }
  | { kind: "user" }
  | { kind: "platformAdmin" }
  | { kind: "branch"; roles: readonly BranchRole[] | "any"; admin: "none" | "read" | "write" };

export const access = {
  public: { kind: "public" },
  user: { kind: "user" },
  platformAdmin: { kind: "platformAdmin" },
  branchMember: { kind: "branch", roles: "any", admin: "read" },
  branchRoles: (...roles: BranchRole[]): RouteAccess => ({ kind: "branch", roles, admin: "none" }),
  /** Members holding one of `roles`; a platform admin who is not a member may read too (the audit log). */
  branchRolesAdminReads: (...roles: BranchRole[]): RouteAccess => ({ kind: "branch", roles, admin: "read" }),
  /** Members holding one of `roles`, and the platform admin: who starts a branch must be able to add its first people. */
  branchRolesOrAdmin: (...roles: BranchRole[]): RouteAccess => ({ kind: "branch", roles, admin: "write" }),
} as const satisfies Record<string, RouteAccess | ((...roles: BranchRole[]) => RouteAccess)>;

export interface BranchContext {
  branch: BranchScope;
}

export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every /api route with its access rule: the basis of the authorization tests. */
    apiRoutes: ApiRoute[];
    /** The app's one source of "now" (buildApp's clock; pinned in tests). */
    clock: Clock;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    currentUser: CurrentUser | null;
    branchContext: BranchContext | null;
  }
}


/** Who made a change: the user's id (null for the system) and their name as it was then, and when (the app's clock). */
export interface AuditActor {
  userId: string | null;
  name: string;
  at: Date;
}

/**
 * Everything a route handler knows about its request, from one place: the branch (with its today), the
 * caller, the app's clock, and the caller as the audit log names them. Each part is read when asked
 * for, so a public route may ask for the clock without having a caller.
 */
export interface RequestContext {
  readonly branch: BranchScope;
  readonly caller: CurrentUser;
  readonly clock: Clock;
  readonly actor: AuditActor;
}

export function contextOf(request: FastifyRequest): RequestContext {
  return {
    get branch() {
      return branchOf(request);
    },
    get caller() {
      return callerOf(request);
    },
    get clock() {
      return request.server.clock;
    },
    get actor() {
      const caller = callerOf(request);
      return { userId: caller.id, name: caller.name, at: request.server.clock.now() };
    },
  };
}

/** The caller of a route with user or branch access (set by the onRequest hook above). */
function callerOf(request: FastifyRequest): CurrentUser {
  if (!request.currentUser) throw new Error(`Route ${request.routeOptions.url} reads the caller but is public`);
  return request.currentUser;
}

/** The branch of a route with branch access, already checked against the caller, with the request's today. */
function branchOf(request: FastifyRequest): BranchScope {
  if (!request.branchContext) throw new Error(`Route ${request.routeOptions.url} reads the branch but has no branch access rule`);
  return request.branchContext.branch;
}
