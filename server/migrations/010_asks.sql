-- Asks: "which one?" polls a shopper makes for friends from up to six products. `kind`
-- tells them from the seller's polls; `created_by` and `created_at` cap how many asks
-- one visitor makes a day, since each is a row that outlives the rate limiter's memory.
ALTER TABLE polls
  ADD COLUMN kind text NOT NULL DEFAULT 'poll' CHECK (kind IN ('poll', 'ask')),
  ADD COLUMN created_by text,
  ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX polls_by_creator ON polls (site_id, created_by, created_at) WHERE created_by IS NOT NULL;
