-- Marketing's curation: official, draft or retired, keyed like the feedback by the content it is about, so it
-- follows a file through renames and moves. A curation is an event too, never updated or deleted: the latest
-- one (by at, id) on a content, whoever gave it, is the content's curation. Only adds tables.

CREATE TABLE curation_event (
    content_hash     CHARACTER VARYING(64)       NOT NULL,
    id               UUID                        NOT NULL,
    path             CHARACTER VARYING(32767),               -- where the curator saw the file
    curator          CHARACTER VARYING(100)      NOT NULL,
    at               TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    state            CHARACTER VARYING(16)       NOT NULL CHECK (state IN ('official', 'draft', 'retired')),
    expires          DATE,
    owner            CHARACTER VARYING(100),
    replaced_by      CHARACTER VARYING(32767),
    replaced_by_hash CHARACTER VARYING(64),
    PRIMARY KEY (content_hash, id)
);

-- Curations given on this computer: queued until written to a team folder, remembered for a new folder.
CREATE TABLE curation_outbox (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    curation_id   UUID                        NOT NULL,
    PRIMARY KEY (content_hash, curation_id),
    FOREIGN KEY (content_hash, curation_id) REFERENCES curation_event (content_hash, id)
);

CREATE TABLE local_curation (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    curation_id   UUID                        NOT NULL,
    PRIMARY KEY (content_hash, curation_id),
    FOREIGN KEY (content_hash, curation_id) REFERENCES curation_event (content_hash, id)
);
