-- Full-text search over subject, sender and body of emails (lib/dashboard/email-search.ts).
-- A contentless FTS5 index (the text already lives in "Email"; only the email id is stored beside the index),
-- kept in step by triggers. Its rowid is the email's rowid, which grows with every insert, so search results
-- come newest first straight from the index. Diacritics are folded ("beschädigt" also matches "beschadigt").
-- Bodies are indexed up to 200,000 characters, like the Postgres index.
CREATE VIRTUAL TABLE "EmailSearch" USING fts5(
    "emailId" UNINDEXED,
    "subject",
    "sender",
    "body",
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Email_search_insert" AFTER INSERT ON "Email" BEGIN
    INSERT INTO "EmailSearch" (rowid, "emailId", "subject", "sender", "body")
    VALUES (new.rowid, new."id", new."subject", coalesce(new."fromName", '') || ' ' || new."fromAddress", substr(new."text", 1, 200000));
END;

CREATE TRIGGER "Email_search_update" AFTER UPDATE OF "subject", "fromAddress", "fromName", "text" ON "Email" BEGIN
    INSERT OR REPLACE INTO "EmailSearch" (rowid, "emailId", "subject", "sender", "body")
    VALUES (new.rowid, new."id", new."subject", coalesce(new."fromName", '') || ' ' || new."fromAddress", substr(new."text", 1, 200000));
END;

CREATE TRIGGER "Email_search_delete" AFTER DELETE ON "Email" BEGIN
    DELETE FROM "EmailSearch" WHERE rowid = old.rowid;
END;

-- Emails stored before this migration.
INSERT INTO "EmailSearch" (rowid, "emailId", "subject", "sender", "body")
SELECT rowid, "id", "subject", coalesce("fromName", '') || ' ' || "fromAddress", substr("text", 1, 200000) FROM "Email";
