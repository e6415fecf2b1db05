// Small helpers for the Dutch sentences of the roster warnings (the server sends them ready to show).

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2024-08-21" → "21 augustus 2024". */
export function formatDutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const NUMBER_WORDS = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

/** Dutch style writes small counts as words: "vijf termijnen". */
export function dutchCount(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "A", "A en B", "A, B en C". */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
