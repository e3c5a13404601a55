-- The people who answer for a shop, each with a credential of their own, so the seller
-- console never needs the site's secret key (which also signs customers' tokens and must
-- stay on the shop's servers). A credential is 256 random bits: its SHA-256 is enough to
-- check it, no slow hash. Revoked members stay, so what they signed keeps a known author.
CREATE TABLE team_members (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  role text NOT NULL CHECK (length(role) BETWEEN 1 AND 60), -- "webcare team", shown with each answer
  scopes text[] NOT NULL CHECK (scopes <@ ARRAY['answer', 'moderate', 'catalog', 'insights', 'team']),
  key_hash text NOT NULL, -- SHA-256 of the secret, hex
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (site_id, id)
);
