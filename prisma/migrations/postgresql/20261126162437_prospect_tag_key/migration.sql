-- AlterTable
ALTER TABLE "Prospect" ADD COLUMN     "tagKey" TEXT NOT NULL DEFAULT '';
