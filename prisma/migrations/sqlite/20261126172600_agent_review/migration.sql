-- AlterTable
ALTER TABLE "Task" ADD COLUMN "agentReviewedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Task_status_agentReviewedAt_createdAt_idx" ON "Task"("status", "agentReviewedAt", "createdAt");
