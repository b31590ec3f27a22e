-- CreateEnum
CREATE TYPE "BillingStatus" AS ENUM ('TO_BILL', 'TRANSMITTED', 'PAID', 'REJECTED');

-- AlterEnum
ALTER TYPE "NonReimbursableReason" ADD VALUE 'SAME_PRACTICE_STRUCTURE';

-- AlterTable
ALTER TABLE "BillingAct" ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "status" "BillingStatus" NOT NULL DEFAULT 'TO_BILL',
ADD COLUMN     "statusChangedAt" TIMESTAMPTZ(3);

-- AlterTable: the yearly limit is per billing professional (docs/rules.md#yearly-limit). The platform-wide counters are
-- dropped and rebuilt per professional from the acts; the acts themselves keep their flags (some may be billed).
DELETE FROM "BillingCounter";

ALTER TABLE "BillingCounter" DROP CONSTRAINT "BillingCounter_pkey",
ADD COLUMN     "professionalId" UUID NOT NULL,
ADD CONSTRAINT "BillingCounter_pkey" PRIMARY KEY ("professionalId", "patientKey", "code", "year");

-- Every act that took a rank counts, reimbursed or not, as the counter did (an anonymized act has no patientKey).
INSERT INTO "BillingCounter" ("professionalId", "patientKey", "code", "year", "count")
SELECT "professionalId", "patientKey", "code", CAST(EXTRACT(YEAR FROM "actDate") AS INTEGER), CAST(COUNT(*) AS INTEGER)
FROM "BillingAct"
WHERE "patientKey" IS NOT NULL AND "yearlyRank" IS NOT NULL
GROUP BY "professionalId", "patientKey", "code", EXTRACT(YEAR FROM "actDate");

-- AlterTable
ALTER TABLE "Professional" ADD COLUMN     "practiceStructureId" VARCHAR(14);
