// What other features may use of notifications (outgoing mail).
export { outboxKeys } from "./api/outbox.ts";
