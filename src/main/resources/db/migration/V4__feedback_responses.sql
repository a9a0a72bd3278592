-- Marketing's answers to the field's feedback, keyed like the feedback by the content they are about.
-- An answer is an event too, never updated or deleted: the latest answer (by at, id) to a feedback
-- entry is its response. Only adds tables (V3 belongs to another change).

CREATE TABLE feedback_response (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    id            UUID                        NOT NULL,
    answers       UUID                        NOT NULL,   -- the feedback entry's id
    rep           CHARACTER VARYING(100)      NOT NULL,   -- who gave that feedback
    responder     CHARACTER VARYING(100)      NOT NULL,
    at            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    status        CHARACTER VARYING(16)       NOT NULL CHECK (status IN ('acknowledged', 'addressed', 'wont-change')),
    note          CHARACTER VARYING(4000),
    fixed_by      CHARACTER VARYING(32767),
    fixed_by_hash CHARACTER VARYING(64),
    PRIMARY KEY (content_hash, id)
);

CREATE INDEX feedback_response_answers ON feedback_response (answers);

-- Answers given on this computer: queued until written to a team folder, remembered for a new folder.
CREATE TABLE response_outbox (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    response_id   UUID                        NOT NULL,
    PRIMARY KEY (content_hash, response_id),
    FOREIGN KEY (content_hash, response_id) REFERENCES feedback_response (content_hash, id)
);

CREATE TABLE local_response (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    response_id   UUID                        NOT NULL,
    PRIMARY KEY (content_hash, response_id),
    FOREIGN KEY (content_hash, response_id) REFERENCES feedback_response (content_hash, id)
);

-- Answers the rep on this computer has read (the window's notification shows the others once).
CREATE TABLE response_read (
    response_id   UUID                        NOT NULL PRIMARY KEY
);
