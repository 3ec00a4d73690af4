-- AlterTable
ALTER TABLE "Prospect" ADD COLUMN     "weightedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "wonReason" TEXT;

-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "outboxMessageId" TEXT;

-- CreateTable
CREATE TABLE "ProspectStageChange" (
    "id" TEXT NOT NULL,
    "prospectId" TEXT NOT NULL,
    "fromStageId" TEXT,
    "toStageId" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProspectStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProspectStageChange_prospectId_changedAt_idx" ON "ProspectStageChange"("prospectId", "changedAt");

-- CreateIndex
CREATE INDEX "ProspectStageChange_changedAt_idx" ON "ProspectStageChange"("changedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "Prospect_ownerId_updatedAt_idx" ON "Prospect"("ownerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Prospect_stageId_stageChangedAt_idx" ON "Prospect"("stageId", "stageChangedAt");

-- CreateIndex
CREATE INDEX "Interaction_kind_occurredAt_idx" ON "Interaction"("kind", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Interaction_prospectId_outboxMessageId_key" ON "Interaction"("prospectId", "outboxMessageId");

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_outboxMessageId_fkey" FOREIGN KEY ("outboxMessageId") REFERENCES "OutboxMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProspectStageChange" ADD CONSTRAINT "ProspectStageChange_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProspectStageChange" ADD CONSTRAINT "ProspectStageChange_toStageId_fkey" FOREIGN KEY ("toStageId") REFERENCES "Stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
