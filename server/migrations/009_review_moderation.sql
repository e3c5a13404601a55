-- A site may hold every new review until the seller approves it.
ALTER TABLE sites ADD COLUMN moderate_reviews boolean NOT NULL DEFAULT false;

-- Why a review waits for the seller, so the seller sees two queues: new reviews on a
-- moderated site, and published reviews that visitors reported. Set exactly while pending.
ALTER TABLE reviews ADD COLUMN pending_reason text CHECK (pending_reason IN ('moderation', 'reports'));
UPDATE reviews SET pending_reason = 'reports' WHERE status = 'pending';
ALTER TABLE reviews ADD CONSTRAINT reviews_pending_has_reason CHECK ((status = 'pending') = (pending_reason IS NOT NULL));
-- The seller's queues, newest first.
CREATE INDEX reviews_by_status ON reviews (site_id, status, pending_reason, seq);
