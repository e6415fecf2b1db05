import { afterEach, describe, expect, it } from "vitest";
import { addDays, addMonths, isCalendarDate, todayIn } from "./dates.ts";
import { formatDutchDate, dutchList } from "./dutch.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("isCalendarDate", () => {
  it.each([
    ["2024-08-21", true],
    ["2024-02-29", true], // a leap year
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-5", false],
    ["21-08-2024", false],
  ])("%s → %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe("calendar arithmetic", () => {
  it.each([
    ["2022-08-21", 24, "2024-08-21"],
    ["2024-08-31", -3, "2024-05-31"],
    ["2024-05-31", 1, "2024-06-30"], // clamped to the month's last day
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2025-01-15", -1, "2024-12-15"],
  ])("%s plus %i months is %s", (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2024-08-21", 1)).toBe("2024-08-22");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});

describe("todayIn", () => {
  it.each(["UTC", "America/New_York", "Pacific/Kiritimati"])("takes the branch's calendar day, whatever the host zone (TZ=%s)", (hostZone) => {
    process.env.TZ = hostZone;
    const lateEveningUtc = new Date("2026-11-22T23:30:00Z"); // already 23 November in Amsterdam
    expect(todayIn("Europe/Amsterdam", lateEveningUtc)).toBe("2026-11-23");
    expect(todayIn("UTC", lateEveningUtc)).toBe("2026-11-22");
  });
});

describe("Dutch text", () => {
  it("writes dates the Dutch way", () => {
    expect(formatDutchDate("2024-08-21")).toBe("21 augustus 2024");
    expect(formatDutchDate("2027-01-05")).toBe("5 januari 2027");
  });

  it("joins names with commas and 'en'", () => {
    expect(dutchList(["A"])).toBe("A");
    expect(dutchList(["A", "B"])).toBe("A en B");
    expect(dutchList(["A", "B", "C"])).toBe("A, B en C");
  });
});
