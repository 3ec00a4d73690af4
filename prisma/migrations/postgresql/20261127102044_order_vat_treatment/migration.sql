-- CreateEnum
CREATE TYPE "VatTreatment" AS ENUM ('STANDARD', 'EXPORT', 'REVERSE_CHARGE');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "vatRatePercent" INTEGER NOT NULL DEFAULT 19,
ADD COLUMN     "vatTreatment" "VatTreatment" NOT NULL DEFAULT 'STANDARD';
