-- Webhooks: URLs a site registers for events, and one delivery row per event and endpoint,
-- written in the transaction of the change it reports, so a delivery exists only if that
-- change committed. A worker (server/webhooks/worker.ts) sends due deliveries and retries
-- failures with back-off.
--
-- `secret` signs deliveries (HMAC-SHA256); it is kept as made because a signature cannot
-- be made from a hash. `disabled_at`: the site paused the endpoint; nothing is enqueued for
-- it and its pending deliveries wait.
CREATE TABLE webhook_endpoints (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  url text NOT NULL,
  events text[] NOT NULL CHECK (cardinality(events) > 0),
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz,
  PRIMARY KEY (site_id, id)
);

-- `body` is the JSON exactly as sent and signed, the same bytes at every attempt.
-- A delivery is due while `next_attempt_at` has passed and it is neither delivered nor
-- given up; a worker claims it by moving `next_attempt_at` past the send's timeout, so a
-- copy that dies mid-send leaves it due again rather than lost.
CREATE TABLE webhook_deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id text NOT NULL,
  endpoint_id text NOT NULL,
  event_id text NOT NULL,
  type text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_attempt_at timestamptz,
  last_status int, -- the receiver's HTTP status; NULL when no answer came
  last_error text, -- why the last attempt failed, when it did
  delivered_at timestamptz,
  given_up_at timestamptz,
  FOREIGN KEY (site_id, endpoint_id) REFERENCES webhook_endpoints (site_id, id) ON DELETE CASCADE,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE delivered_at IS NULL AND given_up_at IS NULL;
CREATE INDEX webhook_deliveries_recent ON webhook_deliveries (site_id, endpoint_id, created_at DESC);
