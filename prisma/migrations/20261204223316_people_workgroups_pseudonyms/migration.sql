-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('pending', 'accepted', 'declined', 'withdrawn');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "pseudonym" INTEGER,
ALTER COLUMN "email" DROP NOT NULL;

-- AlterTable
ALTER TABLE "WorkingGroup" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "WorkingGroupJoinRequest" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "workingGroupId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,

    CONSTRAINT "WorkingGroupJoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkingGroupJoinRequest_branchId_idx" ON "WorkingGroupJoinRequest"("branchId");

-- CreateIndex
CREATE INDEX "WorkingGroupJoinRequest_workingGroupId_status_idx" ON "WorkingGroupJoinRequest"("workingGroupId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Person_branchId_pseudonym_key" ON "Person"("branchId", "pseudonym");

-- AddForeignKey
ALTER TABLE "WorkingGroupJoinRequest" ADD CONSTRAINT "WorkingGroupJoinRequest_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupJoinRequest" ADD CONSTRAINT "WorkingGroupJoinRequest_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupJoinRequest" ADD CONSTRAINT "WorkingGroupJoinRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- People without email had a placeholder address (<id>@geen-email.invalid) while the column was required.
UPDATE "Person" SET "email" = NULL WHERE "email" LIKE '%@geen-email.invalid';

-- One pending request per person and working group (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "WorkingGroupJoinRequest_one_pending_key" ON "WorkingGroupJoinRequest"("workingGroupId", "personId") WHERE "status" = 'pending';
