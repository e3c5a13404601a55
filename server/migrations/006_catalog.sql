CREATE TABLE products (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  images jsonb NOT NULL DEFAULT '[]',
  category text,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (site_id, id)
);
CREATE INDEX products_by_category ON products (site_id, category);

-- Money in minor units; stock NULL when the shop does not track it.
CREATE TABLE variants (
  site_id text NOT NULL,
  product_id text NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  options jsonb NOT NULL DEFAULT '{}',
  price integer NOT NULL CHECK (price >= 0),
  compare_at_price integer CHECK (compare_at_price >= 0),
  currency char(3) NOT NULL,
  stock integer CHECK (stock >= 0),
  PRIMARY KEY (site_id, product_id, id),
  FOREIGN KEY (site_id, product_id) REFERENCES products (site_id, id) ON DELETE CASCADE
);
