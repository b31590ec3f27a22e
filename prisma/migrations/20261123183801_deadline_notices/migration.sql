-- AlterTable
ALTER TABLE "TeleexpertiseRequest" ADD COLUMN     "deadlineWarnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "overdueNotifiedAt" TIMESTAMPTZ(3);
