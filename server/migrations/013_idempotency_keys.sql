-- Creates (POST) take an Idempotency-Key: the first request with a key records its answer
-- here, in the transaction of the create, so a retry or a double click gets that answer
-- instead of a second row. The key belongs to the actor: another visitor's same key is theirs.
-- `request` is a hash of what was asked (route, path, body), so a reused key asking for
-- something else is refused rather than answered with the wrong thing.
CREATE TABLE idempotency_keys (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  actor text NOT NULL,
  key text NOT NULL,
  request text NOT NULL,
  answer jsonb, -- NULL for a create that answers 204
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, actor, key)
);
