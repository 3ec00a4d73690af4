-- The prospect list answers repeated requests from memory only while this version is unchanged
-- (lib/sales/prospect-list-cache.ts). Every write to what the list shows sets a new one in the writing transaction;
-- statement-level, so a bulk update sets it once. Random as on SQLite (see the SQLite migration for why).
INSERT INTO "Counter" ("key", "value") VALUES ('prospect_list.version', 0) ON CONFLICT ("key") DO NOTHING;

CREATE FUNCTION "bump_prospect_list_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Counter" SET "value" = floor(random() * 2147483647)::int WHERE "key" = 'prospect_list.version';
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Prospect_list_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Prospect"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_prospect_list_version"();
CREATE TRIGGER "Stage_list_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Stage"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_prospect_list_version"();
CREATE TRIGGER "User_list_version" AFTER UPDATE OF "name", "email", "role" ON "User"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_prospect_list_version"();
