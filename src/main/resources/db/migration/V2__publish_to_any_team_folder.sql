-- Events recorded on this computer, remembered after they are published: a team folder chosen later
-- (a new share, another drive letter) receives all of them, not only those queued since.
-- Events queued now are this computer's; those published before this version went to their folder.
CREATE TABLE local_event (
    content_hash  CHARACTER VARYING(64)       NOT NULL,
    event_id      UUID                        NOT NULL,
    PRIMARY KEY (content_hash, event_id),
    FOREIGN KEY (content_hash, event_id) REFERENCES feedback_event (content_hash, id)
);

INSERT INTO local_event (content_hash, event_id) SELECT content_hash, event_id FROM feedback_outbox;

-- The team folder this computer last published to (one row): a sync with another folder queues every
-- local event again (merging ignores the ones a folder already has).
CREATE TABLE team_publish_folder (
    id            TINYINT                     NOT NULL PRIMARY KEY CHECK (id = 1),
    folder        CHARACTER VARYING(32767)    NOT NULL
);
