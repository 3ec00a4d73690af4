-- DropIndex
DROP INDEX "Task_status_slaDueAt_idx";

-- CreateIndex
CREATE INDEX "Task_status_slaDueAt_businessUnitId_firstResponseAt_closedA_idx" ON "Task"("status", "slaDueAt", "businessUnitId", "firstResponseAt", "closedAt");
