-- CreateIndex
CREATE INDEX "Prospect_ownerId_stageId_updatedAt_idx" ON "Prospect"("ownerId", "stageId", "updatedAt");
