-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PLACED',
    "source" TEXT NOT NULL DEFAULT 'shop',
    "customerId" TEXT,
    "userId" TEXT,
    "sourceEmailId" TEXT,
    "email" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "company" TEXT,
    "vatId" TEXT,
    "shippingAddress" JSONB NOT NULL,
    "billingAddress" JSONB NOT NULL,
    "paymentMethod" TEXT NOT NULL,
    "netCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,
    "vatRatePercent" INTEGER NOT NULL DEFAULT 19,
    "vatTreatment" TEXT NOT NULL DEFAULT 'STANDARD',
    "shippingCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "placedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Order_sourceEmailId_fkey" FOREIGN KEY ("sourceEmailId") REFERENCES "Email" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Order" ("billingAddress", "company", "contactName", "createdAt", "customerId", "email", "id", "idempotencyKey", "netCents", "number", "paymentMethod", "placedAt", "shippingAddress", "shippingCents", "source", "sourceEmailId", "status", "totalCents", "updatedAt", "userId", "vatCents", "vatId") SELECT "billingAddress", "company", "contactName", "createdAt", "customerId", "email", "id", "idempotencyKey", "netCents", "number", "paymentMethod", "placedAt", "shippingAddress", "shippingCents", "source", "sourceEmailId", "status", "totalCents", "updatedAt", "userId", "vatCents", "vatId" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");
CREATE UNIQUE INDEX "Order_idempotencyKey_key" ON "Order"("idempotencyKey");
CREATE INDEX "Order_status_placedAt_idx" ON "Order"("status", "placedAt");
CREATE INDEX "Order_email_idx" ON "Order"("email");
CREATE INDEX "Order_userId_placedAt_idx" ON "Order"("userId", "placedAt");
CREATE INDEX "Order_placedAt_idx" ON "Order"("placedAt");
CREATE INDEX "Order_updatedAt_idx" ON "Order"("updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
