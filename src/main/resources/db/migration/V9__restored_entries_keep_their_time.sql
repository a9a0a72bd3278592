-- An entry given again by undoing its withdrawal is a new event (events are never changed), recorded now so it comes
-- after the withdrawal; given_at keeps the time the rep first gave it, which the history, the report and
-- `feedback list` show. NULL when the entry was given when it was recorded: every entry before this column existed.
ALTER TABLE feedback_event ADD COLUMN given_at TIMESTAMP(9) WITH TIME ZONE;
