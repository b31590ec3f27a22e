-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IMMEDIATE', 'DIGEST', 'NEVER');

-- CreateTable
CREATE TABLE "NotificationPreferences" (
    "professionalId" UUID NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "digestHour" INTEGER NOT NULL DEFAULT 8,
    "quietFrom" INTEGER,
    "quietTo" INTEGER,
    "unreadDelayMinutes" INTEGER NOT NULL DEFAULT 60,
    "deliveries" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreferences_pkey" PRIMARY KEY ("professionalId")
);

-- AddForeignKey
ALTER TABLE "NotificationPreferences" ADD CONSTRAINT "NotificationPreferences_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the API checks, held by the database too.
ALTER TABLE "NotificationPreferences" ADD CONSTRAINT "NotificationPreferences_ranges_check" CHECK (
  "digestHour" BETWEEN 0 AND 23
  AND "unreadDelayMinutes" BETWEEN 5 AND 10080
  AND (("quietFrom" IS NULL AND "quietTo" IS NULL)
    OR ("quietFrom" BETWEEN 0 AND 1439 AND "quietTo" BETWEEN 0 AND 1439 AND "quietFrom" <> "quietTo")));
