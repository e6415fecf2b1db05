-- Training (scholing) and neighbourhoods (wijken), issue 18.

-- AlterEnum
ALTER TYPE "ActivityType" ADD VALUE 'conversation_evening';
ALTER TYPE "ActivityType" ADD VALUE 'office_hours';

-- AlterEnum
ALTER TYPE "OrganisationType" ADD VALUE 'branch';

-- CreateEnum
CREATE TYPE "TrainingForm" AS ENUM ('conversation_evening', 'social_media_series', 'background_article', 'office_hours', 'board_guest', 'branch_visit');

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('expert', 'lived_experience');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "neighbourhoodId" UUID,
ADD COLUMN     "trainingSessionId" UUID;

-- CreateTable
CREATE TABLE "TrainingTopic" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "focusTopicId" UUID,
    "learningQuestions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingLens" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingLens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Neighbourhood" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Neighbourhood_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "form" "TrainingForm" NOT NULL,
    "title" TEXT NOT NULL,
    "workingGroupId" UUID NOT NULL,
    "date" DATE,
    "startTime" TEXT NOT NULL DEFAULT '19:30',
    "durationMinutes" INTEGER NOT NULL DEFAULT 120,
    "location" TEXT NOT NULL DEFAULT '',
    "neighbourhoodId" UUID,
    "lenses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "attendance" INTEGER,
    "evaluation" TEXT NOT NULL DEFAULT '',
    "seriesId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSpeaker" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SpeakerKind" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TrainingSpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrainingTopic_branchId_name_key" ON "TrainingTopic"("branchId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingLens_branchId_name_key" ON "TrainingLens"("branchId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Neighbourhood_branchId_name_key" ON "Neighbourhood"("branchId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingSession_seriesId_key" ON "TrainingSession"("seriesId");

-- CreateIndex
CREATE INDEX "TrainingSession_branchId_date_idx" ON "TrainingSession"("branchId", "date");

-- CreateIndex
CREATE INDEX "TrainingSession_topicId_idx" ON "TrainingSession"("topicId");

-- CreateIndex
CREATE INDEX "TrainingSpeaker_sessionId_idx" ON "TrainingSpeaker"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_trainingSessionId_key" ON "Activity"("trainingSessionId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_trainingSessionId_fkey" FOREIGN KEY ("trainingSessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTopic" ADD CONSTRAINT "TrainingTopic_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTopic" ADD CONSTRAINT "TrainingTopic_focusTopicId_fkey" FOREIGN KEY ("focusTopicId") REFERENCES "FocusTopic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingLens" ADD CONSTRAINT "TrainingLens_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Neighbourhood" ADD CONSTRAINT "Neighbourhood_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "TrainingTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSpeaker" ADD CONSTRAINT "TrainingSpeaker_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSpeaker" ADD CONSTRAINT "TrainingSpeaker_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
