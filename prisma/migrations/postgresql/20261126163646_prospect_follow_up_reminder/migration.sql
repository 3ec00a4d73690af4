-- AlterTable
ALTER TABLE "Prospect" ADD COLUMN     "remindedFollowUpAt" TIMESTAMP(3);
