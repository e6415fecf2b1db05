-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('board', 'working_group', 'branch_meeting', 'theme', 'other');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('in_person', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "RecurrenceKind" AS ENUM ('odd_weeks', 'even_weeks', 'rrule', 'single');

-- CreateEnum
CREATE TYPE "OccurrenceChange" AS ENUM ('cancelled', 'moved', 'changed');

-- CreateEnum
CREATE TYPE "TermKind" AS ENUM ('elected', 'reappointed', 'interim');

-- CreateEnum
CREATE TYPE "StandingAgain" AS ENUM ('yes', 'no', 'undecided');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarFeedToken" TEXT;

-- AlterTable
ALTER TABLE "BoardSeat" ADD COLUMN     "abolishedOn" DATE;

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "workingGroupId" UUID,
    "recurrenceKind" "RecurrenceKind" NOT NULL,
    "weekday" INTEGER,
    "rrule" TEXT,
    "singleDate" DATE,
    "startTime" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "mode" "MeetingMode" NOT NULL DEFAULT 'in_person',
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OccurrenceException" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "occurrenceDate" DATE NOT NULL,
    "change" "OccurrenceChange" NOT NULL,
    "newStartLocal" TIMESTAMP(0),
    "newEndLocal" TIMESTAMP(0),
    "location" TEXT,
    "mode" "MeetingMode",
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OccurrenceException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeriesAttendee" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "SeriesAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardTermPolicy" (
    "branchId" UUID NOT NULL,
    "termLengthMonths" INTEGER NOT NULL DEFAULT 24,
    "maxConsecutiveTerms" INTEGER NOT NULL DEFAULT 3,
    "endingSoonWindowMonths" INTEGER NOT NULL DEFAULT 3,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BoardTermPolicy_pkey" PRIMARY KEY ("branchId")
);

-- CreateTable
CREATE TABLE "BoardTerm" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seatId" UUID,
    "personId" UUID NOT NULL,
    "kind" "TermKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "decidedOn" DATE,
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "standingAgain" "StandingAgain" NOT NULL DEFAULT 'undecided',
    "endedEarlyOn" DATE,
    "departureNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RosterEvent" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "personId" UUID,
    "seatId" UUID,
    "termId" UUID,
    "actorUserId" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingSeries_branchId_idx" ON "MeetingSeries"("branchId");

-- CreateIndex
CREATE INDEX "OccurrenceException_branchId_idx" ON "OccurrenceException"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "OccurrenceException_seriesId_occurrenceDate_key" ON "OccurrenceException"("seriesId", "occurrenceDate");

-- CreateIndex
CREATE INDEX "SeriesAttendee_branchId_idx" ON "SeriesAttendee"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "SeriesAttendee_seriesId_personId_key" ON "SeriesAttendee"("seriesId", "personId");

-- CreateIndex
CREATE INDEX "BoardTerm_branchId_idx" ON "BoardTerm"("branchId");

-- CreateIndex
CREATE INDEX "BoardTerm_personId_idx" ON "BoardTerm"("personId");

-- CreateIndex
CREATE INDEX "RosterEvent_branchId_createdAt_idx" ON "RosterEvent"("branchId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarFeedToken_key" ON "User"("calendarFeedToken");

-- AddForeignKey
ALTER TABLE "MeetingSeries" ADD CONSTRAINT "MeetingSeries_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeries" ADD CONSTRAINT "MeetingSeries_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccurrenceException" ADD CONSTRAINT "OccurrenceException_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccurrenceException" ADD CONSTRAINT "OccurrenceException_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesAttendee" ADD CONSTRAINT "SeriesAttendee_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesAttendee" ADD CONSTRAINT "SeriesAttendee_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesAttendee" ADD CONSTRAINT "SeriesAttendee_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardTermPolicy" ADD CONSTRAINT "BoardTermPolicy_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardTerm" ADD CONSTRAINT "BoardTerm_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardTerm" ADD CONSTRAINT "BoardTerm_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "BoardSeat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardTerm" ADD CONSTRAINT "BoardTerm_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterEvent" ADD CONSTRAINT "RosterEvent_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

