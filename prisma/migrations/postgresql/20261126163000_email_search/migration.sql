-- Full-text search over subject, sender and body of emails (lib/dashboard/email-search.ts).
-- An expression GIN index: queries must use exactly this expression to hit it. Everything but letters and digits
-- becomes a space first, so the parser sees plain words as the search box splits them ("royal-motors.de" and
-- "4711-A" are found by their parts). Bodies count up to 200,000 characters (a tsvector has a size limit, and an
-- oversized body must not fail the ingest).
CREATE INDEX "Email_search_idx" ON "Email" USING GIN (
    to_tsvector('simple'::regconfig,
        regexp_replace("subject" || ' ' || coalesce("fromName", '') || ' ' || "fromAddress" || ' ' || left("text", 200000), '[^[:alnum:]]+', ' ', 'g'))
);
