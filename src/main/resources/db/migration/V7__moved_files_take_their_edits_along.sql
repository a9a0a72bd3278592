-- A file this computer saw moved (its content left one path and appeared at another in one indexing run)
-- takes along the contents that were at its old path: feedback given there before an edit in place follows
-- the file to its new path, and a file put at the old path later does not get it. One row per content that
-- was at from_path when the move was seen; moves are replayed in the order seen (see FeedbackByFile).
CREATE TABLE content_move (
    content_hash CHARACTER VARYING(64)       NOT NULL,
    from_path    CHARACTER VARYING(32767)    NOT NULL,
    to_path      CHARACTER VARYING(32767)    NOT NULL,
    seen_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (content_hash, from_path, to_path)
);
