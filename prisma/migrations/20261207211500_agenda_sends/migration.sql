-- "Agenda versturen" (issue 15): the last send of a meeting's agenda, to tell what changed at the next send.
ALTER TABLE "MeetingRecord" ADD COLUMN "agendaSentAt" TIMESTAMP(3),
ADD COLUMN "agendaSentSnapshot" JSONB;
