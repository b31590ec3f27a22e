-- AlterTable
ALTER TABLE "TeleexpertiseRequest" ADD COLUMN     "assignedAt" TIMESTAMPTZ(3),
ADD COLUMN     "resubmittedFromId" UUID,
ADD COLUMN     "teamId" UUID,
ALTER COLUMN "expertId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "TeleexpertiseRequest_resubmittedFromId_key" ON "TeleexpertiseRequest"("resubmittedFromId");

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_teamId_expertId_lastActivityAt_id_idx" ON "TeleexpertiseRequest"("teamId", "expertId", "lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_teamId_lastActivityAt_id_idx" ON "TeleexpertiseRequest"("teamId", "lastActivityAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_resubmittedFromId_fkey" FOREIGN KEY ("resubmittedFromId") REFERENCES "TeleexpertiseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A request goes to an expert, or to a team until one of its members takes it.
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_addressee" CHECK ("expertId" IS NOT NULL OR "teamId" IS NOT NULL);
