// Prints the start of a European clock change for a run under faketime that crosses it: the last Sunday of
// March or October, 00:55 UTC, five minutes before the change at 01:00 UTC, so a run of a few minutes crosses
// it. `--after-days N` picks the first change at least N days from now (default 0: the next one).
const afterIndex = process.argv.indexOf("--after-days");
const afterDays = afterIndex === -1 ? 0 : Number(process.argv[afterIndex + 1]);
if (!Number.isInteger(afterDays) || afterDays < 0) {
  console.error("--after-days takes a whole number of days");
  process.exit(2);
}
const from = new Date(Date.now() + afterDays * 86_400_000);
const lastSunday = (year, monthIndex) => {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return new Date(Date.UTC(year, monthIndex, last.getUTCDate() - last.getUTCDay(), 0, 55));
};
const candidates = [from.getUTCFullYear(), from.getUTCFullYear() + 1].flatMap((year) => [lastSunday(year, 2), lastSunday(year, 9)]);
const next = candidates.find((instant) => instant > from);
console.log(next.toISOString().slice(0, 19).replace("T", " "));
