-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "acceptsNewRequests" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "acceptsNewRequests" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Absence" (
    "id" UUID NOT NULL,
    "professionalId" UUID,
    "teamId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "message" TEXT,
    "backupProfessionalId" UUID,
    "backupTeamId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Absence_professionalId_endsAt_idx" ON "Absence"("professionalId", "endsAt");

-- CreateIndex
CREATE INDEX "Absence_teamId_endsAt_idx" ON "Absence"("teamId", "endsAt");

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_backupProfessionalId_fkey" FOREIGN KEY ("backupProfessionalId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_backupTeamId_fkey" FOREIGN KEY ("backupTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An absence is of one expert or one team, ends after it starts, and has at most one backup.
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_of_one" CHECK (("professionalId" IS NULL) <> ("teamId" IS NULL));
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_period" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_one_backup" CHECK ("backupProfessionalId" IS NULL OR "backupTeamId" IS NULL);
