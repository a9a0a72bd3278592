-- Collections: named, ordered sets of files ("Healthcare pitch kit"). Every change records the collection whole again
-- as a new version, an event never updated or deleted; the latest version (by at, id) of an author's collection is
-- the collection. Its files are kept by content, with the path each had, so they follow renames, moves and edits in
-- place as feedback does. A collection is personal until shared; then its versions travel through the team folder's
-- collections/<author>.jsonl. Only adds tables.

CREATE TABLE collection_event (
    id            UUID                        NOT NULL PRIMARY KEY,
    collection_id UUID                        NOT NULL,
    author        CHARACTER VARYING(100)      NOT NULL,
    at            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    name          CHARACTER VARYING(400)      NOT NULL,  -- 100 characters as a person counts them
    description   CHARACTER VARYING(4000),               -- 1,000 such characters
    shared        BOOLEAN                     NOT NULL,
    deleted       BOOLEAN                     NOT NULL
);

CREATE INDEX collection_event_of ON collection_event (author, collection_id);

-- A version's files, in order (position from 0).
CREATE TABLE collection_member (
    event_id      UUID                        NOT NULL,
    position      INTEGER                     NOT NULL,
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    path          CHARACTER VARYING(32767)    NOT NULL,
    PRIMARY KEY (event_id, position),
    FOREIGN KEY (event_id) REFERENCES collection_event (id)
);

-- Versions of shared collections recorded on this computer: queued until written to a team folder, remembered for a
-- new folder. A personal collection's versions are in neither.
CREATE TABLE collection_outbox (
    event_id      UUID                        NOT NULL PRIMARY KEY,
    FOREIGN KEY (event_id) REFERENCES collection_event (id)
);

CREATE TABLE local_collection (
    event_id      UUID                        NOT NULL PRIMARY KEY,
    FOREIGN KEY (event_id) REFERENCES collection_event (id)
);
