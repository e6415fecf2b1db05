-- The Dutch school-holiday region of a branch, for clash warnings while scheduling (issue 18).
ALTER TABLE "Branch" ADD COLUMN "schoolHolidayRegion" TEXT NOT NULL DEFAULT 'midden';
ALTER TABLE "Branch" ADD CONSTRAINT "Branch_schoolHolidayRegion_check" CHECK ("schoolHolidayRegion" IN ('noord', 'midden', 'zuid'));
