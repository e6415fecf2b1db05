-- Ending a duty rota keeps it and its history: the last ISO week with a duty, null while it runs.
ALTER TABLE "DutyRota" ADD COLUMN "lastWeek" TEXT;
