-- DropIndex
DROP INDEX "Prospect_stageId_stageChangedAt_idx";

-- DropIndex
DROP INDEX "Interaction_kind_occurredAt_prospectId_idx";

-- AlterTable
ALTER TABLE "Prospect" ADD COLUMN "firstOutreachAt" DATETIME;
ALTER TABLE "Prospect" ADD COLUMN "furthestStagePosition" INTEGER;
ALTER TABLE "Prospect" ADD COLUMN "lastInboundAt" DATETIME;

-- CreateTable
CREATE TABLE "InteractionDay" (
    "day" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("day", "userId", "kind")
);

-- CreateTable
CREATE TABLE "PipelineTotal" (
    "stageId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueCents" BIGINT NOT NULL,
    "weightedCents" BIGINT NOT NULL,

    PRIMARY KEY ("stageId", "ownerId")
);

-- CreateIndex
CREATE INDEX "Prospect_stageId_ownerId_stageChangedAt_createdAt_valueCents_weightedCents_idx" ON "Prospect"("stageId", "ownerId", "stageChangedAt", "createdAt", "valueCents", "weightedCents");

-- CreateIndex
CREATE INDEX "Prospect_ownerId_firstOutreachAt_lastInboundAt_idx" ON "Prospect"("ownerId", "firstOutreachAt", "lastInboundAt");

-- CreateIndex
CREATE INDEX "Prospect_ownerId_createdAt_furthestStagePosition_idx" ON "Prospect"("ownerId", "createdAt", "furthestStagePosition");

-- Sales metrics read rollups instead of the history (lib/sales/metrics.ts). Triggers keep them, so every write path
-- (API, monitor, CSV import, seed, raw SQL) counts; the rows already stored are counted at the end of this file.
-- Days are UTC dates, as the Postgres triggers bucket them.

-- Interactions per day, rep and kind; and each prospect's first outreach and latest inbound mail.
CREATE TRIGGER "Interaction_rollups_insert" AFTER INSERT ON "Interaction" BEGIN
    INSERT INTO "InteractionDay" ("day", "userId", "kind", "count")
    SELECT strftime('%Y-%m-%d', new."occurredAt"), new."userId", new."kind", 1 WHERE new."userId" IS NOT NULL
    ON CONFLICT ("day", "userId", "kind") DO UPDATE SET "count" = "count" + 1;
    UPDATE "Prospect" SET "firstOutreachAt" = new."occurredAt"
    WHERE "id" = new."prospectId" AND new."kind" = 'EMAIL_OUT' AND ("firstOutreachAt" IS NULL OR "firstOutreachAt" > new."occurredAt");
    UPDATE "Prospect" SET "lastInboundAt" = new."occurredAt"
    WHERE "id" = new."prospectId" AND new."kind" = 'EMAIL_IN' AND ("lastInboundAt" IS NULL OR "lastInboundAt" < new."occurredAt");
END;

CREATE TRIGGER "Interaction_rollups_delete" AFTER DELETE ON "Interaction" BEGIN
    UPDATE "InteractionDay" SET "count" = "count" - 1
    WHERE "day" = strftime('%Y-%m-%d', old."occurredAt") AND "userId" = old."userId" AND "kind" = old."kind";
    UPDATE "Prospect" SET
        "firstOutreachAt" = (SELECT min("occurredAt") FROM "Interaction" WHERE "prospectId" = old."prospectId" AND "kind" = 'EMAIL_OUT'),
        "lastInboundAt" = (SELECT max("occurredAt") FROM "Interaction" WHERE "prospectId" = old."prospectId" AND "kind" = 'EMAIL_IN')
    WHERE "id" = old."prospectId" AND old."kind" IN ('EMAIL_OUT', 'EMAIL_IN');
END;

-- An update (e.g. the rep's user deleted: userId set null) counts as removing the old row and adding the new one.
CREATE TRIGGER "Interaction_rollups_update" AFTER UPDATE OF "prospectId", "kind", "userId", "occurredAt" ON "Interaction" BEGIN
    UPDATE "InteractionDay" SET "count" = "count" - 1
    WHERE "day" = strftime('%Y-%m-%d', old."occurredAt") AND "userId" = old."userId" AND "kind" = old."kind";
    INSERT INTO "InteractionDay" ("day", "userId", "kind", "count")
    SELECT strftime('%Y-%m-%d', new."occurredAt"), new."userId", new."kind", 1 WHERE new."userId" IS NOT NULL
    ON CONFLICT ("day", "userId", "kind") DO UPDATE SET "count" = "count" + 1;
    UPDATE "Prospect" SET
        "firstOutreachAt" = (SELECT min("occurredAt") FROM "Interaction" WHERE "prospectId" = "Prospect"."id" AND "kind" = 'EMAIL_OUT'),
        "lastInboundAt" = (SELECT max("occurredAt") FROM "Interaction" WHERE "prospectId" = "Prospect"."id" AND "kind" = 'EMAIL_IN')
    WHERE "id" IN (old."prospectId", new."prospectId");
END;

-- Pipeline totals per stage and owner.
CREATE TRIGGER "Prospect_pipeline_insert" AFTER INSERT ON "Prospect" BEGIN
    INSERT INTO "PipelineTotal" ("stageId", "ownerId", "count", "valueCents", "weightedCents")
    VALUES (new."stageId", new."ownerId", 1, new."valueCents", new."weightedCents")
    ON CONFLICT ("stageId", "ownerId") DO UPDATE SET
        "count" = "count" + 1, "valueCents" = "valueCents" + excluded."valueCents", "weightedCents" = "weightedCents" + excluded."weightedCents";
END;

CREATE TRIGGER "Prospect_pipeline_delete" AFTER DELETE ON "Prospect" BEGIN
    UPDATE "PipelineTotal" SET "count" = "count" - 1, "valueCents" = "valueCents" - old."valueCents", "weightedCents" = "weightedCents" - old."weightedCents"
    WHERE "stageId" = old."stageId" AND "ownerId" = old."ownerId";
END;

CREATE TRIGGER "Prospect_pipeline_update" AFTER UPDATE OF "stageId", "ownerId", "valueCents", "weightedCents" ON "Prospect" BEGIN
    UPDATE "PipelineTotal" SET "count" = "count" - 1, "valueCents" = "valueCents" - old."valueCents", "weightedCents" = "weightedCents" - old."weightedCents"
    WHERE "stageId" = old."stageId" AND "ownerId" = old."ownerId";
    INSERT INTO "PipelineTotal" ("stageId", "ownerId", "count", "valueCents", "weightedCents")
    VALUES (new."stageId", new."ownerId", 1, new."valueCents", new."weightedCents")
    ON CONFLICT ("stageId", "ownerId") DO UPDATE SET
        "count" = "count" + 1, "valueCents" = "valueCents" + excluded."valueCents", "weightedCents" = "weightedCents" + excluded."weightedCents";
END;

-- The furthest non-lost stage each prospect entered. Stage changes are history: only inserted, and deleted only with
-- their prospect. Reordering the stages recomputes the prospects that entered a moved stage.
CREATE TRIGGER "ProspectStageChange_funnel_insert" AFTER INSERT ON "ProspectStageChange" BEGIN
    UPDATE "Prospect" SET "furthestStagePosition" = s."position"
    FROM "Stage" s
    WHERE s."id" = new."toStageId" AND NOT s."isLost" AND "Prospect"."id" = new."prospectId"
      AND ("Prospect"."furthestStagePosition" IS NULL OR "Prospect"."furthestStagePosition" < s."position");
END;

CREATE TRIGGER "Stage_funnel_reorder" AFTER UPDATE OF "position", "isLost" ON "Stage"
WHEN old."position" IS NOT new."position" OR old."isLost" IS NOT new."isLost" BEGIN
    UPDATE "Prospect" SET "furthestStagePosition" = (
        SELECT max(s."position") FROM "ProspectStageChange" c JOIN "Stage" s ON s."id" = c."toStageId"
        WHERE c."prospectId" = "Prospect"."id" AND NOT s."isLost")
    WHERE "id" IN (SELECT "prospectId" FROM "ProspectStageChange" WHERE "toStageId" = new."id");
END;

-- What was stored before this migration.
INSERT INTO "InteractionDay" ("day", "userId", "kind", "count")
SELECT strftime('%Y-%m-%d', "occurredAt"), "userId", "kind", count(*) FROM "Interaction" WHERE "userId" IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO "PipelineTotal" ("stageId", "ownerId", "count", "valueCents", "weightedCents")
SELECT "stageId", "ownerId", count(*), sum("valueCents"), sum("weightedCents") FROM "Prospect" GROUP BY "stageId", "ownerId";

UPDATE "Prospect" SET
    "firstOutreachAt" = (SELECT min("occurredAt") FROM "Interaction" WHERE "prospectId" = "Prospect"."id" AND "kind" = 'EMAIL_OUT'),
    "lastInboundAt" = (SELECT max("occurredAt") FROM "Interaction" WHERE "prospectId" = "Prospect"."id" AND "kind" = 'EMAIL_IN'),
    "furthestStagePosition" = (
        SELECT max(s."position") FROM "ProspectStageChange" c JOIN "Stage" s ON s."id" = c."toStageId"
        WHERE c."prospectId" = "Prospect"."id" AND NOT s."isLost");
