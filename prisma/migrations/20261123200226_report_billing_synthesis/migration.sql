-- CreateEnum
CREATE TYPE "FollowUp" AS ENUM ('NONE', 'IN_PERSON_CONSULTATION', 'HOSPITAL_REFERRAL', 'OTHER_PROFESSIONAL');

-- CreateEnum
CREATE TYPE "TransmissionChannel" AS ENUM ('IN_APP', 'SECURE_EMAIL');

-- CreateEnum
CREATE TYPE "RecipientRole" AS ENUM ('REQUESTER', 'ON_BEHALF_OF', 'TREATING_DOCTOR');

-- CreateEnum
CREATE TYPE "BillingCode" AS ENUM ('TE2', 'RQD');

-- CreateEnum
CREATE TYPE "NonReimbursableReason" AS ENUM ('ANONYMIZED_PATIENT', 'YEARLY_LIMIT_REACHED');

-- AlterTable
ALTER TABLE "TeleexpertiseRequest" ADD COLUMN     "reportId" UUID;

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "conclusion" TEXT NOT NULL,
    "proposedTreatments" TEXT,
    "complementaryExams" TEXT,
    "followUp" "FollowUp" NOT NULL,
    "correctionReason" TEXT,
    "authorId" UUID NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportTransmission" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "role" "RecipientRole" NOT NULL,
    "channel" "TransmissionChannel" NOT NULL,
    "address" TEXT,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportTransmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "transmissionId" UUID NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingAct" (
    "id" UUID NOT NULL,
    "code" "BillingCode" NOT NULL,
    "professionalId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "actDate" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "patientKey" CHAR(64),
    "yearlyRank" INTEGER,
    "reimbursable" BOOLEAN NOT NULL,
    "reason" "NonReimbursableReason",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillingAct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingCounter" (
    "patientKey" CHAR(64) NOT NULL,
    "code" "BillingCode" NOT NULL,
    "year" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "BillingCounter_pkey" PRIMARY KEY ("patientKey","code","year")
);

-- CreateTable
CREATE TABLE "SynthesisShare" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "sharedById" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SynthesisShare_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_requestId_version_key" ON "Report"("requestId", "version");

-- CreateIndex
CREATE INDEX "ReportTransmission_recipientId_idx" ON "ReportTransmission"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportTransmission_reportId_recipientId_channel_key" ON "ReportTransmission"("reportId", "recipientId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_transmissionId_key" ON "OutboxMessage"("transmissionId");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_nextAttemptAt_idx" ON "OutboxMessage"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "BillingAct_professionalId_actDate_idx" ON "BillingAct"("professionalId", "actDate");

-- CreateIndex
CREATE UNIQUE INDEX "BillingAct_requestId_code_key" ON "BillingAct"("requestId", "code");

-- CreateIndex
CREATE INDEX "SynthesisShare_recipientId_createdAt_idx" ON "SynthesisShare"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "SynthesisShare_requestId_idx" ON "SynthesisShare"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "TeleexpertiseRequest_reportId_key" ON "TeleexpertiseRequest"("reportId");

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "TeleexpertiseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTransmission" ADD CONSTRAINT "ReportTransmission_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTransmission" ADD CONSTRAINT "ReportTransmission_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_transmissionId_fkey" FOREIGN KEY ("transmissionId") REFERENCES "ReportTransmission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingAct" ADD CONSTRAINT "BillingAct_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingAct" ADD CONSTRAINT "BillingAct_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "TeleexpertiseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingAct" ADD CONSTRAINT "BillingAct_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisShare" ADD CONSTRAINT "SynthesisShare_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "TeleexpertiseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisShare" ADD CONSTRAINT "SynthesisShare_sharedById_fkey" FOREIGN KEY ("sharedById") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisShare" ADD CONSTRAINT "SynthesisShare_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisShare" ADD CONSTRAINT "SynthesisShare_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "FileContent"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A signed report is never changed: a correction is a new version.
CREATE FUNCTION "report_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'A signed report cannot be changed (% refused): sign a new version', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "Report_immutable"
  BEFORE UPDATE OR DELETE ON "Report"
  FOR EACH ROW EXECUTE FUNCTION "report_is_immutable"();

CREATE TRIGGER "Report_no_truncate"
  BEFORE TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "report_is_immutable"();
