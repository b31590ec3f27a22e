-- CreateTable
CREATE TABLE "InboxCounter" (
    "professionalId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InboxCounter_pkey" PRIMARY KEY ("professionalId")
);

-- CreateTable
CREATE TABLE "InboxEntry" (
    "professionalId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "requestId" UUID NOT NULL,
    "messageId" UUID,
    "reportId" UUID,
    "shareId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxEntry_pkey" PRIMARY KEY ("professionalId","position")
);

-- CreateIndex
CREATE INDEX "InboxEntry_at_idx" ON "InboxEntry"("at");
