CREATE TABLE cart_lines (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  actor text NOT NULL,
  product_id text NOT NULL,
  variant_id text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (site_id, actor, product_id, variant_id)
);

-- The idempotency key is unique per visitor: the same key always names the same order.
CREATE TABLE orders (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  actor text NOT NULL,
  idempotency_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'cancelled')),
  total integer NOT NULL,
  currency char(3) NOT NULL,
  lines jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  UNIQUE (site_id, actor, idempotency_key)
);
