-- DropIndex
DROP INDEX "Prospect_stageId_stageChangedAt_idx";

-- DropIndex
DROP INDEX "Interaction_kind_occurredAt_prospectId_idx";

-- AlterTable
ALTER TABLE "Prospect" ADD COLUMN     "firstOutreachAt" TIMESTAMP(3),
ADD COLUMN     "furthestStagePosition" INTEGER,
ADD COLUMN     "lastInboundAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InteractionDay" (
    "day" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "InteractionDay_pkey" PRIMARY KEY ("day","userId","kind")
);

-- CreateTable
CREATE TABLE "PipelineTotal" (
    "stageId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueCents" BIGINT NOT NULL,
    "weightedCents" BIGINT NOT NULL,

    CONSTRAINT "PipelineTotal_pkey" PRIMARY KEY ("stageId","ownerId")
);

-- CreateIndex
CREATE INDEX "Prospect_stageId_ownerId_stageChangedAt_createdAt_valueCent_idx" ON "Prospect"("stageId", "ownerId", "stageChangedAt", "createdAt", "valueCents", "weightedCents");

-- CreateIndex
CREATE INDEX "Prospect_ownerId_firstOutreachAt_lastInboundAt_idx" ON "Prospect"("ownerId", "firstOutreachAt", "lastInboundAt");

-- CreateIndex
CREATE INDEX "Prospect_ownerId_createdAt_furthestStagePosition_idx" ON "Prospect"("ownerId", "createdAt", "furthestStagePosition");

-- Sales metrics read rollups instead of the history (lib/sales/metrics.ts). Triggers keep them, so every write path
-- (API, monitor, CSV import, seed, raw SQL) counts; the rows already stored are counted at the end of this file.
-- Days are UTC dates ("timestamp(3)" holds UTC), as the SQLite triggers bucket them.

-- Interactions per day, rep and kind; and each prospect's first outreach and latest inbound mail.
-- An update (e.g. the rep's user deleted: userId set null) counts as removing the old row and adding the new one.
CREATE FUNCTION "interaction_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "InteractionDay" SET "count" = "count" - 1
        WHERE "day" = to_char(OLD."occurredAt", 'YYYY-MM-DD') AND "userId" = OLD."userId" AND "kind" = OLD."kind";
        UPDATE "Prospect" p SET
            "firstOutreachAt" = (SELECT min("occurredAt") FROM "Interaction" WHERE "prospectId" = p."id" AND "kind" = 'EMAIL_OUT'),
            "lastInboundAt" = (SELECT max("occurredAt") FROM "Interaction" WHERE "prospectId" = p."id" AND "kind" = 'EMAIL_IN')
        WHERE p."id" = OLD."prospectId" AND OLD."kind" IN ('EMAIL_OUT', 'EMAIL_IN');
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW."userId" IS NOT NULL THEN
            INSERT INTO "InteractionDay" ("day", "userId", "kind", "count")
            VALUES (to_char(NEW."occurredAt", 'YYYY-MM-DD'), NEW."userId", NEW."kind", 1)
            ON CONFLICT ("day", "userId", "kind") DO UPDATE SET "count" = "InteractionDay"."count" + 1;
        END IF;
        -- Conditional writes: a concurrent writer's value is re-checked under the row lock, never overwritten.
        UPDATE "Prospect" SET "firstOutreachAt" = NEW."occurredAt"
        WHERE "id" = NEW."prospectId" AND NEW."kind" = 'EMAIL_OUT' AND ("firstOutreachAt" IS NULL OR "firstOutreachAt" > NEW."occurredAt");
        UPDATE "Prospect" SET "lastInboundAt" = NEW."occurredAt"
        WHERE "id" = NEW."prospectId" AND NEW."kind" = 'EMAIL_IN' AND ("lastInboundAt" IS NULL OR "lastInboundAt" < NEW."occurredAt");
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Interaction_rollups" AFTER INSERT OR DELETE OR UPDATE OF "prospectId", "kind", "userId", "occurredAt" ON "Interaction"
FOR EACH ROW EXECUTE FUNCTION "interaction_rollups"();

-- Pipeline totals per stage and owner.
CREATE FUNCTION "prospect_pipeline_total"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "PipelineTotal" SET "count" = "count" - 1, "valueCents" = "valueCents" - OLD."valueCents", "weightedCents" = "weightedCents" - OLD."weightedCents"
        WHERE "stageId" = OLD."stageId" AND "ownerId" = OLD."ownerId";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "PipelineTotal" ("stageId", "ownerId", "count", "valueCents", "weightedCents")
        VALUES (NEW."stageId", NEW."ownerId", 1, NEW."valueCents", NEW."weightedCents")
        ON CONFLICT ("stageId", "ownerId") DO UPDATE SET
            "count" = "PipelineTotal"."count" + 1,
            "valueCents" = "PipelineTotal"."valueCents" + excluded."valueCents",
            "weightedCents" = "PipelineTotal"."weightedCents" + excluded."weightedCents";
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Prospect_pipeline_total" AFTER INSERT OR DELETE OR UPDATE OF "stageId", "ownerId", "valueCents", "weightedCents" ON "Prospect"
FOR EACH ROW EXECUTE FUNCTION "prospect_pipeline_total"();

-- The furthest non-lost stage each prospect entered. Stage changes are history: only inserted, and deleted only with
-- their prospect. Reordering the stages recomputes the prospects that entered a moved stage.
CREATE FUNCTION "prospect_furthest_stage"(prospect TEXT) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT max(s."position") FROM "ProspectStageChange" c JOIN "Stage" s ON s."id" = c."toStageId"
    WHERE c."prospectId" = prospect AND NOT s."isLost"
$$;

CREATE FUNCTION "stage_change_funnel"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Prospect" p SET "furthestStagePosition" = s."position"
    FROM "Stage" s
    WHERE s."id" = NEW."toStageId" AND NOT s."isLost" AND p."id" = NEW."prospectId"
      AND (p."furthestStagePosition" IS NULL OR p."furthestStagePosition" < s."position");
    RETURN NULL;
END $$;

CREATE TRIGGER "ProspectStageChange_funnel" AFTER INSERT ON "ProspectStageChange"
FOR EACH ROW EXECUTE FUNCTION "stage_change_funnel"();

CREATE FUNCTION "stage_reorder_funnel"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Prospect" SET "furthestStagePosition" = "prospect_furthest_stage"("id")
    WHERE "id" IN (SELECT "prospectId" FROM "ProspectStageChange" WHERE "toStageId" = NEW."id");
    RETURN NULL;
END $$;

CREATE TRIGGER "Stage_funnel_reorder" AFTER UPDATE OF "position", "isLost" ON "Stage"
FOR EACH ROW WHEN (OLD."position" IS DISTINCT FROM NEW."position" OR OLD."isLost" IS DISTINCT FROM NEW."isLost")
EXECUTE FUNCTION "stage_reorder_funnel"();

-- What was stored before this migration.
INSERT INTO "InteractionDay" ("day", "userId", "kind", "count")
SELECT to_char("occurredAt", 'YYYY-MM-DD'), "userId", "kind", count(*) FROM "Interaction" WHERE "userId" IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO "PipelineTotal" ("stageId", "ownerId", "count", "valueCents", "weightedCents")
SELECT "stageId", "ownerId", count(*), sum("valueCents"), sum("weightedCents") FROM "Prospect" GROUP BY "stageId", "ownerId";

UPDATE "Prospect" p SET
    "firstOutreachAt" = (SELECT min("occurredAt") FROM "Interaction" WHERE "prospectId" = p."id" AND "kind" = 'EMAIL_OUT'),
    "lastInboundAt" = (SELECT max("occurredAt") FROM "Interaction" WHERE "prospectId" = p."id" AND "kind" = 'EMAIL_IN'),
    "furthestStagePosition" = "prospect_furthest_stage"(p."id");
