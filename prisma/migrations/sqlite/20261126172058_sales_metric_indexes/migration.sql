-- DropIndex
DROP INDEX "Interaction_kind_occurredAt_idx";

-- CreateIndex
CREATE INDEX "Prospect_stageId_ownerId_valueCents_weightedCents_idx" ON "Prospect"("stageId", "ownerId", "valueCents", "weightedCents");

-- CreateIndex
CREATE INDEX "Interaction_kind_occurredAt_prospectId_idx" ON "Interaction"("kind", "occurredAt", "prospectId");

-- CreateIndex
CREATE INDEX "Interaction_occurredAt_userId_kind_idx" ON "Interaction"("occurredAt", "userId", "kind");

-- CreateIndex
CREATE INDEX "Interaction_prospectId_kind_occurredAt_idx" ON "Interaction"("prospectId", "kind", "occurredAt");
