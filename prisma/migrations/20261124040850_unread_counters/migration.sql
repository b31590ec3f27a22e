-- AlterTable
ALTER TABLE "TeleexpertiseRequest" ADD COLUMN     "expertUnread" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "onBehalfOfUnread" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "requesterUnread" INTEGER NOT NULL DEFAULT 0;

-- The counts of the requests written so far: for each party, the messages after their read mark that others wrote.
UPDATE "TeleexpertiseRequest" r SET
  "requesterUnread" = (
    SELECT count(*)::int FROM "Message" m
    WHERE m."requestId" = r."id" AND m."authorId" IS DISTINCT FROM r."requesterId"
      AND m."sequence" > COALESCE((SELECT k."lastReadSequence" FROM "ReadMark" k WHERE k."requestId" = r."id" AND k."professionalId" = r."requesterId"), 0)),
  "expertUnread" = (
    SELECT count(*)::int FROM "Message" m
    WHERE m."requestId" = r."id" AND m."authorId" IS DISTINCT FROM r."expertId"
      AND m."sequence" > COALESCE((SELECT k."lastReadSequence" FROM "ReadMark" k WHERE k."requestId" = r."id" AND k."professionalId" = r."expertId"), 0)),
  "onBehalfOfUnread" = CASE WHEN r."onBehalfOfId" IS NULL THEN 0 ELSE (
    SELECT count(*)::int FROM "Message" m
    WHERE m."requestId" = r."id" AND m."authorId" IS DISTINCT FROM r."onBehalfOfId"
      AND m."sequence" > COALESCE((SELECT k."lastReadSequence" FROM "ReadMark" k WHERE k."requestId" = r."id" AND k."professionalId" = r."onBehalfOfId"), 0)) END;
