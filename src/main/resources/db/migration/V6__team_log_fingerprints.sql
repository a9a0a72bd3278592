-- A team log may become shorter or be replaced (a share restored from a backup) and then grow again. Each cursor
-- keeps a fingerprint of the bytes it was read up to (the first and the last 4 KiB before its offset): a log that
-- no longer holds those bytes there is read again from its start (merging is idempotent by entry id). Cursors
-- saved before this version have none, so each log is read once more from its start.
ALTER TABLE team_log_cursor ADD COLUMN fingerprint CHARACTER VARYING(64);
