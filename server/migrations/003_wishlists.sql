CREATE TABLE wishlists (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  actor text NOT NULL,
  name text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  share_id text UNIQUE,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (site_id, id)
);
CREATE INDEX wishlists_by_actor ON wishlists (site_id, actor);
CREATE UNIQUE INDEX one_default_wishlist ON wishlists (site_id, actor) WHERE is_default;

CREATE TABLE wishlist_items (
  site_id text NOT NULL,
  list_id text NOT NULL,
  product_id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (site_id, list_id, product_id),
  FOREIGN KEY (site_id, list_id) REFERENCES wishlists (site_id, id) ON DELETE CASCADE
);

-- People (not list entries) wishing for a product.
CREATE TABLE wish_counts (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  product_id text NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (site_id, product_id)
);
