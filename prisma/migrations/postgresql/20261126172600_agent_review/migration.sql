-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "agentReviewedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Task_status_agentReviewedAt_createdAt_idx" ON "Task"("status", "agentReviewedAt", "createdAt");
