-- GET /api/emails answers repeated requests from memory only while this version is unchanged
-- (lib/email/list-cache.ts). Every write to what a list page shows (an email, its task, auto-reply and attachment
-- count, the customer, unit and assignee names beside it) sets a new one in the writing transaction. Random, not +1,
-- for the reason given in the prospect_list_version migration.
-- A migration that redefines one of these tables (SQLite copies the table) must recreate its triggers.
INSERT INTO "Counter" ("key", "value") VALUES ('email_list.version', 0) ON CONFLICT ("key") DO NOTHING;

CREATE TRIGGER "Email_list_version_insert" AFTER INSERT ON "Email" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Email_list_version_update" AFTER UPDATE ON "Email" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Email_list_version_delete" AFTER DELETE ON "Email" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Task_email_list_version_insert" AFTER INSERT ON "Task" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Task_email_list_version_update" AFTER UPDATE ON "Task" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Task_email_list_version_delete" AFTER DELETE ON "Task" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Attachment_list_version_insert" AFTER INSERT ON "Attachment" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Attachment_list_version_delete" AFTER DELETE ON "Attachment" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "OutboxMessage_list_version_insert" AFTER INSERT ON "OutboxMessage" WHEN NEW."kind" = 'auto_reply' AND NEW."emailId" IS NOT NULL BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "OutboxMessage_list_version_update" AFTER UPDATE OF "status", "emailId" ON "OutboxMessage" WHEN NEW."kind" = 'auto_reply' OR OLD."kind" = 'auto_reply' BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "OutboxMessage_list_version_delete" AFTER DELETE ON "OutboxMessage" WHEN OLD."kind" = 'auto_reply' BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Customer_list_version_update" AFTER UPDATE OF "name" ON "Customer" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "BusinessUnit_list_version_update" AFTER UPDATE OF "key", "name", "email" ON "BusinessUnit" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "User_email_list_version_update" AFTER UPDATE OF "name" ON "User" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "Customer_list_version_delete" AFTER DELETE ON "Customer" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "BusinessUnit_list_version_delete" AFTER DELETE ON "BusinessUnit" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
CREATE TRIGGER "User_email_list_version_delete" AFTER DELETE ON "User" BEGIN
    UPDATE "Counter" SET "value" = abs(random() % 2147483647) WHERE "key" = 'email_list.version';
END;
