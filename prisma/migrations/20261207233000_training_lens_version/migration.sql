-- A branch's own lens can be renamed (issue 18): the rename sends the version it edited.
ALTER TABLE "TrainingLens" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
