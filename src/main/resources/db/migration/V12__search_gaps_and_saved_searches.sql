-- Issue 16, items 4 and 5: the searches that found nothing (counted without names, shared weekly through the team
-- folder's gaps/) and the searches a rep saved (personal, never shared). Only adds tables.

-- Searches that found nothing, or whose results nobody opened, copied, dragged or pinned, counted on this computer
-- per week and query until the week is over (then they become a line of this computer's gaps log). No user name.
CREATE TABLE search_gap_tally (
    week          DATE                    NOT NULL,             -- the Monday the week starts on
    query         CHARACTER VARYING(200)  NOT NULL,             -- normalised: lower case, accents folded, one space
    searches      INTEGER                 NOT NULL CHECK (searches > 0),
    found_nothing INTEGER                 NOT NULL CHECK (found_nothing >= 0 AND found_nothing <= searches),
    last_day      DATE                    NOT NULL,
    PRIMARY KEY (week, query)
);

-- The team's weekly counts as the gaps/ logs hold them (this computer's own too): one row per line, keyed like the
-- other team entries by (what it is about, id).
CREATE TABLE search_gap (
    query         CHARACTER VARYING(200)  NOT NULL,
    id            UUID                    NOT NULL,
    laptop        CHARACTER VARYING(36)   NOT NULL,             -- the random id of the computer that counted them
    week          DATE                    NOT NULL,
    searches      INTEGER                 NOT NULL,
    found_nothing INTEGER                 NOT NULL,
    last_day      DATE                    NOT NULL,
    PRIMARY KEY (query, id)
);

-- Weekly counts of this computer's: queued until written to a team folder, remembered for a new folder.
CREATE TABLE search_gap_outbox (
    query   CHARACTER VARYING(200) NOT NULL,
    gap_id  UUID                   NOT NULL,
    PRIMARY KEY (query, gap_id),
    FOREIGN KEY (query, gap_id) REFERENCES search_gap (query, id)
);

CREATE TABLE local_search_gap (
    query   CHARACTER VARYING(200) NOT NULL,
    gap_id  UUID                   NOT NULL,
    PRIMARY KEY (query, gap_id),
    FOREIGN KEY (query, gap_id) REFERENCES search_gap (query, id)
);

-- This computer's random id, which names its gaps log instead of its user (made at the first count).
CREATE TABLE laptop_id (
    id      INTEGER               PRIMARY KEY CHECK (id = 1),
    laptop  CHARACTER VARYING(36) NOT NULL
);

-- A search the rep saved: query, filters and order, and the files it matched when they last opened it (what is new
-- or changed since is counted against them).
CREATE TABLE saved_search (
    name         CHARACTER VARYING(100)      NOT NULL PRIMARY KEY,
    name_key     CHARACTER VARYING(100)      NOT NULL UNIQUE,   -- the name in lower case: one search per name
    query        CHARACTER VARYING(2000)     NOT NULL,
    sort         CHARACTER VARYING(16)       NOT NULL,
    as_you_type  BOOLEAN                     NOT NULL,
    saved_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    opened_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE TABLE saved_search_filter (
    name       CHARACTER VARYING(100)  NOT NULL,
    position   INTEGER                 NOT NULL,
    dimension  CHARACTER VARYING(64)   NOT NULL,
    filter_value CHARACTER VARYING(2000) NOT NULL,
    PRIMARY KEY (name, position),
    FOREIGN KEY (name) REFERENCES saved_search (name) ON DELETE CASCADE
);

CREATE TABLE saved_search_file (
    name          CHARACTER VARYING(100)    NOT NULL,
    path          CHARACTER VARYING(32767)  NOT NULL,
    content_hash  CHARACTER VARYING(64),
    FOREIGN KEY (name) REFERENCES saved_search (name) ON DELETE CASCADE
);
CREATE INDEX saved_search_file_name ON saved_search_file (name);
