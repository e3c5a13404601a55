-- The language a reply was written in, which may differ from its review's: a screen reader
-- speaks an English answer to a Chinese review in English. Null for replies made before.
ALTER TABLE review_replies ADD COLUMN locale text;
