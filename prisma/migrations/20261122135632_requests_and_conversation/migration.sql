-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('SUBMITTED', 'INFO_REQUESTED', 'ACCEPTED', 'DECLINED', 'REPORTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ConsentGivenBy" AS ENUM ('PATIENT', 'LEGAL_REPRESENTATIVE', 'NOT_COLLECTED');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('TEXT', 'PREREQUISITES', 'SYSTEM');

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "delegatorId" UUID NOT NULL,
    "delegateId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "birthName" TEXT NOT NULL,
    "usedName" TEXT,
    "firstNames" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" VARCHAR(1) NOT NULL,
    "ins" VARCHAR(15),
    "treatingDoctorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeleexpertiseRequest" (
    "id" UUID NOT NULL,
    "requesterId" UUID NOT NULL,
    "onBehalfOfId" UUID,
    "delegationId" UUID,
    "expertId" UUID NOT NULL,
    "patientId" UUID,
    "question" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "consentGivenBy" "ConsentGivenBy" NOT NULL,
    "consentCollectedAt" TIMESTAMPTZ(3),
    "consentNotCollectedReason" TEXT,
    "responseDueAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "clientRequestId" VARCHAR(100),
    "lastSequence" INTEGER NOT NULL DEFAULT 0,
    "lastMessageId" UUID,
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL,
    "infoRequestedAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "declinedAt" TIMESTAMPTZ(3),
    "declineReason" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawReason" TEXT,
    "reportedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeleexpertiseRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "status" "RequestStatus",
    "clientMessageId" VARCHAR(100),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadMark" (
    "requestId" UUID NOT NULL,
    "professionalId" UUID NOT NULL,
    "lastReadSequence" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReadMark_pkey" PRIMARY KEY ("requestId","professionalId")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "messageId" UUID,
    "templateOfId" UUID,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileContent" (
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FileContent_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "onBehalfOfId" UUID,
    "action" VARCHAR(64) NOT NULL,
    "entityType" VARCHAR(64) NOT NULL,
    "entityId" VARCHAR(64) NOT NULL,
    "requestId" UUID,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Delegation_delegateId_delegatorId_idx" ON "Delegation"("delegateId", "delegatorId");

-- CreateIndex
CREATE INDEX "Delegation_delegatorId_idx" ON "Delegation"("delegatorId");

-- CreateIndex
CREATE UNIQUE INDEX "TeleexpertiseRequest_patientId_key" ON "TeleexpertiseRequest"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "TeleexpertiseRequest_lastMessageId_key" ON "TeleexpertiseRequest"("lastMessageId");

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_expertId_lastActivityAt_id_idx" ON "TeleexpertiseRequest"("expertId", "lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_requesterId_lastActivityAt_id_idx" ON "TeleexpertiseRequest"("requesterId", "lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_onBehalfOfId_lastActivityAt_id_idx" ON "TeleexpertiseRequest"("onBehalfOfId", "lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "TeleexpertiseRequest_status_dueAt_idx" ON "TeleexpertiseRequest"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeleexpertiseRequest_requesterId_clientRequestId_key" ON "TeleexpertiseRequest"("requesterId", "clientRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_requestId_sequence_key" ON "Message"("requestId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Message_requestId_authorId_clientMessageId_key" ON "Message"("requestId", "authorId", "clientMessageId");

-- CreateIndex
CREATE INDEX "Attachment_messageId_idx" ON "Attachment"("messageId");

-- CreateIndex
CREATE INDEX "Attachment_templateOfId_idx" ON "Attachment"("templateOfId");

-- CreateIndex
CREATE INDEX "AuditEvent_requestId_id_idx" ON "AuditEvent"("requestId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id");

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_delegatorId_fkey" FOREIGN KEY ("delegatorId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_treatingDoctorId_fkey" FOREIGN KEY ("treatingDoctorId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeleexpertiseRequest" ADD CONSTRAINT "TeleexpertiseRequest_lastMessageId_fkey" FOREIGN KEY ("lastMessageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "TeleexpertiseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadMark" ADD CONSTRAINT "ReadMark_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "TeleexpertiseRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadMark" ADD CONSTRAINT "ReadMark_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "FileContent"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_templateOfId_fkey" FOREIGN KEY ("templateOfId") REFERENCES "ExpertProfile"("professionalId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The trace is append-only: the database itself refuses to change or remove a record.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
