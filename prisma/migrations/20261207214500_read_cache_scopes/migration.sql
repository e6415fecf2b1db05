-- Issue 17: a write in one branch no longer makes every branch's cached reads cold. Each branch (by slug) has
-- its own generation, and the scope '' holds writes made outside any branch (an account, the platform admin),
-- which every branch's reads also depend on. The sequence "ReadCacheGeneration" still moves on every write: the
-- reads that span branches (a person's account, the personal calendar feed) use it.
CREATE TABLE "ReadCacheScope" (
    "scope" TEXT NOT NULL,
    "generation" BIGINT NOT NULL,
    CONSTRAINT "ReadCacheScope_pkey" PRIMARY KEY ("scope")
);
