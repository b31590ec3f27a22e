-- CreateEnum
CREATE TYPE "Profession" AS ENUM ('PHYSICIAN', 'MIDWIFE', 'NURSE', 'PHYSIOTHERAPIST', 'PODIATRIST', 'SPEECH_THERAPIST', 'ORTHOPTIST', 'PHARMACIST', 'DENTIST', 'OTHER');

-- CreateEnum
CREATE TYPE "ExpertTool" AS ENUM ('IN_APP', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "PatientIdentityPolicy" AS ENUM ('REQUIRED', 'OPTIONAL');

-- CreateTable
CREATE TABLE "Professional" (
    "id" UUID NOT NULL,
    "rpps" VARCHAR(11) NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "profession" "Profession" NOT NULL,
    "specialty" TEXT,
    "city" TEXT,
    "postalCode" VARCHAR(5),
    "secureEmail" TEXT,
    "nameKey" TEXT NOT NULL,
    "specialtyKey" TEXT,
    "cityKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Professional_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertProfile" (
    "professionalId" UUID NOT NULL,
    "listed" BOOLEAN NOT NULL DEFAULT false,
    "activityDescription" TEXT,
    "limitations" TEXT,
    "prerequisites" TEXT,
    "tool" "ExpertTool" NOT NULL DEFAULT 'IN_APP',
    "externalUrl" TEXT,
    "patientIdentityPolicy" "PatientIdentityPolicy" NOT NULL DEFAULT 'REQUIRED',
    "descriptionKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExpertProfile_pkey" PRIMARY KEY ("professionalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Professional_rpps_key" ON "Professional"("rpps");

-- CreateIndex
CREATE INDEX "Professional_lastName_firstName_id_idx" ON "Professional"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "ExpertProfile_listed_idx" ON "ExpertProfile"("listed");

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;
