-- The email monitor recorded every mail as EMAIL_OUT or EMAIL_IN, so an automatic acknowledgement counted as a rep's
-- outreach (firstOutreachAt) and an out-of-office as a response (lastInboundAt). It now records mail no person wrote
-- as a note (lib/sales/mail-links.ts, isAutomatic); the rows stored before become notes alike, and the update triggers
-- of sales_metric_rollups recompute firstOutreachAt, lastInboundAt and the daily counts of the prospects concerned.
UPDATE "Interaction" SET "kind" = 'NOTE', "summary" = substr('Sent automatically (no person wrote it): ' || "summary", 1, 300)
WHERE "kind" = 'EMAIL_OUT' AND "outboxMessageId" IN (SELECT "id" FROM "OutboxMessage" WHERE "kind" NOT IN ('outreach', 'reply'));

UPDATE "Interaction" SET "kind" = 'NOTE', "summary" = substr('Automatic reply received (out of office or similar): ' || "summary", 1, 300)
WHERE "kind" = 'EMAIL_IN' AND "emailId" IN (SELECT "id" FROM "Email" WHERE "type" IN ('AUTO_REPLY', 'BOUNCE'));
