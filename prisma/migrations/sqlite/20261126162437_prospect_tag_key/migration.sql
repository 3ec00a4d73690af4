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
    "tagKey" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_Prospect" ("company", "contactName", "createdAt", "email", "emailDomain", "emailInvalid", "id", "lastContactAt", "lostReason", "nextFollowUpAt", "ownerId", "phone", "probability", "source", "stageChangedAt", "stageId", "status", "tags", "updatedAt", "valueCents", "weightedCents", "wonReason") SELECT "company", "contactName", "createdAt", "email", "emailDomain", "emailInvalid", "id", "lastContactAt", "lostReason", "nextFollowUpAt", "ownerId", "phone", "probability", "source", "stageChangedAt", "stageId", "status", "tags", "updatedAt", "valueCents", "weightedCents", "wonReason" FROM "Prospect";
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
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
