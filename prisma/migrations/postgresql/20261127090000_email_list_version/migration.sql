-- GET /api/emails answers repeated requests from memory only while this version is unchanged
-- (lib/email/list-cache.ts); see the SQLite migration for what sets it. Statement-level where every row counts, so a
-- batch sets it once; row-level with a condition for the outbox, where only auto-replies to an email are shown.
INSERT INTO "Counter" ("key", "value") VALUES ('email_list.version', 0) ON CONFLICT ("key") DO NOTHING;

CREATE FUNCTION "bump_email_list_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Counter" SET "value" = floor(random() * 2147483647)::int WHERE "key" = 'email_list.version';
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Email_list_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Email"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "Task_email_list_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Task"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "Attachment_list_version" AFTER INSERT OR DELETE OR TRUNCATE ON "Attachment"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "OutboxMessage_list_version_insert" AFTER INSERT ON "OutboxMessage"
    FOR EACH ROW WHEN (NEW."kind" = 'auto_reply' AND NEW."emailId" IS NOT NULL) EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "OutboxMessage_list_version_update" AFTER UPDATE OF "status", "emailId" ON "OutboxMessage"
    FOR EACH ROW WHEN (NEW."kind" = 'auto_reply' OR OLD."kind" = 'auto_reply') EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "OutboxMessage_list_version_delete" AFTER DELETE ON "OutboxMessage"
    FOR EACH ROW WHEN (OLD."kind" = 'auto_reply') EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "Customer_list_version" AFTER UPDATE OF "name" OR DELETE ON "Customer"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "BusinessUnit_list_version" AFTER UPDATE OF "key", "name", "email" OR DELETE ON "BusinessUnit"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_email_list_version"();
CREATE TRIGGER "User_email_list_version" AFTER UPDATE OF "name" OR DELETE ON "User"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_email_list_version"();
