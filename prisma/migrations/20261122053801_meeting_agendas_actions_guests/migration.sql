-- CreateEnum
CREATE TYPE "AgendaItemType" AS ENUM ('information', 'discussion', 'decision');

-- CreateEnum
CREATE TYPE "AgendaItemStatus" AS ENUM ('proposed', 'open', 'handled', 'postponed', 'referred', 'declined');

-- CreateEnum
CREATE TYPE "AgendaItemOrigin" AS ENUM ('new', 'proposal', 'guest', 'carried_over', 'referred');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('open', 'done');

-- CreateEnum
CREATE TYPE "RsvpAnswer" AS ENUM ('yes', 'no', 'maybe');

-- CreateEnum
CREATE TYPE "PresenceMark" AS ENUM ('present', 'absent', 'excused');

-- CreateEnum
CREATE TYPE "GuestRequestStatus" AS ENUM ('pending', 'approved', 'declined');

-- CreateTable
CREATE TABLE "SeriesPreparer" (
    "seriesId" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeriesPreparer_pkey" PRIMARY KEY ("seriesId")
);

-- CreateTable
CREATE TABLE "MeetingRecord" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "type" "AgendaItemType" NOT NULL DEFAULT 'discussion',
    "ownerId" UUID,
    "estimatedMinutes" INTEGER NOT NULL DEFAULT 10,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "AgendaItemStatus" NOT NULL DEFAULT 'open',
    "minutes" TEXT NOT NULL DEFAULT '',
    "postponedCount" INTEGER NOT NULL DEFAULT 0,
    "origin" "AgendaItemOrigin" NOT NULL DEFAULT 'new',
    "previousItemId" UUID,
    "rootItemId" UUID,
    "proposedById" UUID,
    "proposedByName" TEXT NOT NULL DEFAULT '',
    "referralNote" TEXT NOT NULL DEFAULT '',
    "referredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "agendaItemId" UUID,
    "text" TEXT NOT NULL,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "agendaItemId" UUID,
    "title" TEXT NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'open',
    "doneOn" DATE,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "personId" UUID NOT NULL,
    "rsvp" "RsvpAnswer",
    "presence" "PresenceMark",
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuestRequest" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "topic" TEXT NOT NULL DEFAULT '',
    "agendaItemId" UUID,
    "status" "GuestRequestStatus" NOT NULL DEFAULT 'pending',
    "tokenHash" TEXT NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SeriesPreparer_branchId_idx" ON "SeriesPreparer"("branchId");

-- CreateIndex
CREATE INDEX "MeetingRecord_branchId_idx" ON "MeetingRecord"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRecord_seriesId_date_key" ON "MeetingRecord"("seriesId", "date");

-- CreateIndex
CREATE INDEX "AgendaItem_branchId_idx" ON "AgendaItem"("branchId");

-- CreateIndex
CREATE INDEX "AgendaItem_seriesId_date_idx" ON "AgendaItem"("seriesId", "date");

-- CreateIndex
CREATE INDEX "AgendaItem_rootItemId_idx" ON "AgendaItem"("rootItemId");

-- CreateIndex
CREATE INDEX "Decision_branchId_idx" ON "Decision"("branchId");

-- CreateIndex
CREATE INDEX "Decision_seriesId_date_idx" ON "Decision"("seriesId", "date");

-- CreateIndex
CREATE INDEX "ActionItem_branchId_status_idx" ON "ActionItem"("branchId", "status");

-- CreateIndex
CREATE INDEX "ActionItem_seriesId_idx" ON "ActionItem"("seriesId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_branchId_idx" ON "MeetingAttendance"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_seriesId_date_personId_key" ON "MeetingAttendance"("seriesId", "date", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestRequest_tokenHash_key" ON "GuestRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "GuestRequest_branchId_status_idx" ON "GuestRequest"("branchId", "status");

-- AddForeignKey
ALTER TABLE "SeriesPreparer" ADD CONSTRAINT "SeriesPreparer_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesPreparer" ADD CONSTRAINT "SeriesPreparer_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesPreparer" ADD CONSTRAINT "SeriesPreparer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecord" ADD CONSTRAINT "MeetingRecord_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecord" ADD CONSTRAINT "MeetingRecord_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_previousItemId_fkey" FOREIGN KEY ("previousItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestRequest" ADD CONSTRAINT "GuestRequest_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestRequest" ADD CONSTRAINT "GuestRequest_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestRequest" ADD CONSTRAINT "GuestRequest_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

