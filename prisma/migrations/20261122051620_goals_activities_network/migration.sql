-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('count', 'distinct', 'cadence', 'milestone', 'metric');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('demonstration', 'own_action', 'network_conversation', 'council_speech', 'newsletter', 'article', 'social_posts', 'theme_evening', 'other');

-- CreateEnum
CREATE TYPE "CadenceUnit" AS ENUM ('week', 'month');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('party', 'community', 'ngo', 'government', 'union', 'other');

-- CreateTable
CREATE TABLE "PlanPhase" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocusTopic" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FocusTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "workingGroupId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "GoalKind" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "activityType" "ActivityType",
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "cadenceUnit" "CadenceUnit",
    "ownerId" UUID,
    "phaseId" UUID,
    "focusTopicId" UUID,
    "completedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalMeasurement" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoalMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "contactNotes" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "workingGroupId" UUID NOT NULL,
    "type" "ActivityType" NOT NULL,
    "date" DATE NOT NULL,
    "personId" UUID,
    "organisationId" UUID,
    "count" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyRota" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "workingGroupId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "anchorWeek" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DutyRota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyRotaMember" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "rotaId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DutyRotaMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyRotaOverride" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "rotaId" UUID NOT NULL,
    "week" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyRotaOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanPhase_branchId_idx" ON "PlanPhase"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "FocusTopic_branchId_name_key" ON "FocusTopic"("branchId", "name");

-- CreateIndex
CREATE INDEX "Goal_branchId_idx" ON "Goal"("branchId");

-- CreateIndex
CREATE INDEX "Goal_workingGroupId_idx" ON "Goal"("workingGroupId");

-- CreateIndex
CREATE INDEX "GoalMeasurement_branchId_idx" ON "GoalMeasurement"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "GoalMeasurement_goalId_date_key" ON "GoalMeasurement"("goalId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_branchId_name_key" ON "Organisation"("branchId", "name");

-- CreateIndex
CREATE INDEX "Activity_branchId_date_idx" ON "Activity"("branchId", "date");

-- CreateIndex
CREATE INDEX "Activity_workingGroupId_date_idx" ON "Activity"("workingGroupId", "date");

-- CreateIndex
CREATE INDEX "Activity_organisationId_idx" ON "Activity"("organisationId");

-- CreateIndex
CREATE INDEX "DutyRota_branchId_idx" ON "DutyRota"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyRota_workingGroupId_name_key" ON "DutyRota"("workingGroupId", "name");

-- CreateIndex
CREATE INDEX "DutyRotaMember_branchId_idx" ON "DutyRotaMember"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyRotaMember_rotaId_personId_key" ON "DutyRotaMember"("rotaId", "personId");

-- CreateIndex
CREATE INDEX "DutyRotaOverride_branchId_idx" ON "DutyRotaOverride"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyRotaOverride_rotaId_week_key" ON "DutyRotaOverride"("rotaId", "week");

-- AddForeignKey
ALTER TABLE "PlanPhase" ADD CONSTRAINT "PlanPhase_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusTopic" ADD CONSTRAINT "FocusTopic_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "PlanPhase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_focusTopicId_fkey" FOREIGN KEY ("focusTopicId") REFERENCES "FocusTopic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalMeasurement" ADD CONSTRAINT "GoalMeasurement_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalMeasurement" ADD CONSTRAINT "GoalMeasurement_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRota" ADD CONSTRAINT "DutyRota_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRota" ADD CONSTRAINT "DutyRota_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRotaMember" ADD CONSTRAINT "DutyRotaMember_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRotaMember" ADD CONSTRAINT "DutyRotaMember_rotaId_fkey" FOREIGN KEY ("rotaId") REFERENCES "DutyRota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRotaMember" ADD CONSTRAINT "DutyRotaMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRotaOverride" ADD CONSTRAINT "DutyRotaOverride_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRotaOverride" ADD CONSTRAINT "DutyRotaOverride_rotaId_fkey" FOREIGN KEY ("rotaId") REFERENCES "DutyRota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRotaOverride" ADD CONSTRAINT "DutyRotaOverride_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

