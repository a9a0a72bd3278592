-- Feedback is a log of events (an entry given, or withdrawn), never updated or deleted, keyed by the
-- content they are about: a file's history is one range of the primary key. Each rep's current
-- feedback on a file is their latest event by (at, id); the application derives it from the events.
-- UUIDs compare unsigned in H2, which is the order of their text form, the order every copy agrees on.

CREATE TABLE feedback_event (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    id            UUID                        NOT NULL,
    kind          CHARACTER VARYING(8)        NOT NULL CHECK (kind IN ('add', 'withdraw')),
    user_name     CHARACTER VARYING(100)      NOT NULL,
    at            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    path          CHARACTER VARYING(32767),
    tags          CHARACTER VARYING(50) ARRAY[20],
    rating        TINYINT                     CHECK (rating BETWEEN 1 AND 5),
    comment       CHARACTER VARYING(20000),                       -- 10,000 characters; emoji take two
    deal_stage    CHARACTER VARYING(100),
    industry      CHARACTER VARYING(100),
    PRIMARY KEY (content_hash, id)
);

-- Events recorded on this computer and not yet written to a team folder.
CREATE TABLE feedback_outbox (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    event_id      UUID                        NOT NULL,
    PRIMARY KEY (content_hash, event_id),
    FOREIGN KEY (content_hash, event_id) REFERENCES feedback_event (content_hash, id)
);

-- Where content was last seen on this computer, so feedback follows renamed and moved files. Content
-- never seen here is shown at the path of its latest entry.
CREATE TABLE content_path (
    content_hash  CHARACTER VARYING(64)       NOT NULL PRIMARY KEY,
    path          CHARACTER VARYING(32767)    NOT NULL,
    seen_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- How far each team log has been merged, so a merge with nothing new reads nothing.
CREATE TABLE team_log_cursor (
    folder        CHARACTER VARYING(32767)    NOT NULL,
    file_name     CHARACTER VARYING(255)      NOT NULL,
    byte_offset   BIGINT                      NOT NULL,
    lines_read    BIGINT                      NOT NULL,
    PRIMARY KEY (folder, file_name)
);
