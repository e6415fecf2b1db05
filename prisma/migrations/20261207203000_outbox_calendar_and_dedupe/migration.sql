-- Notifications (issue 15): the outbox carries the recipient person, a job's unique key, an iTIP part and
-- the one-click unsubscribe link.
ALTER TABLE "OutboxMail" ADD COLUMN "personId" UUID;
ALTER TABLE "OutboxMail" ADD COLUMN "dedupeKey" TEXT;
ALTER TABLE "OutboxMail" ADD COLUMN "calendarMethod" TEXT;
ALTER TABLE "OutboxMail" ADD COLUMN "calendarBody" TEXT;
ALTER TABLE "OutboxMail" ADD COLUMN "unsubscribeUrl" TEXT;
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");
