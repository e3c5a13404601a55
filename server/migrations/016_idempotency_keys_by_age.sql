-- Keys are honoured for 24 hours; the server deletes older ones every hour by this index,
-- so cheap creates cannot grow the table without bound.
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
