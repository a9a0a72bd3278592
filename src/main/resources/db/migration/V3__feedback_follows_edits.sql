-- A file edited in place keeps its path but gets new content, so a new content hash. Each edit this
-- computer's index saw is recorded here; feedback on the previous content then counts for the new one
-- too (each rep's latest event over the contents the file had wins). The team's event log is unchanged.
CREATE TABLE content_succession (
    previous_hash CHARACTER VARYING(64)       NOT NULL,
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    path          CHARACTER VARYING(32767)    NOT NULL,
    seen_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (previous_hash, content_hash)
);
