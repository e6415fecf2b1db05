-- Hand-written (issue 7, benchmark): indexes for the lookups every authenticated request makes.
-- loadCurrentUser finds the caller's persons by "userId" and their roles by "personId", and the existing
-- unique indexes lead with "branchId", so on 50 branches both were skip scans (EXPLAIN: 100 index searches).

-- CreateIndex
CREATE INDEX "Person_userId_idx" ON "Person"("userId");

-- CreateIndex
CREATE INDEX "BranchRole_personId_idx" ON "BranchRole"("personId");

-- The read cache's generation (server/src/lib/readCache.ts): every write request takes the next value
-- after it has written and before it answers, and a cached read is only used under the value it was
-- computed under. A sequence, not a table row: nextval is visible to every connection at once, is never
-- rolled back and leaves no dead rows behind, so all app instances on this database see each other's writes.
CREATE SEQUENCE "ReadCacheGeneration";
