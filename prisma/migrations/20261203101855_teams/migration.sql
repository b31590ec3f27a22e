-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('COORDINATOR', 'MEMBER');

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "profession" "Profession" NOT NULL,
    "specialty" TEXT,
    "city" TEXT,
    "postalCode" VARCHAR(5),
    "listed" BOOLEAN NOT NULL DEFAULT true,
    "activityDescription" TEXT,
    "limitations" TEXT,
    "territory" TEXT,
    "prerequisites" TEXT,
    "tool" "ExpertTool" NOT NULL DEFAULT 'IN_APP',
    "externalUrl" TEXT,
    "patientIdentityPolicy" "PatientIdentityPolicy" NOT NULL DEFAULT 'REQUIRED',
    "expectedResponseHours" INTEGER,
    "nameKey" TEXT NOT NULL,
    "specialtyKey" TEXT,
    "cityKey" TEXT,
    "descriptionKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "teamId" UUID NOT NULL,
    "professionalId" UUID NOT NULL,
    "role" "TeamRole" NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("teamId","professionalId")
);

-- CreateIndex
CREATE INDEX "Team_listed_idx" ON "Team"("listed");

-- CreateIndex
CREATE INDEX "TeamMember_professionalId_idx" ON "TeamMember"("professionalId");

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A stated response time is at least an hour and at most 30 days.
ALTER TABLE "Team" ADD CONSTRAINT "Team_expected_response" CHECK (
  "expectedResponseHours" IS NULL OR "expectedResponseHours" BETWEEN 1 AND 720);
