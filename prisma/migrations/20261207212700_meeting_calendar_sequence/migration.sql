-- The iTIP SEQUENCE of a series' occurrences (issue 15): raised on each change, never lowered.
ALTER TABLE "MeetingSeries" ADD COLUMN "calendarSequence" INTEGER NOT NULL DEFAULT 0;
