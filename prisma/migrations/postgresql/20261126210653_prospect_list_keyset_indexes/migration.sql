-- DropIndex
DROP INDEX "Prospect_ownerId_updatedAt_idx";

-- DropIndex
DROP INDEX "Prospect_ownerId_stageId_updatedAt_idx";

-- DropIndex
DROP INDEX "Prospect_stageId_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Prospect_ownerId_updatedAt_id_idx" ON "Prospect"("ownerId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Prospect_ownerId_stageId_updatedAt_id_idx" ON "Prospect"("ownerId", "stageId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Prospect_stageId_updatedAt_id_idx" ON "Prospect"("stageId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Prospect_updatedAt_id_idx" ON "Prospect"("updatedAt", "id");
