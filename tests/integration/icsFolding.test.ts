import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldLines } from "ical-generator";
import { foldIcsLines } from "../../server/src/modules/calendar/icsText.ts";

// The feeds fold their lines themselves (ical-generator's own folding costs a TextEncoder per character);
// the text must stay exactly what the library would write, for any text a member can type.
describe("foldIcsLines folds exactly like ical-generator's foldLines", () => {
  it.each([
    ["short lines", "BEGIN:VEVENT\r\nSUMMARY:Bestuur · Den Haag\r\nEND:VEVENT\r\n"],
    ["a long ASCII line", `DESCRIPTION:${"x".repeat(300)}`],
    ["exactly 74 and 75 octets", `${"a".repeat(74)}\r\n${"b".repeat(75)}`],
    ["two-octet letters across the fold", `SUMMARY:${"é".repeat(80)}`],
    ["an emoji (surrogate pair) at the fold", `SUMMARY:${"a".repeat(64)}📞📞📞`],
    ["a lone surrogate", `SUMMARY:${"a".repeat(70)}\ud800x${"b".repeat(10)}`],
  ])("%s", (_label, text) => {
    expect(foldIcsLines(text)).toBe(foldLines(text));
  });

  it("for any text", () => {
    const line = fc.string({ unit: fc.oneof(fc.constantFrom("a", " ", "é", "€", "📞", "\ud83d", ";", ","), fc.string({ unit: "grapheme", maxLength: 3 })), maxLength: 300 });
    fc.assert(fc.property(fc.array(line, { maxLength: 5 }), (lines) => foldIcsLines(lines.join("\r\n")) === foldLines(lines.join("\r\n"))), { numRuns: 500 });
  });
});
