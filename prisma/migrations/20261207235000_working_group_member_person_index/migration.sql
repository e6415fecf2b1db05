-- Hand-written (issue 17, part 5): tests/integration/queryPlans.test.ts found the people list reading
-- memberships by "personId" IN (…) with a Seq Scan on 500 branches, as the unique index leads with "workingGroupId".

-- CreateIndex
CREATE INDEX "WorkingGroupMember_personId_idx" ON "WorkingGroupMember"("personId");
