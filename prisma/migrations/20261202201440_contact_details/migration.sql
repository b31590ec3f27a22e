-- CreateEnum
CREATE TYPE "ContactSource" AS ENUM ('TOKEN', 'SELF');

-- AlterTable
ALTER TABLE "Professional" ADD COLUMN     "email" TEXT,
ADD COLUMN     "emailSource" "ContactSource",
ADD COLUMN     "secureEmailSource" "ContactSource";

-- Addresses written before sources existed were put there on purpose (demonstration data): a token's claim does not replace them.
UPDATE "Professional" SET "secureEmailSource" = 'SELF' WHERE "secureEmail" IS NOT NULL;

-- An address has a source, and a source an address.
ALTER TABLE "Professional" ADD CONSTRAINT "Professional_email_source" CHECK (("email" IS NULL) = ("emailSource" IS NULL)),
ADD CONSTRAINT "Professional_secureEmail_source" CHECK (("secureEmail" IS NULL) = ("secureEmailSource" IS NULL));
