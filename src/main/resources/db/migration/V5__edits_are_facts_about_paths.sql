-- An edit in place is a fact about a path: the file at this path had content previous_hash, then
-- content_hash. Two copies of a content edited alike are two facts, so the path is part of the key.
-- Feedback given on the previous content follows the file at that path, never every file with the new
-- content (see docs/team-index.md and FeedbackByFile).
ALTER TABLE content_succession DROP PRIMARY KEY;
ALTER TABLE content_succession ADD PRIMARY KEY (previous_hash, content_hash, path);
