// Postgres DATE columns come back as midnight UTC, and floating local date-times (stored as
// TIMESTAMP without zone) through their UTC fields: these four convert both ways without a time zone.
export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);
export const fromIsoDate = (day: string) => new Date(`${day}T00:00:00Z`);
export const toLocalDateTime = (date: Date) => date.toISOString().slice(0, 16);
export const fromLocalDateTime = (value: string) => new Date(`${value}:00Z`);
