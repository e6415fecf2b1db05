-- AlterTable
ALTER TABLE "OccurrenceException" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
