-- A seller's poll closes at a time, set ahead or now ("close now"): one column says whether
-- and when voting ends, so a flag beside it cannot disagree. Polls closed before keep being
-- closed, from the time they were made (the flag kept no time of its own).
ALTER TABLE polls ADD COLUMN closes_at timestamptz;
UPDATE polls SET closes_at = created_at WHERE closed;
ALTER TABLE polls DROP COLUMN closed;
-- The seller's list of their polls, newest first (asks are the shoppers' and left out).
CREATE INDEX polls_by_site_newest ON polls (site_id, created_at DESC, id) WHERE kind = 'poll';
