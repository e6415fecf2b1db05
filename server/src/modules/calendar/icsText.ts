import type { ICalCalendar } from "ical-generator";

const END = "END:VCALENDAR";

/**
 * RFC 5545 line folding exactly as ical-generator 9.0.0 does it (tools.ts foldLines): a line whose UTF-8
 * form passes 74 octets breaks before the character that would pass it, continuing with a space, and a
 * surrogate pair stays whole. The library measures every character with a new TextEncoder, which was
 * a third of a personal feed's CPU (sebbo2002/ical-generator#765, fixed in a later release); here a line
 * that fits, nearly all of them, is measured once and left as it is.
 */
export function foldIcsLines(text: string): string {
  return text
    .split("\r\n")
    .map((line) => {
      if (Buffer.byteLength(line, "utf8") <= 74) return line;
      let result = "";
      let octets = 0;
      for (let i = 0; i < line.length; i += 1) {
        let ch = line.charAt(i);
        if (ch >= "\ud800" && ch <= "\udbff") ch += line.charAt(++i);
        const size = ch.charCodeAt(0) < 0x80 && ch.length === 1 ? 1 : Buffer.byteLength(ch, "utf8");
        octets += size;
        if (octets > 74) {
          result += "\r\n ";
          octets = size;
        }
        result += ch;
      }
      return result;
    })
    .join("\r\n");
}

/**
 * calendar.toString(), with the events folded by `foldIcsLines`: the library folds only the few lines
 * around them. Folding works line by line, so folding the parts apart gives the same text as folding it
 * whole. Leaves the calendar without its events. Only for calendars without a timezone generator, like
 * our feeds': the library would write the events' time zones among those lines.
 */
export function icsText(calendar: ICalCalendar): string {
  const events = calendar
    .events()
    .map((event) => event.toString())
    .join("");
  calendar.clear();
  const frame = calendar.toString();
  if (!frame.endsWith(END)) throw new Error("ical-generator's calendar text no longer ends with END:VCALENDAR; fold it whole again (calendar.toString())");
  return frame.slice(0, -END.length) + foldIcsLines(events) + END;
}
