-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- DropIndex
DROP INDEX "OutboxMessage_sentAt_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "failedAt" TIMESTAMPTZ(3),
ADD COLUMN     "status" "OutboxStatus" NOT NULL DEFAULT 'QUEUED';

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- Mails sent before this migration.
UPDATE "OutboxMessage" SET "status" = 'SENT' WHERE "sentAt" IS NOT NULL;
