-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "templateOfTeamId" UUID;

-- CreateIndex
CREATE INDEX "Attachment_templateOfTeamId_idx" ON "Attachment"("templateOfTeamId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_templateOfTeamId_fkey" FOREIGN KEY ("templateOfTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
