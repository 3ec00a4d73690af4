-- The KPI rollups now count SLA-kept tasks (compliance = kept / (kept + breached)) and net revenue (netCents, no VAT
-- or shipping). Stored snapshots lack the one and hold gross revenue, so they are dropped with the rollup job's runs:
-- without a watermark pages count the facts live, and the next rollup run recounts every hour (lib/kpi/rollup.ts).
DELETE FROM "MetricSnapshot";
DELETE FROM "CronRun" WHERE "job" = 'rollup';
