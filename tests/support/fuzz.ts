// Schema-driven hostile requests for tests/integration/fuzz.test.ts. The routes and their
// schemas come from the app's own OpenAPI document, so a new route is fuzzed without edits here.
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { STATUS_CODES } from "node:http";
import type { Database } from "../../server/src/db/client.ts";
import type { RouteAccess } from "../../server/src/lib/access.ts";
import { newCalendarFeedToken } from "../../server/src/modules/calendar/feeds.ts";

/** The subset of JSON Schema that TypeBox emits into the OpenAPI document. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

interface OpenApiParameter {
  in: "path" | "query" | "header" | "cookie";
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface DocumentedRoute {
  /** "POST /api/branches/:slug/goals", the same spelling as app.apiRoutes. */
  key: string;
  method: string;
  /** Fastify style, with :params. */
  url: string;
  pathParams: OpenApiParameter[];
  query: OpenApiParameter[];
  body: JsonSchema | undefined;
  access: RouteAccess;
}

const HTTP_METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/** Every route in the app's OpenAPI document, with the access rule the app registered for it. */
export function documentedRoutes(app: FastifyInstance): DocumentedRoute[] {
  const document = app.swagger() as unknown as OpenApiDocument;
  const accessByKey = new Map(app.apiRoutes.map((route) => [`${route.method} ${route.url}`, route.access]));
  return Object.entries(document.paths).flatMap(([openApiPath, operations]) =>
    Object.entries(operations)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]): DocumentedRoute => {
        const url = openApiPath.replace(/\{(\w+)\}/g, ":$1");
        const key = `${method.toUpperCase()} ${url}`;
        const access = accessByKey.get(key);
        if (!access) throw new Error(`${key} is documented but not in app.apiRoutes`);
        const parameters = operation.parameters ?? [];
        return {
          key,
          method: method.toUpperCase(),
          url,
          pathParams: parameters.filter((parameter) => parameter.in === "path"),
          query: parameters.filter((parameter) => parameter.in === "query"),
          body: operation.requestBody?.content["application/json"]?.schema,
          access,
        };
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// Real ids from the seeded database, so that many requests get past "not found" into handlers.

type Category =
  | "MeetingSeries" | "Goal" | "Activity" | "Organisation" | "DutyRota" | "PlanPhase" | "FocusTopic" | "GoalMeasurement"
  | "AgendaItem" | "Decision" | "ActionItem" | "Person" | "BoardSeat" | "WorkingGroup" | "GuestRequest";

const CATEGORIES: Category[] = [
  "MeetingSeries", "Goal", "Activity", "Organisation", "DutyRota", "PlanPhase", "FocusTopic", "GoalMeasurement",
  "AgendaItem", "Decision", "ActionItem", "Person", "BoardSeat", "WorkingGroup", "GuestRequest",
];

export interface FuzzPools {
  /** Ids per table: of the caller's branch (den-haag) and of another branch (utrecht). */
  ids: Record<Category, { own: string[]; other: string[] }>;
  /** Meetings that have records, agenda items and so on: (series, date) pairs. */
  meetings: { seriesId: string; date: string }[];
  calendarTokens: string[];
}

export async function loadPools(db: Database, ownSlug = "den-haag"): Promise<FuzzPools> {
  const [own] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Branch" WHERE slug = ${ownSlug}`;
  if (!own) throw new Error(`No branch ${ownSlug}`);
  const ids = {} as FuzzPools["ids"];
  for (const category of CATEGORIES) {
    // The table names are our own constants above, not input.
    const rows = await db.$queryRawUnsafe<{ id: string; branchId: string }[]>(`SELECT id::text AS id, "branchId"::text AS "branchId" FROM "${category}"`);
    ids[category] = { own: rows.filter((row) => row.branchId === own.id).map((row) => row.id), other: rows.filter((row) => row.branchId !== own.id).map((row) => row.id) };
  }
  const meetings = await db.$queryRaw<{ seriesId: string; date: string }[]>`
    SELECT DISTINCT "seriesId"::text AS "seriesId", to_char(date, 'YYYY-MM-DD') AS date FROM "AgendaItem" WHERE "branchId" = ${own.id}::uuid
    UNION SELECT "seriesId"::text, to_char(date, 'YYYY-MM-DD') FROM "MeetingRecord" WHERE "branchId" = ${own.id}::uuid`;
  // Only hashes are stored (issue 16), so a token to fuzz with is made for one of the branch's members.
  const [member] = await db.$queryRaw<{ userId: string }[]>`SELECT "userId"::text AS "userId" FROM "Person" WHERE "branchId" = ${own.id}::uuid AND "userId" IS NOT NULL LIMIT 1`;
  return { ids, meetings, calendarTokens: member ? [await newCalendarFeedToken(db, member.userId)] : [] };
}

const PARAM_CATEGORY: Record<string, Category> = {
  seriesId: "MeetingSeries", toSeriesId: "MeetingSeries", seatId: "BoardSeat", seatIds: "BoardSeat", personId: "Person", ownerId: "Person",
  memberIds: "Person", extraAttendeeIds: "Person", workingGroupId: "WorkingGroup", phaseId: "PlanPhase", focusTopicId: "FocusTopic",
  measurementId: "GoalMeasurement", organisation: "Organisation", organisationId: "Organisation", itemId: "AgendaItem", itemIds: "AgendaItem",
  agendaItemId: "AgendaItem", decisionId: "Decision", actionId: "ActionItem", requestId: "GuestRequest",
};

// For a plain :id, the path segment before it names the table.
const SEGMENT_CATEGORY: Record<string, Category> = {
  series: "MeetingSeries", goals: "Goal", activities: "Activity", organisations: "Organisation", rotas: "DutyRota", phases: "PlanPhase",
  "focus-topics": "FocusTopic",
};

function categoryOf(name: string, url?: string): Category | undefined {
  if (PARAM_CATEGORY[name]) return PARAM_CATEGORY[name];
  if (!url) return undefined;
  const segments = url.split("/");
  const at = segments.indexOf(`:${name}`);
  return at > 0 ? SEGMENT_CATEGORY[segments[at - 1] ?? ""] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

const HUGE = 100_000;
const RTL = "\u202Eevil\u202C \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u05E2\u05D1\u05E8\u05D9\u05EA";
const EMOJI = "👩🏾‍🤝‍👨🏻🏳️‍🌈🇳🇱";

const hostileStrings = [
  "", " ", "\t\n", "\u0000", "a\u0000b", "\u0000".repeat(10), "%00", "../", "../../../etc/passwd", "..%2F..%2F", "\\..\\..\\windows",
  "' OR '1'='1", "'; DROP TABLE \"Goal\"; --", "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "%s%s%n", RTL, EMOJI, EMOJI.repeat(300),
  "\uD800", "\uDFFF", "\uFFFE\uFFFF", "\u200B\u200D\uFEFF", "Z\u0351\u0352\u0353\u0354", "NaN", "Infinity", "-Infinity", "-0", "1e308",
  "0x1F", "null", "undefined", "true", "[]", "{}", "2026-02-30", "2026-13-01", "0000-00-00", "2026-00-10", "2026-W60", "2026-W00",
  "9999-12-31", "2026-11-22T25:61", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid", "12345678-1234-1234-1234-1234567890123", "__proto__", "constructor", "prototype", "den-haag", "utrecht", "admin",
];

const hostileNumbers = [0, -0, -1, 1, 0.5, -0.5, 1.5, 1e308, -1e308, 5e-324, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, 123456789012];

const impossibleDates = [
  "2026-02-30", "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-00-00", "0000-01-01", "0001-01-01",
  "9999-12-31", "9999-99-99", "1970-01-01", "1969-12-31", "2026-12-32", "2038-01-19", "1899-12-30",
];

const isoWeeks = ["2026-W60", "2026-W00", "2026-W53", "2025-W53", "2020-W53", "0000-W01", "9999-W52", "2026-W99", "2026-W01", "2026-W48"];

/** A value nested `depth` levels deep, as an array or as an object. */
export function deeplyNested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = kind === "array" ? [value] : { a: value };
  return value;
}

const hugeString = fc.constantFrom("a".repeat(HUGE), "😀".repeat(HUGE / 2), "\u0000".repeat(1000) + "x".repeat(HUGE), "ab ".repeat(HUGE / 3), RTL.repeat(3000));

function uuidArbitrary(pools: FuzzPools, category: Category | undefined): fc.Arbitrary<string> {
  const everyOwn = CATEGORIES.flatMap((name) => pools.ids[name].own);
  const everyOther = CATEGORIES.flatMap((name) => pools.ids[name].other);
  const own = category ? pools.ids[category].own : [];
  const other = category ? pools.ids[category].other : [];
  return fc.oneof(
    { arbitrary: own.length ? fc.constantFrom(...own) : fc.constantFrom(...everyOwn), weight: 6 },
    { arbitrary: other.length ? fc.constantFrom(...other) : fc.constantFrom(...everyOther), weight: 2 },
    { arbitrary: fc.constantFrom(...everyOwn), weight: 1 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.constantFrom("00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"), weight: 1 },
  );
}

const isoDay = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const WEEK_PATTERN = "^\\d{4}-W\\d{2}$";
const LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d$";

function dateArbitrary(pools: FuzzPools): fc.Arbitrary<string> {
  const meetingDates = pools.meetings.map((meeting) => meeting.date);
  return fc.oneof(
    { arbitrary: isoDay, weight: 4 },
    { arbitrary: meetingDates.length ? fc.constantFrom(...meetingDates) : isoDay, weight: 2 },
    { arbitrary: fc.constantFrom(...impossibleDates), weight: 3 },
    { arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), weight: 1 },
  );
}

/**
 * Values of the schema's shape, including the awkward ones that pass validation: impossible
 * dates that match a date pattern, other branches' ids, boundary numbers.
 */
export function shapedValue(schema: JsonSchema, name: string, pools: FuzzPools, url?: string, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((branch) => shapedValue(branch, name, pools, url, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -(2 ** 40));
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 2 ** 40);
      return fc.oneof(fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }), fc.constantFrom(min, max), fc.constantFrom(...hostileNumbers.filter((n) => Number.isInteger(n) && n >= min && n <= max), min));
    }
    case "number": {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e308;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e308;
      return fc.oneof(
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true, minExcluded: schema.exclusiveMinimum !== undefined, maxExcluded: schema.exclusiveMaximum !== undefined }),
        fc.constantFrom(...hostileNumbers.filter((n) => n > min && n < max), max),
      );
    }
    case "array": {
      const items = schema.items ?? {};
      const maxLength = Math.min(schema.maxItems ?? 5, 5);
      const minLength = Math.min(schema.minItems ?? 0, maxLength);
      return fc.oneof(
        fc.array(shapedValue(items, name, pools, url, depth + 1), { minLength, maxLength }),
        fc.array(shapedValue(items, name, pools, url, depth + 1), { minLength: schema.maxItems ?? 5, maxLength: schema.maxItems ?? 5 }),
      );
    }
    case "object": {
      const properties = schema.properties ?? {};
      if (depth > 4) return fc.constant({});
      const model = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, shapedValue(property, key, pools, url, depth + 1)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    case "string":
    default:
      return shapedString(schema, name, pools, url);
  }
}

function shapedString(schema: JsonSchema, name: string, pools: FuzzPools, url?: string): fc.Arbitrary<string> {
  if (schema.format === "uuid") return uuidArbitrary(pools, categoryOf(name, url));
  if (schema.format === "date" || schema.pattern === DATE_PATTERN) return dateArbitrary(pools);
  if (schema.pattern === WEEK_PATTERN) return fc.oneof(fc.constantFrom(...isoWeeks), fc.stringMatching(/^\d{4}-W\d{2}$/));
  if (schema.pattern === LOCAL_DATE_TIME_PATTERN) {
    return fc.tuple(dateArbitrary(pools), fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/)).map(([day, time]) => `${day}T${time}`);
  }
  if (schema.format === "email") {
    return fc.oneof(fc.emailAddress(), fc.constantFrom("tim@bij1-denhaag.example", "lid@bij1-utrecht.example", "TIM@BIJ1-DENHAAG.EXAMPLE", "a@b.c", `${"a".repeat(64)}@${"b".repeat(180)}.example`));
  }
  if (name === "email" || name === "seriesId" || name === "date") {
    // Free-text fields that the handler checks itself (the guest request form): feed them what it expects, and worse.
    const expected = name === "email" ? fc.emailAddress() : name === "date" ? dateArbitrary(pools) : uuidArbitrary(pools, "MeetingSeries");
    return fc.oneof(expected, fc.constantFrom(...hostileStrings));
  }
  const maxLength = schema.maxLength ?? 2000;
  const minLength = schema.minLength ?? 0;
  const candidates: fc.Arbitrary<string>[] = [];
  if (schema.format === "uri" || schema.pattern?.startsWith("^https?://")) {
    candidates.push(
      fc.webUrl({ validSchemes: ["http", "https"] }).map((value) => value.slice(0, maxLength)),
      fc.constantFrom("https://example.org/doc", "http://a", "https://x/%00", `https://example.org/${"a".repeat(Math.max(0, maxLength - 30))}`),
    );
  } else if (schema.pattern) {
    // Stretched by repetition rather than filtered: a filter that rejects most values blocks generation for minutes.
    candidates.push(fc.stringMatching(new RegExp(schema.pattern), { maxLength: Math.min(maxLength, 200) }).map((value) => stretch(value || "a", minLength, maxLength)));
    if (url && name === "slug") candidates.push(fc.constantFrom("den-haag", "utrecht", "does-not-exist", "organizing", "campagne"));
    if (name === "token") candidates.push(pools.calendarTokens.length ? fc.constantFrom(...pools.calendarTokens) : fc.constant("a".repeat(40)));
  } else {
    candidates.push(
      fc.string({ minLength, maxLength: Math.min(maxLength, 40) }),
      fc.string({ minLength, maxLength: Math.min(maxLength, 40), unit: "binary" }),
      fc.constantFrom(...hostileStrings).map((value) => stretch(value, minLength, maxLength)),
      fc.constant("x".repeat(Math.max(minLength, Math.min(maxLength, 20_000)))),
      fc.constantFrom("den-haag", "organizing", "communicatie", "politieke-agenda", "campagne").map((value) => stretch(value, minLength, maxLength)),
    );
  }
  const usable = candidates.length ? candidates : [fc.constant("x".repeat(minLength))];
  return fc.oneof(...usable);
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as its raw UTF-8 mistake. */
function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "%ED%A0%80").replace(/[^%\w.~-]/gu, (char) => encodeURIComponent(char));
  }
}

/** Repeats or cuts a value to a length the schema accepts (so a filter need not reject it). */
function stretch(value: string, minLength: number, maxLength: number): string {
  const long = value.length >= minLength ? value : value.repeat(Math.ceil(minLength / Math.max(1, value.length)));
  return long.length > maxLength ? long.slice(0, maxLength) : long;
}

/** Anything that is not what the schema asks for. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { "": null }, [[]], ...hostileNumbers), weight: 4 },
    { arbitrary: fc.constantFrom(...hostileStrings), weight: 4 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: fc.constantFrom(deeplyNested(200, "array"), deeplyNested(200, "object"), deeplyNested(2_000, "array")), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 50 }), weight: 1 },
    { arbitrary: fc.array(fc.constantFrom(...hostileStrings), { minLength: 1, maxLength: 3 }), weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// Requests.

export type Caller = "board" | "member" | "anonymous";

export interface FuzzRequest {
  caller: Caller;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** What is wrong with it, for the failure report. */
  note: string;
}

const PROTO_KEYS = ["__proto__", "constructor", "prototype"];
const EXTRA_KEYS = [...PROTO_KEYS, "toString", "hasOwnProperty", "valueOf", "id", "branchId", "createdAt", "isPlatformAdmin", "role", "", "😀", "a\u0000b", "x".repeat(1000)];

/** Sets a key as an own, enumerable property, even "__proto__", so JSON.stringify writes it. */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A body that breaks its schema in one way (or, now and then, a raw text that is no JSON at all). */
function malformedBody(schema: JsonSchema, pools: FuzzPools, url: string): fc.Arbitrary<{ payload: string; note: string }> {
  const valid = shapedValue(schema, "body", pools, url);
  const propertyNames = Object.keys(schema.properties ?? {});
  const json = (value: unknown, note: string) => ({ payload: JSON.stringify(value), note });
  const mutations: fc.Arbitrary<{ payload: string; note: string }>[] = [
    fc.tuple(valid, hostileValue()).map(([, value]) => json(value, "whole body replaced")),
    fc.tuple(valid, fc.constantFrom(...EXTRA_KEYS), hostileValue()).map(([body, key, value]) => json(isPlainObject(body) ? withKey(body, key, value) : body, `extra key ${JSON.stringify(key).slice(0, 40)}`)),
    fc.tuple(valid, fc.constantFrom(...PROTO_KEYS)).map(([body, key]) => json(isPlainObject(body) ? withKey(body, key, { isPlatformAdmin: true, polluted: true }) : body, `prototype pollution via ${key}`)),
    fc.constantFrom(...rawBodies).map((payload) => ({ payload, note: "raw text" })),
  ];
  if (propertyNames.length) {
    mutations.push(
      fc.tuple(valid, fc.constantFrom(...propertyNames), hostileValue()).map(([body, key, value]) => json(isPlainObject(body) ? withKey(body, key, value) : body, `property ${key} hostile`)),
      fc.tuple(valid, fc.constantFrom(...propertyNames)).map(([body, key]) => json(isPlainObject(body) ? withKey(body, key, null) : body, `property ${key} null`)),
      fc.tuple(valid, fc.constantFrom(...propertyNames), hugeString).map(([body, key, value]) => json(isPlainObject(body) ? withKey(body, key, value) : body, `property ${key} huge`)),
      fc.tuple(valid, fc.constantFrom(...propertyNames)).map(([body, key]) => {
        if (!isPlainObject(body)) return json(body, "not an object");
        const copy = { ...body };
        delete copy[key];
        return json(copy, `property ${key} missing`);
      }),
      // Nested: a hostile value one level further down, where the property is an object or array.
      fc.tuple(valid, fc.constantFrom(...propertyNames), hostileValue()).map(([body, key, value]) => {
        if (!isPlainObject(body)) return json(body, "not an object");
        const inner = body[key];
        const nested = Array.isArray(inner) ? [...inner, value] : isPlainObject(inner) ? withKey(inner, Object.keys(inner)[0] ?? "kind", value) : [value];
        return json(withKey(body, key, nested), `property ${key} nested hostile`);
      }),
      // The same key twice: JSON.parse keeps the last one.
      fc.tuple(valid, fc.constantFrom(...propertyNames), hostileValue()).map(([body, key, value]) => {
        const text = JSON.stringify(body);
        const payload = isPlainObject(body) && text.length > 2 ? `{${JSON.stringify(key)}:${JSON.stringify(value)},${text.slice(1)}` : text;
        return { payload, note: `duplicate key ${key}` };
      }),
      // Numbers JSON can carry but JSON.stringify never writes.
      fc.tuple(valid, fc.constantFrom(...propertyNames), fc.constantFrom("-0", "1e999", "-1e999", "1.0", "1E2", "0.0000001", "100000000000000000000000000000")).map(([body, key, number]) => {
        const text = JSON.stringify(isPlainObject(body) ? withKey(body, key, "__N__") : body);
        return { payload: text.replace('"__N__"', number), note: `property ${key} = ${number}` };
      }),
    );
  }
  return fc.oneof(...mutations);
}

const rawBodies = [
  "", " ", "{", "}", "{\"a\":}", "[1,2", "{'a':1}", "{a:1}", "NaN", "undefined", "nul", "\u0000", "\uFEFF{}", "{}garbage", "{}\u0000",
  "{\"__proto__\":{\"isPlatformAdmin\":true}}", "{\"constructor\":{\"prototype\":{\"polluted\":true}}}", "[]", "null", "0", "\"text\"",
  "[".repeat(100_000) + "]".repeat(100_000), "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), "[{\"a\":".repeat(5_000) + "1" + "}]".repeat(5_000),
  "{\"title\":\"\\ud800\"}", "{\"title\":\"\\u0000\"}", "\"\\ud83d\"", "{\"a\":1,\"a\":2}", "{\"version\":1e999}", "\xff\xfe{\x00}\x00",
];

const CONTENT_TYPES = [
  "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----fuzz", "application/xml", "text/html",
  "application/json; charset=utf-16", "application/json; charset=latin1", "application/vnd.api+json", "application/json, text/plain",
  "application/jsonp", "APPLICATION/JSON", "application/json;;", "*/*", "application/octet-stream",
];

/** A form-ish or multipart rendering of a body, for the wrong-content-type requests. */
function reencoded(contentType: string, body: string): string {
  if (contentType.startsWith("multipart/")) return `------fuzz\r\nContent-Disposition: form-data; name="body"\r\n\r\n${body}\r\n------fuzz--\r\n`;
  if (contentType === "application/x-www-form-urlencoded") return `title=${encodePart(body.slice(0, 100))}&__proto__[x]=1`;
  return body;
}

const PATH_TRAPS = [
  "..", "../", "..%2F..%2F", "%2e%2e%2f", "%00", "a%00b", "%", "%zz", "%C0%AE%C0%AE", "not-a-uuid", "1", "-1", "0", "null", "undefined",
  "__proto__", "constructor", "' OR 1=1 --", "%27%20OR%201%3D1", "x".repeat(5000), encodePart(RTL), encodePart(EMOJI),
  "Den-Haag", "DEN-HAAG", "den_haag", "den-haag-", "-den-haag", "den--haag", "utrecht", "does-not-exist", "%20den-haag",
  "12345678-1234-1234-1234-12345678901G", "{00000000-0000-0000-0000-000000000000}", "2026-02-30", "2026-W60", "0000-00-00",
];

function pathParamValue(route: DocumentedRoute, parameter: OpenApiParameter, pools: FuzzPools, malformed: boolean): fc.Arbitrary<string> {
  const shaped = shapedValue(parameter.schema, parameter.name, pools, route.url).map((value) => encodePart(String(value)));
  const own = parameter.name === "slug" ? fc.constant("den-haag") : shaped;
  if (!malformed) return fc.oneof({ arbitrary: own, weight: 4 }, { arbitrary: shaped, weight: 1 });
  return fc.oneof(
    { arbitrary: fc.constantFrom(...PATH_TRAPS), weight: 3 },
    { arbitrary: fc.constantFrom(...hostileStrings).map(encodePart), weight: 2 },
    { arbitrary: shaped, weight: 1 },
  );
}

function pathArbitrary(route: DocumentedRoute, pools: FuzzPools, malformed: boolean): fc.Arbitrary<string> {
  const names = route.pathParams.map((parameter) => parameter.name);
  const meeting = names.includes("seriesId") && names.includes("date") && pools.meetings.length > 0;
  const values = fc.record(Object.fromEntries(route.pathParams.map((parameter) => [parameter.name, pathParamValue(route, parameter, pools, malformed)])));
  // Most meeting routes get a real meeting of the branch, so the handler runs.
  const meetingPair = meeting ? fc.option(fc.constantFrom(...pools.meetings), { freq: 2 }) : fc.constant(null);
  const malformedIndex = fc.nat({ max: Math.max(0, names.length - 1) });
  return fc.tuple(values, meetingPair, malformedIndex, fc.record(Object.fromEntries(route.pathParams.map((parameter) => [parameter.name, pathParamValue(route, parameter, pools, false)])))).map(([hostile, pair, index, fine]) => {
    // Malformed: exactly one parameter is hostile, the rest is fine, so the hostile one is what gets tested.
    const chosen: Record<string, string> = { ...fine };
    if (pair && !malformed) Object.assign(chosen, { seriesId: pair.seriesId, date: pair.date });
    if (malformed && names.length) chosen[names[index] ?? ""] = hostile[names[index] ?? ""] ?? "x";
    return route.url.replace(/:(\w+)/g, (_match, name: string) => chosen[name] ?? "x");
  });
}

function queryArbitrary(route: DocumentedRoute, pools: FuzzPools, malformed: boolean): fc.Arbitrary<string> {
  const parts = route.query.map((parameter) => {
    const shaped = shapedValue(parameter.schema, parameter.name, pools, route.url).map((value) => [`${parameter.name}=${encodePart(String(value))}`]);
    const hostile = fc.oneof(
      fc.constantFrom(...hostileStrings).map((value) => [`${parameter.name}=${encodePart(value)}`]),
      // Duplicates: an array where one value belongs.
      fc.tuple(shaped, shaped).map(([a, b]) => [...a, ...b]),
      fc.constantFrom([`${parameter.name}`], [`${parameter.name}=`], [`${parameter.name}[]=1`], [`${parameter.name}[a]=1`], [`${parameter.name}=${"9".repeat(400)}`], [`${parameter.name}=%`], [`${parameter.name}=%00`]),
      hugeString.map((value) => [`${parameter.name}=${encodePart(value.slice(0, 20_000))}`]),
    );
    return malformed ? fc.oneof(hostile, shaped, fc.constant([])) : fc.oneof(shaped, fc.constant([]));
  });
  const unknown = malformed
    ? fc.constantFrom<string[]>([], ["__proto__[polluted]=1"], ["constructor[prototype][polluted]=1"], ["unknown=1"], ["a=1&a=2&a=3"], ["&&&=&="], ["%E0%A4%A=1"])
    : fc.constant<string[]>([]);
  return fc.tuple(fc.tuple(...parts), unknown).map(([chosen, extra]) => {
    const all = [...chosen.flat(), ...extra];
    return all.length ? `?${all.join("&")}` : "";
  });
}

type Focus = "path" | "query" | "body" | "content-type" | "headers" | "shaped";

export interface Identities {
  /** Authorization headers by caller; the board caller is chosen per route (a secretary where only secretaries may). */
  board: (route: DocumentedRoute) => Record<string, string>;
  member: Record<string, string>;
  /** A real refresh cookie value, for the auth routes. */
  refreshCookie: () => string;
}

const BROKEN_AUTHORIZATION = [
  "Bearer", "Bearer ", "Bearer x", "Bearer a.b.c", "Basic dGltOndlbGtvbQ==", "bearer x.y.z", "Bearer " + "a".repeat(10_000),
  // alg:none with a made-up subject.
  "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.",
  "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub3QtYS11dWlkIn0.x",
];

/** One hostile request for the route: mostly one thing wrong, sent mostly as a board member. */
export function requestArbitrary(route: DocumentedRoute, pools: FuzzPools, identities: Identities): fc.Arbitrary<FuzzRequest> {
  const hasBody = route.body !== undefined;
  const focuses: Focus[] = ["shaped", "shaped", "headers"];
  if (route.pathParams.length) focuses.push("path", "path");
  if (route.query.length) focuses.push("query", "query");
  if (hasBody) focuses.push("body", "body", "body", "body", "content-type");
  const caller = fc.oneof({ arbitrary: fc.constant<Caller>("board"), weight: 7 }, { arbitrary: fc.constant<Caller>("member"), weight: 2 }, { arbitrary: fc.constant<Caller>("anonymous"), weight: 1 });
  return fc.constantFrom(...focuses).chain((focus) =>
    fc
      .record({
        caller,
        path: pathArbitrary(route, pools, focus === "path"),
        query: queryArbitrary(route, pools, focus === "query"),
        body: hasBody
          ? focus === "body" || focus === "content-type"
            ? malformedBody(route.body as JsonSchema, pools, route.url)
            : shapedValue(route.body as JsonSchema, "body", pools, route.url).map((value) => ({ payload: JSON.stringify(value), note: "shaped body" }))
          : fc.option(fc.constantFrom("{}", "{\"unexpected\":true}", "x"), { freq: 4 }).map((payload) => (payload === null ? undefined : { payload, note: "body where none belongs" })),
        contentType: focus === "content-type" ? fc.constantFrom(...CONTENT_TYPES) : fc.constant("application/json"),
        authorization: focus === "headers" ? fc.constantFrom(...BROKEN_AUTHORIZATION) : fc.constant(undefined),
        cookie: focus === "headers" ? fc.constantFrom("ap_refresh=", "ap_refresh=garbage", `ap_refresh=${"a".repeat(5000)}`, "ap_refresh=a; ap_refresh=b", "=;;=", "ap_refresh=%00", "real") : fc.constant(undefined),
      })
      .map(({ caller: who, path, query, body, contentType, authorization, cookie }): FuzzRequest => {
        const headers: Record<string, string> = {};
        if (who === "board") Object.assign(headers, identities.board(route));
        if (who === "member") Object.assign(headers, identities.member);
        if (authorization) headers.authorization = authorization;
        if (cookie) headers.cookie = cookie === "real" ? `ap_refresh=${identities.refreshCookie()}` : cookie;
        let payload = body?.payload;
        if (payload !== undefined) {
          headers["content-type"] = contentType;
          payload = reencoded(contentType, payload);
        }
        return { caller: who, method: route.method, url: path + query, headers, payload, note: `${focus}: ${body?.note ?? "no body"}` };
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// What every answer must look like.

const GENERIC_MESSAGES = new Set(Object.values(STATUS_CODES).map((text) => String(text).toLowerCase()));
const LEAKS: [RegExp, string][] = [
  [/\/work\//, "an internal path"],
  [/node_modules/, "an internal path"],
  [/\n\s*at [^\n]*:\d+:\d+/, "a stack trace"],
  [/\bat (?:async )?[\w.<>]+ \([^)]*:\d+:\d+\)/, "a stack frame"],
  [/Invalid `prisma\./, "a Prisma error"],
  [/\bPrisma/, "a Prisma error"],
  [/PostgresError|pg_catalog|violates (?:foreign key|unique|check) constraint/, "a database error"],
];

/** The problems with one answer, or [] when it is fine. */
export function problemsWith(status: number, contentType: string | undefined, body: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  for (const [pattern, what] of LEAKS) if (pattern.test(body)) problems.push(`the body leaks ${what}: ${body.match(pattern)?.[0]}`);
  if (status >= 400) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      problems.push(`a ${status} whose body is not JSON (${contentType})`);
      return problems;
    }
    const error = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (typeof error?.code !== "string" || error.code.length === 0) problems.push(`a ${status} without error.code`);
    if (typeof error?.message !== "string" || error.message.trim().length === 0) problems.push(`a ${status} without error.message`);
    else if (GENERIC_MESSAGES.has(error.message.trim().toLowerCase().replace(/\.$/, "")) || error.message.trim().length < 12) {
      problems.push(`a ${status} whose message says nothing useful: "${error.message}"`);
    }
  }
  return problems;
}

/** A request, short enough to read in a failure report. */
export function describeRequest(request: FuzzRequest): string {
  const cut = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text);
  const headers = Object.entries(request.headers)
    .filter(([name]) => name !== "authorization" || !request.headers.authorization?.startsWith("Bearer ey"))
    .map(([name, value]) => `${name}: ${cut(value, 60)}`);
  return `${request.caller} ${request.method} ${cut(request.url, 300)} [${request.note}] {${headers.join("; ")}} ${request.payload === undefined ? "" : cut(JSON.stringify(request.payload), 400)}`;
}
