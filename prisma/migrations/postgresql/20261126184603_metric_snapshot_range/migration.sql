-- CreateIndex
CREATE INDEX "MetricSnapshot_period_bucketStart_idx" ON "MetricSnapshot"("period", "bucketStart");
