-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('SECURE_EMAIL', 'EMAIL');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('NEW_REQUEST', 'INFORMATION_REQUESTED', 'REQUEST_DECLINED', 'REQUEST_ACCEPTED', 'REPORT_SIGNED', 'MESSAGE_UNREAD', 'DEADLINE_APPROACHING', 'OVERDUE', 'SYNTHESIS_SHARED', 'TRIAGE_REMINDER');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'DIGEST', 'MAILED', 'SKIPPED');

-- DropForeignKey
ALTER TABLE "OutboxMessage" DROP CONSTRAINT "OutboxMessage_transmissionId_fkey";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "body" TEXT,
ADD COLUMN     "channel" "OutboxChannel" NOT NULL DEFAULT 'SECURE_EMAIL',
ADD COLUMN     "recipientId" UUID,
ADD COLUMN     "requestId" UUID,
ALTER COLUMN "transmissionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "professionalId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "requestId" UUID NOT NULL,
    "sequence" INTEGER,
    "actorId" UUID,
    "key" TEXT,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "skipReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "decideAt" TIMESTAMPTZ(3) NOT NULL,
    "outboxId" UUID,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationCursor" (
    "professionalId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NotificationCursor_pkey" PRIMARY KEY ("professionalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_key_key" ON "Notification"("key");

-- CreateIndex
CREATE INDEX "Notification_status_decideAt_idx" ON "Notification"("status", "decideAt");

-- CreateIndex
CREATE INDEX "Notification_professionalId_status_idx" ON "Notification"("professionalId", "status");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_transmissionId_fkey" FOREIGN KEY ("transmissionId") REFERENCES "ReportTransmission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each channel's row carries what its sender needs.
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_channel_fields" CHECK (
  ("channel" = 'SECURE_EMAIL' AND "transmissionId" IS NOT NULL)
  OR ("channel" = 'EMAIL' AND "recipientId" IS NOT NULL AND "body" IS NOT NULL));
