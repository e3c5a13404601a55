-- actor is 'v:<visitor id>' or 'u:<customer id>'; the key makes a like count once.
CREATE TABLE likes (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  product_id text NOT NULL,
  actor text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, product_id, actor)
);
CREATE INDEX likes_by_actor ON likes (site_id, actor, product_id);

-- Kept in step with likes in the same transaction, so a batched read is one index probe per id.
CREATE TABLE like_counts (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  product_id text NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (site_id, product_id)
);
