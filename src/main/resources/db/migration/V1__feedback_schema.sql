-- Feedback is a log of events (an entry given, or withdrawn), never updated or deleted.
-- feedback_current points at each rep's latest event per content hash; it is derived from the events
-- and kept up to date as they arrive, so search filters and summaries are plain indexed joins.

CREATE TABLE feedback_event (
    id            CHARACTER(36)               NOT NULL PRIMARY KEY,  -- UUID as text: orders like its text everywhere
    kind          CHARACTER VARYING(8)        NOT NULL CHECK (kind IN ('add', 'withdraw')),
    content_hash  CHARACTER(64)               NOT NULL,
    user_name     CHARACTER VARYING(100)      NOT NULL,
    at            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    path          CHARACTER VARYING(32767),
    rating        TINYINT CHECK (rating BETWEEN 1 AND 5),
    comment       CHARACTER VARYING(20000),                          -- 10,000 characters, emoji take two
    deal_stage    CHARACTER VARYING(100),
    industry      CHARACTER VARYING(100),
    origin_local  BOOLEAN                     NOT NULL,               -- recorded on this computer
    published     BOOLEAN                     NOT NULL                -- written to the team folder (or came from it)
);

CREATE INDEX feedback_event_by_hash ON feedback_event (content_hash, at, id);
CREATE INDEX feedback_event_by_published ON feedback_event (published);

CREATE TABLE feedback_tag (
    event_id  CHARACTER(36)         NOT NULL REFERENCES feedback_event (id),
    position  INTEGER               NOT NULL,
    tag       CHARACTER VARYING(50) NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE INDEX feedback_tag_by_tag ON feedback_tag (tag);

CREATE TABLE feedback_current (
    content_hash  CHARACTER(64)               NOT NULL,
    user_name     CHARACTER VARYING(100)      NOT NULL,
    event_id      CHARACTER(36)               NOT NULL REFERENCES feedback_event (id),
    at            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    is_entry      BOOLEAN                     NOT NULL,               -- false when the latest event is a withdrawal
    PRIMARY KEY (content_hash, user_name)
);

CREATE INDEX feedback_current_by_event ON feedback_current (event_id);

-- Where a content hash was last seen, so feedback follows renamed and moved files. A path seen on this
-- computer wins; for content never seen here, the path of the latest teammate entry (by time, id).
CREATE TABLE content_path (
    content_hash  CHARACTER(64)               NOT NULL PRIMARY KEY,
    path          CHARACTER VARYING(32767)    NOT NULL,
    seen_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    event_id      CHARACTER(36),                                      -- the teammate entry it came from
    seen_locally  BOOLEAN                     NOT NULL
);

-- How far each team log has been merged, so a merge with nothing new reads nothing.
CREATE TABLE team_log_cursor (
    folder       CHARACTER VARYING(32767) NOT NULL,
    file_name    CHARACTER VARYING(255)   NOT NULL,
    byte_offset  BIGINT                   NOT NULL,
    lines_read   BIGINT                   NOT NULL,
    PRIMARY KEY (folder, file_name)
);
