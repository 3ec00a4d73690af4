-- CreateTable
CREATE TABLE "ProspectStageChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prospectId" TEXT NOT NULL,
    "fromStageId" TEXT,
    "toStageId" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProspectStageChange_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProspectStageChange_toStageId_fkey" FOREIGN KEY ("toStageId") REFERENCES "Stage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Prospect" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "company" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailDomain" TEXT NOT NULL,
    "emailInvalid" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "source" TEXT,
    "tags" JSONB NOT NULL,
    "valueCents" INTEGER NOT NULL DEFAULT 0,
    "probability" INTEGER NOT NULL,
    "stageId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "lostReason" TEXT,
    "wonReason" TEXT,
    "weightedCents" INTEGER NOT NULL DEFAULT 0,
    "nextFollowUpAt" DATETIME,
    "lastContactAt" DATETIME,
    "stageChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Prospect_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Prospect_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Prospect" ("company", "contactName", "createdAt", "email", "emailDomain", "emailInvalid", "id", "lastContactAt", "lostReason", "nextFollowUpAt", "ownerId", "phone", "probability", "source", "stageChangedAt", "stageId", "status", "tags", "updatedAt", "valueCents") SELECT "company", "contactName", "createdAt", "email", "emailDomain", "emailInvalid", "id", "lastContactAt", "lostReason", "nextFollowUpAt", "ownerId", "phone", "probability", "source", "stageChangedAt", "stageId", "status", "tags", "updatedAt", "valueCents" FROM "Prospect";
DROP TABLE "Prospect";
ALTER TABLE "new_Prospect" RENAME TO "Prospect";
CREATE UNIQUE INDEX "Prospect_email_key" ON "Prospect"("email");
CREATE INDEX "Prospect_ownerId_stageId_idx" ON "Prospect"("ownerId", "stageId");
CREATE INDEX "Prospect_ownerId_updatedAt_idx" ON "Prospect"("ownerId", "updatedAt");
CREATE INDEX "Prospect_stageId_stageChangedAt_idx" ON "Prospect"("stageId", "stageChangedAt");
CREATE INDEX "Prospect_stageId_updatedAt_idx" ON "Prospect"("stageId", "updatedAt");
CREATE INDEX "Prospect_status_idx" ON "Prospect"("status");
CREATE INDEX "Prospect_emailDomain_idx" ON "Prospect"("emailDomain");
CREATE INDEX "Prospect_nextFollowUpAt_idx" ON "Prospect"("nextFollowUpAt");
CREATE INDEX "Prospect_createdAt_idx" ON "Prospect"("createdAt");
CREATE TABLE "new_Interaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prospectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "emailId" TEXT,
    "outboxMessageId" TEXT,
    "userId" TEXT,
    "occurredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Interaction_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "Email" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Interaction_outboxMessageId_fkey" FOREIGN KEY ("outboxMessageId") REFERENCES "OutboxMessage" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Interaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Interaction" ("createdAt", "emailId", "id", "kind", "occurredAt", "prospectId", "summary", "userId") SELECT "createdAt", "emailId", "id", "kind", "occurredAt", "prospectId", "summary", "userId" FROM "Interaction";
DROP TABLE "Interaction";
ALTER TABLE "new_Interaction" RENAME TO "Interaction";
CREATE INDEX "Interaction_kind_occurredAt_idx" ON "Interaction"("kind", "occurredAt");
CREATE INDEX "Interaction_prospectId_occurredAt_idx" ON "Interaction"("prospectId", "occurredAt");
CREATE INDEX "Interaction_userId_occurredAt_idx" ON "Interaction"("userId", "occurredAt");
CREATE INDEX "Interaction_occurredAt_idx" ON "Interaction"("occurredAt");
CREATE UNIQUE INDEX "Interaction_prospectId_emailId_key" ON "Interaction"("prospectId", "emailId");
CREATE UNIQUE INDEX "Interaction_prospectId_outboxMessageId_key" ON "Interaction"("prospectId", "outboxMessageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProspectStageChange_prospectId_changedAt_idx" ON "ProspectStageChange"("prospectId", "changedAt");

-- CreateIndex
CREATE INDEX "ProspectStageChange_changedAt_idx" ON "ProspectStageChange"("changedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");
