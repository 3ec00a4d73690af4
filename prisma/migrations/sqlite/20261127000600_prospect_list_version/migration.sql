-- The prospect list answers repeated requests from memory only while this version is unchanged
-- (lib/sales/prospect-list-cache.ts). Every write to what the list shows sets a new one in the writing transaction.
-- Random rather than +1: a rolled-back write must not hand its number to a later write, because a reader sharing
-- the writer's SQLite connection can see (and the cache keep) rows that were never committed.
-- A migration that redefines "Prospect", "Stage" or "User" (SQLite copies the table) must recreate these triggers.
INSERT INTO "Counter" ("key", "value") VALUES ('prospect_list.version', 0) ON CONFLICT ("key") DO NOTHING;

CREATE TRIGGER "Prospect_list_version_insert" AFTER INSERT ON "Prospect" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
CREATE TRIGGER "Prospect_list_version_update" AFTER UPDATE ON "Prospect" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
CREATE TRIGGER "Prospect_list_version_delete" AFTER DELETE ON "Prospect" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
CREATE TRIGGER "Stage_list_version_insert" AFTER INSERT ON "Stage" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
CREATE TRIGGER "Stage_list_version_update" AFTER UPDATE ON "Stage" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
CREATE TRIGGER "Stage_list_version_delete" AFTER DELETE ON "Stage" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
CREATE TRIGGER "User_list_version_update" AFTER UPDATE OF "name", "email", "role" ON "User" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'prospect_list.version';
END;
