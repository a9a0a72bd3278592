-- Feedback may be about some slides (pages, sheets) of a file rather than the whole file: their 1-based
-- numbers, sorted, as the preview shows them ("Slide 7 of 24"). NULL for an entry about the whole file and
-- for every entry recorded before this column existed.
ALTER TABLE feedback_event ADD COLUMN slides INTEGER ARRAY[50];
