-- Server-wide settings, e.g. the generated visitor-token key when SERVER_SECRET is unset.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- One row per shop. The secret is kept as given, not hashed: it is also the HS256 key
-- that verifies the shop's user tokens, and an HMAC cannot be checked against a hash.
CREATE TABLE sites (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  secret text NOT NULL CHECK (length(secret) >= 8),
  allowed_origins text[] NOT NULL DEFAULT '{}', -- empty: any origin
  checkout_url text, -- where orders are handed off; {orderId} is replaced
  created_at timestamptz NOT NULL DEFAULT now()
);
