-- AlterTable
ALTER TABLE "Prospect" ADD COLUMN "remindedFollowUpAt" DATETIME;
