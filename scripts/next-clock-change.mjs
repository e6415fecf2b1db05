// Prints the start of the next European clock change, for a run under faketime that crosses it:
// the last Sunday of March or October, 00:45 UTC, a quarter of an hour before the change at 01:00 UTC.
const now = new Date();
const lastSunday = (year, monthIndex) => {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return new Date(Date.UTC(year, monthIndex, last.getUTCDate() - last.getUTCDay(), 0, 45));
};
const candidates = [now.getUTCFullYear(), now.getUTCFullYear() + 1].flatMap((year) => [lastSunday(year, 2), lastSunday(year, 9)]);
const next = candidates.find((instant) => instant > now);
console.log(next.toISOString().slice(0, 19).replace("T", " "));
