-- A share counts once per (product, visitor, network), so a retried request cannot inflate it.
CREATE TABLE shares (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  product_id text NOT NULL,
  actor text NOT NULL,
  network text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, product_id, actor, network)
);

CREATE TABLE share_counts (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  product_id text NOT NULL,
  network text NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (site_id, product_id, network)
);
