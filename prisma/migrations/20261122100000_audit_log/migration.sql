-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorName" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_branchId_at_idx" ON "AuditEntry"("branchId", "at" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_branchId_entityType_at_idx" ON "AuditEntry"("branchId", "entityType", "at");

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Append-only (hand-written, Prisma has no syntax for triggers). An audit log that its own writers can
-- rewrite proves nothing, so UPDATE and DELETE are refused for every role the app connects as.
--
-- Deleting rows is allowed in one deliberate case: a transaction that first runs
--   SET LOCAL afdelingsplanner.allow_audit_delete = 'on'
-- may delete (for example a branch export/import restoring with --replace, which deletes the branch's
-- rows). The FK above cascades from Branch, but a cascade fires this row trigger too: deleting a branch
-- that has audit entries therefore fails unless that setting is on. That is intended: removing a branch's
-- history must be an explicit act, never a side effect. UPDATE is never allowed, not even with the setting.
-- current_setting(..., true) returns NULL (not an error) when the setting was never defined.
--
-- Prisma's migration runner (the Wasm schema engine with the pg driver adapter) splits a script at every
-- semicolon, even inside quotes or dollar quotes. So the function body below is an escape string in which
-- each statement ends in \x3B, the semicolon's code, which Postgres turns back into one.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP IN (\'DELETE\', \'TRUNCATE\') AND current_setting(\'afdelingsplanner.allow_audit_delete\', true) = \'on\' THEN
        RETURN OLD\x3B
    END IF\x3B
    RAISE EXCEPTION \'AuditEntry is append-only: % is not allowed\', TG_OP
        USING ERRCODE = \'insufficient_privilege\',
              HINT = \'To delete audit entries on purpose, run SET LOCAL afdelingsplanner.allow_audit_delete = on first.\'\x3B
END\x3B
';

CREATE TRIGGER "AuditEntry_append_only"
    BEFORE UPDATE OR DELETE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();

-- TRUNCATE skips row triggers, so it gets its own statement-level guard with the same escape hatch
-- (for TRUNCATE, RETURN OLD returns NULL, which a statement-level trigger ignores).
CREATE TRIGGER "AuditEntry_no_truncate"
    BEFORE TRUNCATE ON "AuditEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
