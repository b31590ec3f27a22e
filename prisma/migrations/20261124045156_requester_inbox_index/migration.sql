-- DropIndex
DROP INDEX "TeleexpertiseRequest_requesterId_lastActivityAt_id_idx";

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_requesterId_lastActivityAt_id_delegati_idx" ON "TeleexpertiseRequest"("requesterId", "lastActivityAt" DESC, "id" DESC, "delegationId");
