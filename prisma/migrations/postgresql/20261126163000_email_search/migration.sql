-- Full-text search over subject, sender and body of emails (lib/dashboard/email-search.ts).
-- An expression GIN index: queries must use exactly this expression to hit it. The address is split at its
-- punctuation so "royal-motors.de" finds mail from purchasing@royal-motors.de. Bodies count up to 200,000 characters
-- (a tsvector has a size limit, and an oversized body must not fail the ingest).
CREATE INDEX "Email_search_idx" ON "Email" USING GIN (
    to_tsvector('simple'::regconfig,
        "subject" || ' ' || coalesce("fromName", '') || ' ' || translate("fromAddress", '@.-_+', '     ') || ' ' || left("text", 200000))
);
