// The authorization matrix (issue 7): for every API route, who gets which status. One row per route
// (method + url exactly as in app.apiRoutes), with a valid request for it and the exact status each of
// seven roles gets. tests/integration/authorizationMatrix.test.ts turns every (row, role) into one test;
// tests/integration/branchIsolation.test.ts reuses the requests to call every route that takes an id
// with another branch's ids.
//
// The seven roles and their accounts (demo password for all):
// - platform admin      admin@bij1-denhaag.example: in no branch; reads every branch, and writes only to start
//                       branches (/api/admin) and to add people to one (adding a member, resending an invitation).
// - board member        yuval@: on the board; not the secretary and chairs no working group.
// - secretary           nadine@: board member and secretary (she also chairs Politieke agenda).
// - working-group chair priya@: every chair in the demo data is also on the board, so the setup
//                       (prepareMatrix) makes Priya, a member without a branch role, chair (trekker) of
//                       Communicatie, replacing her action-list-keeper role there.
// - member              lid@ (Sanne): no branch role. The setup also makes her an ordinary member of
//                       Communicatie (she keeps Organizing's action list), so rows show what a group's
//                       own member may do next to its chair.
// - another branch      lid@bij1-utrecht.example (Fatima): member of Utrecht only; calls Den Haag's routes.
// - anonymous           no token at all.
// Rights are the union of roles (issue 16 E): tests/integration/adminMember.test.ts runs every row once more as
// Sanne made platform admin too, and expects the better of the member's and the platform admin's status.
//
// Group-scoped resources (goals, activities, rotas, working-group meetings) belong to Communicatie, so
// "chair" is the chair of that very group and "member" one of its members. Every row that changes or
// deletes something builds its own fresh resources right before the request, so rows run in any order.
import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { addDaysLocal, calendarDays, isoWeekKey } from "@afdelingsplanner/shared";
import { OPTIONAL_MAIL_KINDS } from "@afdelingsplanner/shared/schemas";
import type { Database } from "../../server/src/db/client.ts";
import { fromIsoDate } from "../../server/src/lib/dates.ts";
import { newCalendarFeedToken } from "../../server/src/modules/calendar/feeds.ts";
import { seatVersion } from "../../server/src/modules/board/views.ts";
import { expiryFrom, newToken } from "../../server/src/modules/people/invitations.ts";
import { DEMO_PASSWORD } from "../../server/src/demo/seed.ts";
import { DEMO, bearer, login, refreshCookieOf, type Session } from "./app.ts";
import { TEST_NOW } from "./clock.ts";
import { aBranch } from "./factories.ts";

// ---------------------------------------------------------------------------
// Roles

export const ROLES = ["admin", "board", "secretary", "chair", "member", "otherBranch", "anonymous"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "platform admin",
  board: "board member",
  secretary: "secretary",
  chair: "working-group chair",
  member: "member",
  otherBranch: "member of another branch",
  anonymous: "anonymous",
};

export const ACCOUNTS: Record<Exclude<Role, "anonymous">, string> = {
  admin: DEMO.admin,
  board: "yuval@bij1-denhaag.example",
  secretary: DEMO.secretary,
  chair: "priya@bij1-denhaag.example",
  member: DEMO.member,
  otherBranch: DEMO.utrechtMember,
};

export type Expected = Record<Role, number>;

/** Anyone, with or without a login (access.public). */
const everyone = (status: number): Expected => ({ admin: status, board: status, secretary: status, chair: status, member: status, otherBranch: status, anonymous: status });
/** Any logged-in user (access.user). */
const loggedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** Reading a branch (access.branchMember): its members, and the platform admin. Another branch's member gets 404: the branch does not exist for them. */
const branchRead = (status = 200): Expected => ({ admin: status, board: status, secretary: status, chair: status, member: status, otherBranch: 404, anonymous: 401 });
/**
 * A change to a branch: only its members get in; the platform admin, who only reads along, gets 404
 * like an outsider (write routes do not exist for someone outside the branch). The finer rule decides
 * among the members.
 */
const branchWrite = (members: Pick<Expected, "board" | "secretary" | "chair" | "member">): Expected => ({ admin: 404, ...members, otherBranch: 404, anonymous: 401 });
/** Board members only (access.branchRoles("board_member")). */
const boardOnly = (status: number): Expected => branchWrite({ board: status, secretary: status, chair: 403, member: 403 });
/** The group's chair or a board member (finer rule in the service). */
const chairOrBoard = (status: number): Expected => branchWrite({ board: status, secretary: status, chair: status, member: 403 });
/** Any member of the branch (or of the group), the chair and board members alike. */
const anyMember = (status: number): Expected => branchWrite({ board: status, secretary: status, chair: status, member: status });
/** The secretary only (access.branchRoles("secretary")). */
const secretaryOnly = (status: number): Expected => branchWrite({ board: 403, secretary: status, chair: 403, member: 403 });
/** The secretary, and the platform admin who starts a branch (access.branchRolesOrAdmin("secretary")). */
const secretaryOrAdmin = (status: number): Expected => ({ ...secretaryOnly(status), admin: status });
/** The platform admin only (access.platformAdmin): every other account gets 403 PLATFORM_ADMIN_ONLY. */
const platformAdminOnly = (status: number): Expected => ({ admin: status, board: 403, secretary: 403, chair: 403, member: 403, otherBranch: 403, anonymous: 401 });

// ---------------------------------------------------------------------------
// Rows

export interface Caller {
  role: Role;
  email: string | null;
  /** The caller's person in Den Haag; null for the admin, the other branch's member and anonymous. */
  personId: string | null;
  session: Session | null;
}

export interface MatrixRequest {
  /** Path parameters; :slug defaults to den-haag. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
  cookies?: Record<string, string>;
  /** Send this access token instead of the caller's shared session (null: none), for routes that end or change a session. */
  token?: string | null;
  /** Undo what the request did to shared state (the caller's password), after the test. */
  cleanup?: () => Promise<void>;
}

export interface MatrixRow {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  /** When a route has more than one row: what this one tries. */
  variant?: string;
  expect: Expected;
  /** Builds a valid request: an allowed role gets the real success status, never a 400. */
  request: (fx: Fixtures, caller: Caller) => Promise<MatrixRequest> | MatrixRequest;
  /**
   * The row changes something other rows share (a role's password, the roster's policy version, the
   * seeded roster): its tests run one at a time, after all the others, which run concurrently.
   */
  serial?: true;
}

const B = "/api/branches/:slug";
const MEETING = `${B}/meetings/:seriesId/:date`;

export const MATRIX: MatrixRow[] = [
  // --- Public: no login, or a credential of its own (password, cookie, token in the URL) ----------
  { method: "GET", url: "/api/health", expect: everyone(200), request: () => ({}) },
  // The API documentation (OpenAPI + swagger-ui) is public: it describes routes, it holds no data.
  { method: "GET", url: "/api/docs", expect: everyone(200), request: () => ({}) },
  { method: "GET", url: "/api/docs/json", expect: everyone(200), request: () => ({}) },
  { method: "GET", url: "/api/docs/yaml", expect: everyone(200), request: () => ({}) },
  { method: "GET", url: "/api/docs/static/index.html", expect: everyone(302), request: () => ({}) },
  { method: "GET", url: "/api/docs/static/swagger-initializer.js", expect: everyone(200), request: () => ({}) },
  { method: "GET", url: "/api/docs/static/*", expect: everyone(200), request: () => ({ params: { "*": "swagger-ui.css" } }) },
  // Logging in needs no token: whoever sends the right password gets in (Sanne's, for every role).
  { method: "POST", url: "/api/auth/login", expect: everyone(200), request: () => ({ body: { email: DEMO.member, password: DEMO_PASSWORD } }) },
  // The refresh cookie is the credential: every role with an account sends its own; anonymous has none.
  { method: "POST", url: "/api/auth/refresh", expect: loggedIn(200), request: async (fx, caller) => ({ cookies: await freshRefreshCookie(fx, caller) }) },
  { method: "POST", url: "/api/auth/logout", expect: everyone(204), request: (fx, caller) => freshSessionToEnd(fx, caller) },
  // The secret token in the URL is the credential (calendar apps cannot log in): Tim's feed, for everyone
  // (not one of the roles', which their own POST /api/me/calendar-feed rows replace).
  { method: "GET", url: "/api/calendar/:token.ics", expect: everyone(200), request: (fx) => ({ params: { token: fx.calendarFeedToken } }) },
  // One-click unsubscribe (RFC 8058): the link's token is the credential, no login (a fresh token of Tim's per request).
  { method: "GET", url: "/api/unsubscribe/:token/:kind", expect: everyone(200), request: async (fx) => ({ params: { token: await unsubscribeTokenOf(fx, "tim"), kind: "agenda" } }) },
  {
    method: "POST",
    url: "/api/unsubscribe/:token/:kind",
    expect: everyone(200),
    request: async (fx) => ({ params: { token: await unsubscribeTokenOf(fx, "tim"), kind: "action_digest" }, body: { "List-Unsubscribe": "One-Click" } }),
  },
  { method: "GET", url: "/api/public/branches/:slug/board-meetings.ics", expect: everyone(200), request: () => ({}) },
  { method: "GET", url: "/api/public/branches/:slug/board-meetings", expect: everyone(200), request: () => ({}) },
  { method: "POST", url: `${B}/guest-requests`, expect: everyone(201), request: (fx) => ({ body: guestRequestBody(fx) }) },
  { method: "GET", url: "/api/guest-requests/:token", expect: everyone(200), request: async (fx) => ({ params: { token: await guestRequestToken(fx) } }) },
  // Passwords and email changes: the check and the reset request need no login (and answer everyone alike,
  // known address or not); the token from the mail is the credential for both confirmations.
  { method: "POST", url: "/api/auth/password-check", expect: everyone(200), request: () => ({ body: { password: "Zonnebloem-Trein-Kastanje-42" } }) },
  // A new address each time: the route allows 5 requests per address per hour.
  { method: "POST", url: "/api/auth/password-reset", expect: everyone(202), request: () => ({ body: { email: `herstel-${randomBytes(4).toString("hex")}@example.org` } }) },
  { method: "POST", url: "/api/auth/password-reset/confirm", expect: everyone(204), request: async (fx) => ({ body: { token: await mailTokenFor(fx, "passwordReset"), password: "Zonnebloem-Trein-Kastanje-42" } }) },
  { method: "POST", url: "/api/auth/email-change/confirm", expect: everyone(200), request: async (fx) => ({ body: { token: await mailTokenFor(fx, "emailChange") } }) },

  // --- The logged-in user ---------------------------------------------------------------------------
  { method: "GET", url: "/api/me", expect: loggedIn(200), request: () => ({}) },
  // Only asks: the address changes when the link in the mail is opened, so shared accounts stay as they are.
  { method: "POST", url: "/api/me/email", expect: loggedIn(202), request: () => ({ body: { newEmail: `nieuw-${randomBytes(4).toString("hex")}@example.org`, currentPassword: DEMO_PASSWORD } }) },
  {
    method: "POST",
    url: "/api/me/password",
    expect: loggedIn(200),
    serial: true,
    // Changing the password ends every other session, the shared one too: the request runs on a
    // session of its own, and cleanup puts the password and its timestamp back.
    request: async (fx, caller) => {
      if (!caller.email) return { body: { currentPassword: DEMO_PASSWORD, newPassword: "een-ander-wachtwoord-2026" } };
      const user = await fx.db.user.findUniqueOrThrow({ where: { email: caller.email }, select: { id: true, passwordHash: true, passwordChangedAt: true } });
      const session = await login(fx.app, caller.email);
      return {
        token: session.accessToken,
        body: { currentPassword: DEMO_PASSWORD, newPassword: "een-ander-wachtwoord-2026" },
        cleanup: async () => {
          await fx.db.user.update({ where: { id: user.id }, data: { passwordHash: user.passwordHash, passwordChangedAt: user.passwordChangedAt } });
        },
      };
    },
  },
  { method: "GET", url: "/api/me/calendar-feed", expect: loggedIn(200), request: () => ({}) },
  { method: "POST", url: "/api/me/calendar-feed", expect: loggedIn(200), request: () => ({}) },
  // Mijn gegevens: every logged-in user downloads their own data (the admin's has no memberships).
  { method: "GET", url: "/api/me/data", expect: loggedIn(200), request: () => ({}) },
  // The member's own contact sharing in the branch: members only, their own row; the admin has none here.
  { method: "GET", url: `${B}/me/contact-sharing`, expect: anyMember(200), request: () => ({}) },
  {
    method: "PUT",
    url: `${B}/me/contact-sharing`,
    expect: anyMember(200),
    // Sends the choice as it is, with the current version: allowed and changes nothing other rows see.
    request: async (fx, caller) => {
      const person = caller.personId ? await fx.db.person.findUniqueOrThrow({ where: { id: caller.personId }, select: { shareContact: true, version: true } }) : null;
      return { body: { shareContact: person?.shareContact ?? false, version: person?.version ?? 1 } };
    },
  },
  { method: "GET", url: "/api/branches", expect: loggedIn(200), request: () => ({}) },
  // Meldingen: the member's own mail preferences in the branch; the admin has none here.
  { method: "GET", url: `${B}/me/notification-preferences`, expect: anyMember(200), request: () => ({}) },
  {
    method: "PUT",
    url: `${B}/me/notification-preferences`,
    expect: anyMember(200),
    // Saves the settings as they are, with the current version: changes nothing other rows see.
    request: async (fx, caller) => {
      const row = caller.personId ? await fx.db.notificationPreference.findUnique({ where: { personId: caller.personId } }) : null;
      const kinds = Object.fromEntries(OPTIONAL_MAIL_KINDS.map((kind) => [kind, !row?.disabledKinds.includes(kind)]));
      return { body: { kinds, eveningReminderTime: row?.eveningReminderTime ?? "19:00", daysBefore: row?.daysBefore ?? 7, version: row?.version ?? 1 } };
    },
  },

  // --- Platform administration: starting branches from the template and inviting their first secretary
  { method: "GET", url: "/api/admin/branches", expect: platformAdminOnly(200), request: () => ({}) },
  { method: "POST", url: "/api/admin/branches", expect: platformAdminOnly(201), request: () => ({ body: { name: unique("BIJ1 Nieuw"), slug: unique("nieuw").replace(/\W+/g, "-"), timeZone: "Europe/Amsterdam" } }) },
  // A fresh branch each time: one that already has a secretary answers 409.
  {
    method: "POST",
    url: "/api/admin/branches/:slug/secretary-invitation",
    expect: platformAdminOnly(201),
    request: async (fx) => ({ params: { slug: (await aBranch(fx.db)).slug }, body: { name: "Eerste Secretaris", email: `${unique("secretaris").replace(/\W+/g, "-")}@example.org` } }),
  },

  // --- The branch -----------------------------------------------------------------------------------
  { method: "GET", url: B, expect: branchRead(), request: () => ({}) },
  { method: "GET", url: `${B}/people`, expect: branchRead(), request: () => ({}) },
  // --- People, roles and invitations: members read the list (contact details by the privacy rule), the secretary keeps it
  { method: "POST", url: `${B}/people`, expect: secretaryOrAdmin(201), request: () => ({ body: { name: unique("Nieuw lid"), email: `${unique("nieuw").replace(/\W+/g, "-")}@example.org` } }) },
  { method: "PATCH", url: `${B}/people/:id`, expect: secretaryOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.person() }, body: { version: 1, phone: "0612345678" } }) },
  { method: "PUT", url: `${B}/people/:id/roles`, expect: secretaryOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.person() }, body: { roles: ["member"] } }) },
  { method: "POST", url: `${B}/people/:id/departure`, expect: secretaryOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.person() }, body: {} }) },
  {
    method: "DELETE",
    url: `${B}/people/:id/departure`,
    expect: secretaryOnly(200),
    request: async (fx) => {
      const id = await fx.fresh.person();
      await fx.db.person.update({ where: { id }, data: { leftOn: fromIsoDate(fx.today), active: false } });
      return { params: { id } };
    },
  },
  {
    method: "POST",
    url: `${B}/people/:id/erasure`,
    expect: secretaryOnly(200),
    // Only a former member can be erased: a fresh person who left today.
    request: async (fx) => {
      const id = await fx.fresh.person();
      await fx.db.person.update({ where: { id }, data: { leftOn: fromIsoDate(fx.today), active: false } });
      return { params: { id } };
    },
  },
  // A fresh person has no account and no invitation yet: the one case a new invitation is made for.
  { method: "POST", url: `${B}/people/:id/invitation`, expect: secretaryOrAdmin(201), request: async (fx) => ({ params: { id: await fx.fresh.person() } }) },
  // Importing and exporting members as CSV: the secretary only; each import its own new address.
  { method: "POST", url: `${B}/people/import/preview`, expect: secretaryOnly(200), request: () => ({ body: { csv: `naam;e-mail\nNieuw Lid;${unique("import").replace(/\W+/g, "-")}@example.org` } }) },
  { method: "POST", url: `${B}/people/import`, expect: secretaryOnly(200), request: () => ({ body: { csv: `naam;e-mail\nNieuw Lid;${unique("import").replace(/\W+/g, "-")}@example.org`, invite: false } }) },
  { method: "GET", url: `${B}/people/export.csv`, expect: secretaryOnly(200), request: () => ({}) },
  { method: "GET", url: `${B}/invitations`, expect: secretaryOnly(200), request: () => ({}) },
  { method: "POST", url: `${B}/invitations/:id/resend`, expect: secretaryOrAdmin(200), request: async (fx) => ({ params: { id: (await fx.fresh.invitation()).id } }) },
  { method: "POST", url: `${B}/invitations/:id/revoke`, expect: secretaryOnly(200), request: async (fx) => ({ params: { id: (await fx.fresh.invitation()).id } }) },
  // The token in the body is the credential: a fresh invitation for everyone, who then has an account of their own.
  { method: "POST", url: "/api/auth/invitations/accept", expect: everyone(200), request: async (fx) => ({ body: { token: (await fx.fresh.invitation()).token, password: "Paarse olifanten dansen op het Plein 7429" } }) },
  // Linking the caller's account: an invitation in a branch of its own, which none of the callers belongs to yet.
  {
    method: "POST",
    url: "/api/auth/invitations/link",
    expect: loggedIn(200),
    request: async (fx) => {
      const branch = await aBranch(fx.db);
      return { body: { token: (await factories(fx.db, { ...fx.fresh.scope, branchId: branch.id }).invitation()).token } };
    },
  },
  { method: "GET", url: `${B}/working-groups`, expect: branchRead(), request: () => ({}) },
  { method: "GET", url: `${B}/settings`, expect: branchRead(), request: () => ({}) },
  { method: "PUT", url: `${B}/settings`, expect: boardOnly(200), request: () => ({ body: { schoolHolidayRegion: "midden" } }) },
  { method: "GET", url: `${B}/working-groups/overview`, expect: branchRead(), request: () => ({}) },
  // Who changed what: board members, and the platform admin reading along for support.
  { method: "GET", url: `${B}/audit-log`, expect: { ...boardOnly(200), admin: 200 }, request: () => ({}) },
  // Outgoing mail (with invitation links while mail is off): the secretary, and the platform admin reading along.
  { method: "GET", url: `${B}/outbox`, expect: { ...secretaryOnly(200), admin: 200 }, request: () => ({}) },

  // --- Board and retirement roster: members read it, board members keep it -------------------------
  { method: "GET", url: `${B}/board`, expect: branchRead(), request: () => ({}) },
  { method: "GET", url: `${B}/roster`, expect: branchRead(), request: () => ({}) },
  { method: "GET", url: `${B}/roster.csv`, expect: branchRead(), request: () => ({}) },
  { method: "GET", url: `${B}/roster/history`, expect: branchRead(), request: () => ({}) },
  { method: "GET", url: `${B}/roster/staggering`, expect: branchRead(), request: () => ({}) },
  // A fresh seat whose holder's term has ended: due for reappointment.
  { method: "POST", url: `${B}/roster/seats/:seatId/reappointment`, expect: boardOnly(201), request: async (fx) => ({ params: { seatId: (await fx.fresh.seat("expired")).seatId }, body: {} }) },
  { method: "POST", url: `${B}/roster/seats/:seatId/departure`, expect: boardOnly(200), request: async (fx) => ({ params: { seatId: (await fx.fresh.seat("active")).seatId }, body: {} }) },
  {
    method: "POST",
    url: `${B}/roster/seats/:seatId/interim`,
    expect: boardOnly(201),
    request: async (fx) => ({ params: { seatId: (await fx.fresh.seat("vacant")).seatId }, body: { personId: await fx.fresh.person() } }),
  },
  // The seats themselves: the board adds, changes and abolishes them (a fresh seat each time).
  { method: "POST", url: `${B}/roster/seats`, expect: boardOnly(201), request: () => ({ body: { function: `Bestuurslid ${randomBytes(4).toString("hex")}`, portfolio: "Scholing" } }) },
  {
    method: "PATCH",
    url: `${B}/roster/seats/:seatId`,
    expect: boardOnly(200),
    request: async (fx) => {
      const { seatId } = await fx.fresh.seat("vacant");
      const seat = await fx.db.boardSeat.findUniqueOrThrow({ where: { id: seatId } });
      return { params: { seatId }, body: { portfolio: "Ledenwerving", version: seatVersion({ ...seat, abolishedOn: seat.abolishedOn?.toISOString().slice(0, 10) ?? null }) } };
    },
  },
  { method: "POST", url: `${B}/roster/seats/:seatId/abolition`, expect: boardOnly(200), request: async (fx) => ({ params: { seatId: (await fx.fresh.seat("active")).seatId }, body: {} }) },
  { method: "PUT", url: `${B}/roster/seats/:seatId/standing-again`, expect: boardOnly(200), request: async (fx) => ({ params: { seatId: (await fx.fresh.seat("expired")).seatId }, body: { standingAgain: "yes" } }) },
  {
    method: "PUT",
    url: `${B}/roster/policy`,
    expect: boardOnly(200),
    serial: true,
    // The same values again, under the version the caller sees now.
    request: async (fx) => {
      const policy = await fx.db.boardTermPolicy.findUniqueOrThrow({ where: { branchId: fx.branchId } });
      return { body: { termLengthMonths: policy.termLengthMonths, maxConsecutiveTerms: policy.maxConsecutiveTerms, endingSoonWindowMonths: policy.endingSoonWindowMonths, version: policy.version } };
    },
  },
  // The five seeded terms that all ended on one day, put back as seeded, and the proposal for them.
  { method: "POST", url: `${B}/roster/staggering`, expect: boardOnly(201), serial: true, request: async (fx) => ({ body: { seatIds: await fx.fresh.staggeringProposal() } }) },

  // --- Meeting series and their occurrences: members read, board members plan ----------------------
  { method: "GET", url: `${B}/series`, expect: branchRead(), request: () => ({}) },
  {
    method: "POST",
    url: `${B}/series`,
    expect: boardOnly(201),
    request: (fx) => ({
      body: { kind: "other", title: unique("Matrix-overleg"), recurrence: { kind: "single", date: addDaysLocal(fx.today, 30) }, startTime: "19:30", durationMinutes: 60, validFrom: fx.today },
    }),
  },
  { method: "GET", url: `${B}/series/:id`, expect: branchRead(), request: (fx) => ({ params: { id: fx.boardSeries } }) },
  { method: "PATCH", url: `${B}/series/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: (await fx.fresh.meeting()).seriesId }, body: { title: unique("Hernoemd overleg"), version: 1 } }) },
  { method: "DELETE", url: `${B}/series/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: (await fx.fresh.meeting()).seriesId } }) },
  { method: "GET", url: `${B}/occurrences`, expect: branchRead(), request: (fx) => ({ query: { from: fx.today, to: addDaysLocal(fx.today, 30) } }) },
  {
    method: "PUT",
    url: `${B}/series/:id/occurrences/:date`,
    expect: boardOnly(200),
    request: async (fx) => {
      const meeting = await fx.fresh.meeting();
      return { params: { id: meeting.seriesId, date: meeting.date }, body: { status: "cancelled", reason: "Zaal niet beschikbaar", expectedVersion: null } };
    },
  },
  {
    method: "DELETE",
    url: `${B}/series/:id/occurrences/:date`,
    expect: boardOnly(204),
    request: async (fx) => {
      const meeting = await fx.fresh.meeting();
      await fx.fresh.cancellation(meeting);
      return { params: { id: meeting.seriesId, date: meeting.date }, query: { version: "1" } };
    },
  },
  // Clash warnings before saving (issue 18): nothing is written, so the board's own series and meetings serve.
  {
    method: "POST",
    url: `${B}/series/check`,
    expect: boardOnly(200),
    request: (fx) => ({ body: { kind: "branch_meeting", title: "Matrix-bijeenkomst", recurrence: { kind: "single", date: addDaysLocal(fx.today, 30) }, startTime: "19:30", durationMinutes: 60, validFrom: fx.today } }),
  },
  { method: "POST", url: `${B}/series/:id/check`, expect: boardOnly(200), request: (fx) => ({ params: { id: fx.boardSeries }, body: { startTime: "20:00", version: 1 } }) },
  {
    method: "POST",
    url: `${B}/series/:id/occurrences/:date/check`,
    expect: boardOnly(200),
    request: (fx) => {
      const { seriesId, date } = fx.nextBoardMeeting;
      const day = addDaysLocal(date, 1);
      return { params: { id: seriesId, date }, body: { status: "moved", start: `${day}T19:30`, end: `${day}T21:30`, reason: "Zaal bezet", expectedVersion: null } };
    },
  },
  { method: "GET", url: `${B}/load`, expect: branchRead(), request: (fx) => ({ query: { week: isoWeekKey(fx.today) } }) },
  { method: "GET", url: `${B}/series/:id/preparer`, expect: branchRead(), request: (fx) => ({ params: { id: fx.boardSeries } }) },
  { method: "PUT", url: `${B}/series/:id/preparer`, expect: boardOnly(200), request: async (fx) => ({ params: { id: (await fx.fresh.meeting()).seriesId }, body: { personId: fx.person.priya } }) },

  // --- One meeting (a fresh Communicatie meeting): members read; the chair, convener, preparer and
  //     board members run it; any member proposes items and answers for themselves ------------------
  { method: "GET", url: `${MEETING}/agenda`, expect: branchRead(), request: async (fx) => ({ params: await meetingParams(fx) }) },
  { method: "POST", url: `${MEETING}/agenda`, expect: chairOrBoard(201), request: async (fx) => ({ params: await meetingParams(fx), body: { title: unique("Agendapunt"), estimatedMinutes: 10 } }) },
  {
    method: "POST",
    url: `${MEETING}/agenda`,
    variant: "another working group's meeting (Organizing)",
    expect: branchWrite({ board: 201, secretary: 201, chair: 403, member: 403 }),
    request: async (fx) => ({ params: paramsOf(await fx.fresh.meeting(fx.organizing)), body: { title: unique("Agendapunt") } }),
  },
  { method: "POST", url: `${MEETING}/agenda/proposals`, expect: anyMember(201), request: async (fx) => ({ params: await meetingParams(fx), body: { title: unique("Voorstel") } }) },
  {
    method: "PUT",
    url: `${MEETING}/agenda/order`,
    expect: chairOrBoard(200),
    request: async (fx) => {
      const meeting = await fx.fresh.meeting();
      const first = await fx.fresh.agendaItem(meeting);
      const second = await fx.fresh.agendaItem(meeting);
      return { params: paramsOf(meeting), body: { itemIds: [second, first] } };
    },
  },
  { method: "PATCH", url: `${MEETING}/agenda/:itemId`, expect: chairOrBoard(200), request: async (fx) => ({ ...(await itemParams(fx, "open")), body: { title: unique("Aangepast punt"), version: 1 } }) },
  { method: "DELETE", url: `${MEETING}/agenda/:itemId`, expect: chairOrBoard(204), request: async (fx) => itemParams(fx, "open") },
  { method: "POST", url: `${MEETING}/agenda/:itemId/accept`, expect: chairOrBoard(200), request: async (fx) => itemParams(fx, "proposed") },
  { method: "POST", url: `${MEETING}/agenda/:itemId/decline`, expect: chairOrBoard(200), request: async (fx) => itemParams(fx, "proposed") },
  // From the working group to the board's next meeting.
  { method: "POST", url: `${MEETING}/agenda/:itemId/refer`, expect: chairOrBoard(201), request: async (fx) => ({ ...(await itemParams(fx, "open")), body: { toSeriesId: fx.boardSeries } }) },
  // "Agenda versturen" (issue 15): those who prepare the agenda; the status for every member.
  { method: "GET", url: `${MEETING}/agenda/send`, expect: branchRead(), request: async (fx) => ({ params: await meetingParams(fx) }) },
  { method: "POST", url: `${MEETING}/agenda/send`, expect: chairOrBoard(200), request: async (fx) => ({ params: await meetingParams(fx) }) },
  // A meeting can be closed once it has taken place (issue 18): yesterday's.
  { method: "POST", url: `${MEETING}/close`, expect: chairOrBoard(200), request: async (fx) => ({ params: paramsOf(await fx.fresh.meeting(undefined, -1)) }) },
  {
    method: "GET",
    url: `${B}/agenda-items/:itemId/history`,
    expect: branchRead(),
    request: async (fx) => ({ params: { itemId: await fx.fresh.agendaItem(await fx.fresh.meeting()) } }),
  },
  { method: "GET", url: `${MEETING}/decisions`, expect: branchRead(), request: async (fx) => ({ params: await meetingParams(fx) }) },
  { method: "GET", url: `${MEETING}/minutes.pdf`, expect: branchRead(), request: async (fx) => ({ params: await meetingParams(fx) }) },
  { method: "POST", url: `${MEETING}/decisions`, expect: chairOrBoard(201), request: async (fx) => ({ params: await meetingParams(fx), body: { text: "De werkgroep start een nieuwsbrief." } }) },
  { method: "GET", url: `${B}/series/:id/decisions`, expect: branchRead(), request: (fx) => ({ params: { id: fx.boardSeries } }) },
  {
    method: "PATCH",
    url: `${B}/decisions/:decisionId`,
    expect: chairOrBoard(200),
    request: async (fx) => ({ params: { decisionId: await fx.fresh.decision(await fx.fresh.meeting()) }, body: { text: "Gecorrigeerde tekst.", version: 1 } }),
  },
  { method: "DELETE", url: `${B}/decisions/:decisionId`, expect: chairOrBoard(204), request: async (fx) => ({ params: { decisionId: await fx.fresh.decision(await fx.fresh.meeting()) } }) },
  { method: "GET", url: `${MEETING}/actions`, expect: branchRead(), request: async (fx) => ({ params: await meetingParams(fx) }) },
  // Sanne keeps Organizing's action list, not Communicatie's: here she is an ordinary member.
  { method: "POST", url: `${MEETING}/actions`, expect: chairOrBoard(201), request: async (fx) => ({ params: await meetingParams(fx), body: { title: unique("Actie") } }) },
  {
    method: "POST",
    url: `${MEETING}/actions`,
    variant: "Organizing's meeting, whose action list Sanne keeps",
    expect: branchWrite({ board: 201, secretary: 201, chair: 403, member: 201 }),
    request: async (fx) => ({ params: paramsOf(await fx.fresh.meeting(fx.organizing)), body: { title: unique("Actie") } }),
  },
  { method: "GET", url: `${B}/actions`, expect: branchRead(), request: () => ({}) },
  // An action of Latifa's: the caller is not its owner.
  {
    method: "PATCH",
    url: `${B}/actions/:actionId`,
    expect: chairOrBoard(200),
    request: async (fx) => ({ params: { actionId: await fx.fresh.action(await fx.fresh.meeting(), fx.person.latifa) }, body: { title: unique("Andere actie"), version: 1 } }),
  },
  { method: "GET", url: `${B}/actions/:actionId/history`, expect: branchRead(), request: async (fx) => ({ params: { actionId: await fx.fresh.action(await fx.fresh.meeting(), fx.person.latifa) } }) },
  { method: "GET", url: `${MEETING}/attendance`, expect: branchRead(), request: async (fx) => ({ params: await meetingParams(fx) }) },
  {
    method: "PUT",
    url: `${MEETING}/attendance/:personId`,
    variant: "presence of another member",
    expect: chairOrBoard(200),
    request: async (fx) => ({ params: { ...(await meetingParams(fx)), personId: fx.person.latifa }, body: { presence: "present" } }),
  },
  {
    method: "PUT",
    url: `${MEETING}/attendance/:personId`,
    variant: "own RSVP",
    expect: anyMember(200),
    // Callers without a person in Den Haag answer for Sanne; they do not get that far.
    request: async (fx, caller) => ({ params: { ...(await meetingParams(fx)), personId: caller.personId ?? fx.person.sanne }, body: { rsvp: "yes" } }),
  },
  { method: "GET", url: `${B}/attendance`, expect: branchRead(), request: () => ({}) },

  // --- Guests who ask to attend a board meeting: the secretary answers -----------------------------
  { method: "GET", url: `${B}/guest-requests`, expect: secretaryOnly(200), request: () => ({}) },
  { method: "POST", url: `${B}/guest-requests/:requestId/approve`, expect: secretaryOnly(200), request: async (fx) => ({ params: { requestId: await fx.fresh.guestRequest() }, body: { version: 1 } }) },
  { method: "POST", url: `${B}/guest-requests/:requestId/decline`, expect: secretaryOnly(200), request: async (fx) => ({ params: { requestId: await fx.fresh.guestRequest() }, body: { version: 1 } }) },

  // --- Goals of Communicatie: its chair and board members manage them; its members measure ----------
  { method: "GET", url: `${B}/goals`, expect: branchRead(), request: () => ({}) },
  {
    method: "POST",
    url: `${B}/goals`,
    expect: chairOrBoard(201),
    request: (fx) => ({
      body: { workingGroupId: fx.communicatie, title: unique("Doel"), kind: "count", target: 3, activityType: "article", periodStart: fx.today, periodEnd: addDaysLocal(fx.today, 180) },
    }),
  },
  { method: "GET", url: `${B}/goals/:id`, expect: branchRead(), request: async (fx) => ({ params: { id: await fx.fresh.goal("count") } }) },
  { method: "PATCH", url: `${B}/goals/:id`, expect: chairOrBoard(200), request: async (fx) => ({ params: { id: await fx.fresh.goal("count") }, body: { title: unique("Ander doel"), version: 1 } }) },
  {
    method: "PATCH",
    url: `${B}/goals/:id`,
    variant: "a goal of another working group (Organizing)",
    expect: branchWrite({ board: 200, secretary: 200, chair: 403, member: 403 }),
    request: async (fx) => ({ params: { id: await fx.fresh.goal("count", fx.organizing) }, body: { title: unique("Ander doel"), version: 1 } }),
  },
  { method: "DELETE", url: `${B}/goals/:id`, expect: chairOrBoard(204), request: async (fx) => ({ params: { id: await fx.fresh.goal("count") } }) },
  { method: "PUT", url: `${B}/goals/:id/milestone`, expect: chairOrBoard(200), request: async (fx) => ({ params: { id: await fx.fresh.goal("milestone") }, body: { done: true, version: 1 } }) },
  { method: "POST", url: `${B}/goals/:id/measurements`, expect: anyMember(201), request: async (fx) => ({ params: { id: await fx.fresh.goal("metric") }, body: { date: fx.today, value: 42 } }) },
  // A measurement Latifa recorded: not the caller's own.
  {
    method: "DELETE",
    url: `${B}/goals/:id/measurements/:measurementId`,
    expect: chairOrBoard(204),
    request: async (fx) => {
      const goal = await fx.fresh.goal("metric");
      return { params: { id: goal, measurementId: await fx.fresh.measurement(goal) } };
    },
  },

  // --- Activity log: members log for their groups; who logged it, the chair or the board undo -------
  { method: "GET", url: `${B}/activities`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/activities`, expect: anyMember(201), request: (fx) => ({ body: { type: "other", date: fx.today, workingGroupId: fx.communicatie, note: "Flyers gevouwen" } }) },
  {
    method: "POST",
    url: `${B}/activities`,
    variant: "for Organizing, which Sanne is in and Priya is not",
    expect: branchWrite({ board: 201, secretary: 201, chair: 403, member: 201 }),
    request: (fx) => ({ body: { type: "own_action", date: fx.today, workingGroupId: fx.organizing } }),
  },
  // An activity Latifa logged.
  { method: "DELETE", url: `${B}/activities/:id`, expect: chairOrBoard(204), request: async (fx) => ({ params: { id: await fx.fresh.activity() } }) },

  // --- Network register: any member adds an organisation; board members change and remove them -----
  { method: "GET", url: `${B}/organisations`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/organisations`, expect: anyMember(201), request: () => ({ body: { name: unique("Buurtvereniging"), type: "community" } }) },
  { method: "GET", url: `${B}/organisations/:id`, expect: branchRead(), request: async (fx) => ({ params: { id: await fx.fresh.organisation() } }) },
  { method: "PATCH", url: `${B}/organisations/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.organisation() }, body: { contactNotes: "Nieuwe contactpersoon", version: 1 } }) },
  { method: "DELETE", url: `${B}/organisations/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: await fx.fresh.organisation() } }) },

  // --- Duty rotas of Communicatie (Latifa and Martijn take turns): its chair and board members -----
  { method: "GET", url: `${B}/rotas`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/rotas`, expect: chairOrBoard(201), request: (fx) => ({ body: { workingGroupId: fx.communicatie, name: unique("Nieuwsbrief"), memberIds: [fx.person.latifa, fx.person.martijn] } }) },
  { method: "GET", url: `${B}/rotas/:id`, expect: branchRead(), request: async (fx) => ({ params: { id: await fx.fresh.rota() } }) },
  { method: "PATCH", url: `${B}/rotas/:id`, expect: chairOrBoard(200), request: async (fx) => ({ params: { id: await fx.fresh.rota() }, body: { name: unique("Ander rooster"), version: 1 } }) },
  { method: "POST", url: `${B}/rotas/:id/end`, expect: chairOrBoard(200), request: async (fx) => ({ params: { id: await fx.fresh.rota() }, body: { version: 1 } }) },
  // Next week and the week after; the caller is on duty in neither.
  {
    method: "POST",
    url: `${B}/rotas/:id/swaps`,
    expect: chairOrBoard(200),
    request: async (fx) => ({ params: { id: await fx.fresh.rota() }, body: { weeks: [isoWeekKey(addDaysLocal(fx.today, 7)), isoWeekKey(addDaysLocal(fx.today, 14))], version: 1 } }),
  },

  // --- Long-term plan: everyone reads it, board members change it ----------------------------------
  { method: "GET", url: `${B}/plan`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/plan/phases`, expect: boardOnly(201), request: () => ({ body: { name: unique("Fase"), startDate: "2028-01-01", endDate: "2028-12-31" } }) },
  { method: "PATCH", url: `${B}/plan/phases/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.phase() }, body: { name: unique("Andere fase"), version: 1 } }) },
  { method: "DELETE", url: `${B}/plan/phases/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: await fx.fresh.phase() } }) },
  { method: "POST", url: `${B}/plan/focus-topics`, expect: boardOnly(201), request: () => ({ body: { name: unique("Thema") } }) },
  { method: "PATCH", url: `${B}/plan/focus-topics/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.focusTopic() }, body: { description: "Bijgewerkt", version: 1 } }) },
  { method: "DELETE", url: `${B}/plan/focus-topics/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: await fx.fresh.focusTopic() } }) },

  // --- Training (scholing) and wijken: everyone reads; board members keep topics, lenses and wijken; sessions
  // are for board members and the organising group's chair (Communicatie's sessions: Priya is its chair) -----
  { method: "GET", url: `${B}/training`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/training/topics`, expect: boardOnly(201), request: () => ({ body: { name: unique("Onderwerp"), learningQuestions: ["Wat speelt er?"] } }) },
  { method: "PATCH", url: `${B}/training/topics/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.trainingTopic() }, body: { description: "Bijgewerkt", version: 1 } }) },
  { method: "DELETE", url: `${B}/training/topics/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: await fx.fresh.trainingTopic() } }) },
  {
    method: "POST",
    url: `${B}/training/sessions`,
    expect: chairOrBoard(201),
    request: async (fx) => ({ body: { topicId: await fx.fresh.trainingTopic(), form: "background_article", title: unique("Artikel"), workingGroupId: fx.communicatie } }),
  },
  { method: "PATCH", url: `${B}/training/sessions/:id`, expect: chairOrBoard(200), request: async (fx) => ({ params: { id: await fx.fresh.trainingSession() }, body: { title: unique("Andere titel"), version: 1 } }) },
  { method: "DELETE", url: `${B}/training/sessions/:id`, expect: chairOrBoard(204), request: async (fx) => ({ params: { id: await fx.fresh.trainingSession() } }) },
  { method: "POST", url: `${B}/training/lenses`, expect: boardOnly(201), request: () => ({ body: { name: unique("lens") } }) },
  { method: "PATCH", url: `${B}/training/lenses/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.lens() }, body: { name: unique("Andere lens"), version: 1 } }) },
  { method: "DELETE", url: `${B}/training/lenses/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: await fx.fresh.lens() } }) },
  { method: "GET", url: `${B}/neighbourhoods`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/neighbourhoods`, expect: boardOnly(201), request: () => ({ body: { name: unique("Wijk") } }) },
  { method: "PATCH", url: `${B}/neighbourhoods/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.neighbourhood() }, body: { name: unique("Andere wijk"), version: 1 } }) },
  { method: "DELETE", url: `${B}/neighbourhoods/:id`, expect: boardOnly(204), request: async (fx) => ({ params: { id: await fx.fresh.neighbourhood() } }) },

  // --- Working groups as bodies: the secretary and board members create, rename, archive and name roles;
  // a group's chair or convener adds and removes plain members and answers join requests; any member asks
  // to join. Fresh groups have Priya ("chair") as convener and Sanne as a plain member. boardOnly = the
  // secretary or a board member here (access.branchRoles("secretary", "board_member")).
  { method: "GET", url: `${B}/working-groups/manage`, expect: branchRead(), request: () => ({}) },
  { method: "POST", url: `${B}/working-groups`, expect: boardOnly(201), request: () => ({ body: { name: unique("Werkgroep"), description: "Nieuw" } }) },
  { method: "PATCH", url: `${B}/working-groups/:id`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.workingGroup() }, body: { version: 1, name: unique("Hernoemd") } }) },
  { method: "POST", url: `${B}/working-groups/:id/archive`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.workingGroup() }, body: { version: 1 } }) },
  { method: "POST", url: `${B}/working-groups/:id/unarchive`, expect: boardOnly(200), request: async (fx) => ({ params: { id: await fx.fresh.workingGroup([], true) }, body: { version: 1 } }) },
  {
    method: "POST",
    url: `${B}/working-groups/:id/members`,
    expect: chairOrBoard(201),
    request: async (fx) => ({ params: { id: await groupWithConvener(fx) }, body: { personId: await fx.fresh.person() } }),
  },
  {
    method: "PUT",
    url: `${B}/working-groups/:id/members/:personId/role`,
    expect: boardOnly(200),
    request: async (fx) => {
      const personId = await fx.fresh.person();
      return { params: { id: await fx.fresh.workingGroup([{ personId, role: "member" }]), personId }, body: { role: "action_list_keeper" } };
    },
  },
  {
    method: "DELETE",
    url: `${B}/working-groups/:id/members/:personId`,
    expect: chairOrBoard(204),
    request: async (fx) => {
      const personId = await fx.fresh.person();
      return { params: { id: await groupWithConvener(fx, personId), personId } };
    },
  },
  { method: "GET", url: `${B}/working-groups/:id/join-requests`, expect: chairOrBoard(200), request: async (fx) => ({ params: { id: await groupWithConvener(fx) } }) },
  { method: "POST", url: `${B}/working-groups/:id/join-requests`, expect: anyMember(201), request: async (fx) => ({ params: { id: await fx.fresh.workingGroup() }, body: { message: "Ik doe graag mee" } }) },
  {
    method: "POST",
    url: `${B}/working-groups/:id/join-requests/:requestId/decision`,
    expect: chairOrBoard(200),
    request: async (fx) => {
      const id = await groupWithConvener(fx);
      return { params: { id, requestId: await fx.fresh.joinRequest(id) }, body: { decision: "accept" } };
    },
  },
  // The caller's own request (callers without a person in Den Haag would withdraw Sanne's; they do not get that far).
  {
    method: "DELETE",
    url: `${B}/working-groups/:id/join-requests/:requestId`,
    expect: anyMember(204),
    request: async (fx, caller) => {
      const id = await fx.fresh.workingGroup();
      return { params: { id, requestId: await fx.fresh.joinRequest(id, caller.personId ?? fx.person.sanne) } };
    },
  },
];

export const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
export const rowLabel = (row: MatrixRow) => `${routeKey(row)}${row.variant ? ` (${row.variant})` : ""}`;

// ---------------------------------------------------------------------------
// Sending a row's request

export function urlOf(template: string, params: Record<string, string> = {}, query: Record<string, string> = {}): string {
  const path = template
    .replace(/:(\w+)/g, (_, name: string) => {
      const value = name === "slug" ? (params.slug ?? "den-haag") : params[name];
      if (value === undefined) throw new Error(`No value for :${name} in ${template}`);
      return encodeURIComponent(value);
    })
    // A wildcard route (the docs' static files) takes a path of its own.
    .replace(/\*$/, () => {
      if (params["*"] === undefined) throw new Error(`No value for * in ${template}`);
      return params["*"];
    });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

export async function send(app: FastifyInstance, row: Pick<MatrixRow, "method" | "url">, request: MatrixRequest, caller: Caller): Promise<LightMyRequestResponse> {
  const token = request.token !== undefined ? request.token : (caller.session?.accessToken ?? null);
  return app.inject({
    method: row.method,
    url: urlOf(row.url, request.params, request.query),
    headers: token ? bearer({ accessToken: token }) : {},
    cookies: request.cookies,
    ...(request.body !== undefined ? { payload: request.body } : {}),
  });
}

// ---------------------------------------------------------------------------
// The world the rows run in

const DEN_HAAG_PEOPLE = ["latifa", "yuval", "martijn", "nadine", "tim", "priya", "daan"] as const;
type PersonName = (typeof DEN_HAAG_PEOPLE)[number] | "sanne";

export interface Fixtures {
  app: FastifyInstance;
  db: Database;
  today: string;
  branchId: string;
  /** Person ids in Den Haag, by first name (Sanne is lid@). */
  person: Record<PersonName, string>;
  /** User ids, by the same names. */
  userOf: Record<PersonName, string>;
  /** The working group the group-scoped rows use. */
  communicatie: string;
  /** Another working group: Priya is not in it; Sanne keeps its action list. */
  organizing: string;
  boardSeries: string;
  /** The first upcoming board meeting, which guests may ask to attend. */
  nextBoardMeeting: { seriesId: string; date: string };
  fresh: Factories & { staggeringProposal(): Promise<string[]> };
  /** Tim's personal calendar feed token. */
  calendarFeedToken: string;
  /** A board member's session, for setting things up through the API. */
  boardSession: Session;
}

/** A working unsubscribe link's token for this person, as the outbox makes one (only its SHA-256 stored). */
async function unsubscribeTokenOf(fx: Fixtures, name: PersonName): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await fx.db.unsubscribeToken.create({ data: { tokenHash: createHash("sha256").update(token).digest("hex"), personId: fx.person[name] } });
  return token;
}

const emailOf = (name: PersonName) => (name === "sanne" ? DEMO.member : `${name}@bij1-denhaag.example`);

/**
 * Gives the roles their accounts (see the top of this file: Priya becomes Communicatie's chair, Sanne
 * one of its members) and collects the ids the rows need.
 */
export async function prepareMatrix(app: FastifyInstance, db: Database): Promise<Fixtures> {
  const branch = await db.branch.findUniqueOrThrow({ where: { slug: "den-haag" }, select: { id: true, timeZone: true } });
  const people = await db.person.findMany({ where: { branchId: branch.id }, select: { id: true, email: true, userId: true } });
  const person = {} as Record<PersonName, string>;
  const userOf = {} as Record<PersonName, string>;
  for (const name of [...DEN_HAAG_PEOPLE, "sanne"] as const) {
    const found = people.find((candidate) => candidate.email === emailOf(name));
    if (!found?.userId) throw new Error(`The demo data has no ${emailOf(name)}`);
    person[name] = found.id;
    userOf[name] = found.userId;
  }
  const groupId = async (slug: string) => (await db.workingGroup.findUniqueOrThrow({ where: { branchId_slug: { branchId: branch.id, slug } } })).id;
  const communicatie = await groupId("communicatie");
  const organizing = await groupId("organizing");
  await db.workingGroupMember.update({ where: { workingGroupId_personId: { workingGroupId: communicatie, personId: person.priya } }, data: { role: "chair" } });
  await db.workingGroupMember.upsert({
    where: { workingGroupId_personId: { workingGroupId: communicatie, personId: person.sanne } },
    create: { branchId: branch.id, workingGroupId: communicatie, personId: person.sanne, role: "member" },
    update: { role: "member" },
  });

  const boardSeries = (await db.meetingSeries.findFirstOrThrow({ where: { branchId: branch.id, kind: "board" } })).id;
  const publicList = await app.inject({ method: "GET", url: "/api/public/branches/den-haag/board-meetings" });
  const nextBoardMeeting = (publicList.json().meetings as { seriesId: string; date: string }[])[0];
  if (!nextBoardMeeting) throw new Error(`No upcoming board meeting: ${publicList.body}`);

  const today = calendarDays.todayIn(branch.timeZone, TEST_NOW);
  const seededSeats = await db.boardSeat.findMany({ where: { branchId: branch.id }, select: { id: true, personId: true } });
  const seededTerms = await db.boardTerm.findMany({ where: { branchId: branch.id }, select: { id: true } });
  const boardSession = await login(app, ACCOUNTS.board);
  const fresh = factories(db, { branchId: branch.id, today, workingGroupId: communicatie, doer: person.latifa, rotaMembers: [person.latifa, person.martijn], boardMeeting: nextBoardMeeting });

  /**
   * Puts the roster back as seeded (five terms that all ended on one day, nobody decided) and returns
   * today's staggering proposal for it. Seats other rows added are abolished as of yesterday, so they
   * no longer count; the terms other staggering rows added to the seeded seats are removed.
   */
  const staggeringProposal = async () => {
    const seeded = seededSeats.map((seat) => seat.id);
    await db.boardSeat.updateMany({ where: { branchId: branch.id, id: { notIn: seeded }, abolishedOn: null }, data: { abolishedOn: fromIsoDate(addDaysLocal(today, -1)) } });
    await db.boardTerm.deleteMany({ where: { branchId: branch.id, seatId: { in: seeded }, id: { notIn: seededTerms.map((term) => term.id) } } });
    await db.boardTerm.updateMany({ where: { id: { in: seededTerms.map((term) => term.id) } }, data: { endedEarlyOn: null, standingAgain: "undecided" } });
    for (const seat of seededSeats) await db.boardSeat.update({ where: { id: seat.id }, data: { personId: seat.personId } });
    const response = await app.inject({ method: "GET", url: "/api/branches/den-haag/roster/staggering", headers: bearer(boardSession) });
    const seatIds = (response.json().proposal?.terms ?? []).map((term: { seatId: string }) => term.seatId);
    if (seatIds.length < 2) throw new Error(`The seeded roster should need staggering: ${response.body}`);
    return seatIds;
  };

  return {
    app,
    db,
    today,
    branchId: branch.id,
    person,
    userOf,
    communicatie,
    organizing,
    boardSeries,
    nextBoardMeeting,
    fresh: { ...fresh, staggeringProposal },
    calendarFeedToken: await newCalendarFeedToken(db, userOf.tim),
    boardSession,
  };
}

/** Logs each role in once; the rows share these sessions. */
export async function logInRoles(fx: Fixtures): Promise<Record<Role, Caller>> {
  const callers = {} as Record<Role, Caller>;
  const personByEmail = new Map((Object.keys(fx.person) as PersonName[]).map((name) => [emailOf(name), fx.person[name]]));
  for (const role of ROLES) {
    if (role === "anonymous") {
      callers[role] = { role, email: null, personId: null, session: null };
      continue;
    }
    const email = ACCOUNTS[role];
    callers[role] = { role, email, personId: personByEmail.get(email) ?? null, session: await login(fx.app, email) };
  }
  return callers;
}

// ---------------------------------------------------------------------------
// Factories: fresh resources for one row, made through Prisma (fast, and independent of the routes
// under test). They take a scope so the branch-isolation tests make the same things in Utrecht.

export interface Scope {
  branchId: string;
  today: string;
  /** The working group the resources belong to. */
  workingGroupId: string;
  /** Who recorded or did things (decisions, measurements, activities). */
  doer: string;
  /** Members of the working group who take turns on rotas. */
  rotaMembers: string[];
  /** An upcoming board meeting, for guest requests. */
  boardMeeting: { seriesId: string; date: string };
}

export interface Meeting {
  seriesId: string;
  date: string;
}

export type Factories = ReturnType<typeof factories>;

let counter = 0;
/** A name no other row uses (names of organisations, rotas and topics must be unique). */
export const unique = (prefix: string) => `${prefix} ${++counter}-${randomBytes(3).toString("hex")}`;

export function factories(db: Database, scope: Scope) {
  const { branchId, today } = scope;
  const day = (offset: number) => fromIsoDate(addDaysLocal(today, offset));
  /** A member without any role: for interim appointments and seat holders. */
  const person = async (): Promise<string> => {
    const name = unique("Lid");
    return (await db.person.create({ data: { branchId, name, email: `${name.replace(/\W+/g, "-").toLowerCase()}@example.org`, joinedOn: day(-400) } })).id;
  };
  return {
    person,
    scope,
    /** An open invitation by mail for a fresh person, with the token of its link. */
    async invitation(): Promise<{ id: string; token: string }> {
      const personId = await person();
      const { token, tokenHash } = newToken();
      const found = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { email: true } });
      const invitation = await db.invitation.create({ data: { branchId, personId, email: found.email, tokenHash, createdAt: TEST_NOW, expiresAt: expiryFrom(TEST_NOW) } });
      return { id: invitation.id, token };
    },
    /** A working-group meeting of its own: a single occurrence three weeks from now (or `inDays`), open, without items. */
    async meeting(workingGroupId = scope.workingGroupId, inDays = 21): Promise<Meeting> {
      const date = addDaysLocal(today, inDays);
      const series = await db.meetingSeries.create({
        data: {
          branchId,
          kind: "working_group",
          title: unique("Werkgroepoverleg"),
          workingGroupId,
          recurrenceKind: "single",
          singleDate: fromIsoDate(date),
          startTime: "19:30",
          durationMinutes: 90,
          validFrom: fromIsoDate(date < today ? date : today),
        },
      });
      return { seriesId: series.id, date };
    },
    async cancellation(meeting: Meeting): Promise<void> {
      await db.occurrenceException.create({ data: { branchId, seriesId: meeting.seriesId, occurrenceDate: fromIsoDate(meeting.date), change: "cancelled", reason: "Zaal niet beschikbaar" } });
    },
    async agendaItem(meeting: Meeting, status: "open" | "proposed" = "open"): Promise<string> {
      const position = (await db.agendaItem.count({ where: { seriesId: meeting.seriesId } })) + 1;
      const item = await db.agendaItem.create({
        data: { branchId, seriesId: meeting.seriesId, date: fromIsoDate(meeting.date), position, title: unique("Punt"), status, origin: status === "proposed" ? "proposal" : "new", proposedById: status === "proposed" ? scope.doer : null },
      });
      await db.agendaItem.update({ where: { id: item.id }, data: { rootItemId: item.id } });
      return item.id;
    },
    async decision(meeting: Meeting): Promise<string> {
      return (await db.decision.create({ data: { branchId, seriesId: meeting.seriesId, date: fromIsoDate(meeting.date), text: "Besloten.", createdById: scope.doer } })).id;
    },
    async action(meeting: Meeting, ownerId: string): Promise<string> {
      return (await db.actionItem.create({ data: { branchId, seriesId: meeting.seriesId, date: fromIsoDate(meeting.date), title: unique("Actie"), ownerId, createdById: scope.doer } })).id;
    },
    async goal(kind: "count" | "milestone" | "metric", workingGroupId = scope.workingGroupId): Promise<string> {
      const shape = kind === "count" ? { target: 3, activityType: "article" as const } : kind === "metric" ? { target: 500 } : { target: 1 };
      const goal = await db.goal.create({ data: { branchId, workingGroupId, title: unique("Doel"), kind, ...shape, periodStart: day(-30), periodEnd: day(180) } });
      return goal.id;
    },
    async measurement(goalId: string): Promise<string> {
      return (await db.goalMeasurement.create({ data: { branchId, goalId, date: day(-1), value: 120, recordedById: scope.doer } })).id;
    },
    async organisation(): Promise<string> {
      return (await db.organisation.create({ data: { branchId, name: unique("Organisatie"), type: "community" } })).id;
    },
    async activity(): Promise<string> {
      return (await db.activity.create({ data: { branchId, workingGroupId: scope.workingGroupId, type: "other", date: day(0), personId: scope.doer, createdById: scope.doer } })).id;
    },
    async rota(): Promise<string> {
      const rota = await db.dutyRota.create({
        data: {
          branchId,
          workingGroupId: scope.workingGroupId,
          name: unique("Rooster"),
          anchorWeek: isoWeekKey(today),
          members: { create: scope.rotaMembers.map((personId, position) => ({ branchId, personId, position })) },
        },
      });
      return rota.id;
    },
    async phase(): Promise<string> {
      return (await db.planPhase.create({ data: { branchId, name: unique("Fase"), startDate: fromIsoDate("2028-01-01"), endDate: fromIsoDate("2028-12-31") } })).id;
    },
    async focusTopic(): Promise<string> {
      return (await db.focusTopic.create({ data: { branchId, name: unique("Thema") } })).id;
    },
    async trainingTopic(): Promise<string> {
      return (await db.trainingTopic.create({ data: { branchId, name: unique("Scholingsonderwerp"), learningQuestions: ["Wat willen we leren?"] } })).id;
    },
    /** An undated session of the scope's working group (so no calendar series or activity yet). */
    async trainingSession(): Promise<string> {
      const topic = await db.trainingTopic.create({ data: { branchId, name: unique("Scholingsonderwerp") } });
      return (await db.trainingSession.create({ data: { branchId, topicId: topic.id, form: "conversation_evening", title: unique("Gespreksavond"), workingGroupId: scope.workingGroupId } })).id;
    },
    async lens(): Promise<string> {
      return (await db.trainingLens.create({ data: { branchId, name: unique("lens").toLowerCase() } })).id;
    },
    async neighbourhood(): Promise<string> {
      return (await db.neighbourhood.create({ data: { branchId, name: unique("Wijk") } })).id;
    },
    /** A working group of its own with these members (none by default); archived when asked. */
    async workingGroup(members: { personId: string; role: "chair" | "convener" | "action_list_keeper" | "member" }[] = [], archived = false): Promise<string> {
      const name = unique("Werkgroep");
      const group = await db.workingGroup.create({
        data: { branchId, name, slug: name.toLowerCase().replace(/\W+/g, "-"), archivedAt: archived ? TEST_NOW : null, members: { create: members.map((member) => ({ branchId, ...member })) } },
      });
      return group.id;
    },
    /** A waiting request to join a working group, by `personId` (a fresh member when not given). */
    async joinRequest(workingGroupId: string, personId?: string): Promise<string> {
      return (await db.workingGroupJoinRequest.create({ data: { branchId, workingGroupId, personId: personId ?? (await person()), message: "Graag", createdAt: TEST_NOW } })).id;
    },
    /** A pending request to attend the upcoming board meeting (its status link is never used). */
    async guestRequest(): Promise<string> {
      const request = await db.guestRequest.create({
        data: { branchId, seriesId: scope.boardMeeting.seriesId, date: fromIsoDate(scope.boardMeeting.date), name: "Gast", email: "gast@example.org", tokenHash: randomBytes(32).toString("hex") },
      });
      return request.id;
    },
    /**
     * A board seat of its own: "expired" (the holder's term ended in 2024, nothing decided), "active"
     * (a term running until next year) or "vacant" (nobody, no history).
     */
    async seat(state: "expired" | "active" | "vacant"): Promise<{ seatId: string; personId: string | null }> {
      const holder = state === "vacant" ? null : await person();
      const seat = await db.boardSeat.create({ data: { branchId, function: unique("Bestuurslid"), personId: holder, position: 90 } });
      if (holder) {
        const [start, end] = state === "expired" ? [fromIsoDate("2022-08-21"), fromIsoDate("2024-08-21")] : [day(-365), day(365)];
        await db.boardTerm.create({ data: { branchId, seatId: seat.id, personId: holder, kind: "elected", startDate: start, endDate: end, decidedOn: start } });
      }
      return { seatId: seat.id, personId: holder };
    },
  };
}

// ---------------------------------------------------------------------------
// Small request helpers

const paramsOf = (meeting: Meeting) => ({ seriesId: meeting.seriesId, date: meeting.date });
const meetingParams = async (fx: Fixtures) => paramsOf(await fx.fresh.meeting());

async function itemParams(fx: Fixtures, status: "open" | "proposed"): Promise<MatrixRequest> {
  const meeting = await fx.fresh.meeting();
  return { params: { ...paramsOf(meeting), itemId: await fx.fresh.agendaItem(meeting, status) } };
}

/** A fresh working group with Priya (the matrix's chair) as its convener, Sanne as a plain member, and `also` as another plain member. */
const groupWithConvener = (fx: Fixtures, also?: string) =>
  fx.fresh.workingGroup([{ personId: fx.person.priya, role: "convener" }, { personId: fx.person.sanne, role: "member" }, ...(also ? [{ personId: also, role: "member" as const }] : [])]);

const guestRequestBody = (fx: Fixtures) => ({ name: "Amina Bouzid", email: "amina@example.org", seriesId: fx.nextBoardMeeting.seriesId, date: fx.nextBoardMeeting.date });

/** A guest's private status token, from asking through the public route (the only place it is shown). */
async function guestRequestToken(fx: Fixtures): Promise<string> {
  const response = await fx.app.inject({ method: "POST", url: "/api/branches/den-haag/guest-requests", payload: guestRequestBody(fx) });
  const statusUrl = response.json<{ statusUrl?: string }>().statusUrl;
  if (response.statusCode !== 201 || !statusUrl) throw new Error(`Asking to attend failed: ${response.statusCode} ${response.body}`);
  return statusUrl.split("/").pop() ?? "";
}

/** A login of its own for the logout row: a logout ends the access token sent with it (issue 16 D), so never the role's shared one. */
async function freshSessionToEnd(fx: Fixtures, caller: Caller): Promise<MatrixRequest> {
  if (!caller.email) return {};
  const response = await fx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: caller.email, password: DEMO_PASSWORD } });
  return { cookies: { ap_refresh: refreshCookieOf(response) }, token: response.json<{ accessToken: string }>().accessToken };
}

/** A refresh cookie of a session of the caller's own (not the shared one, which these rows would end). */
async function freshRefreshCookie(fx: Fixtures, caller: Caller): Promise<Record<string, string> | undefined> {
  if (!caller.email) return undefined;
  const response = await fx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: caller.email, password: DEMO_PASSWORD } });
  return { ap_refresh: refreshCookieOf(response) };
}

/**
 * A token from a password-reset or email-change mail of a throwaway account of its own (so confirming it
 * changes no role's account), stored the way the server stores it: only its SHA-256.
 */
async function mailTokenFor(fx: Fixtures, kind: "passwordReset" | "emailChange"): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const suffix = randomBytes(4).toString("hex");
  const { passwordHash } = await fx.db.user.findUniqueOrThrow({ where: { email: DEMO.member }, select: { passwordHash: true } });
  const user = await fx.db.user.create({ data: { email: `wegwerp-${suffix}@example.org`, name: `Wegwerp ${suffix}`, passwordHash } });
  const expiresAt = new Date(TEST_NOW.getTime() + 60 * 60 * 1000);
  if (kind === "passwordReset") await fx.db.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt } });
  else await fx.db.emailChange.create({ data: { userId: user.id, newEmail: `bevestigd-${suffix}@example.org`, tokenHash, expiresAt } });
  return token;
}
