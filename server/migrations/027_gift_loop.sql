-- The variant (size, colour) a wish was made with, when the product has several.
ALTER TABLE wishlist_items ADD COLUMN variant_id text;
-- The name friends see on a shared list, as its owner chose it ('' for none).
ALTER TABLE wishlists ADD COLUMN owner_name text NOT NULL DEFAULT '';

-- Items of a list bought as gifts by friends: one row per order and product, so a
-- cancelled order frees its mark while another order of the same item keeps it.
CREATE TABLE wishlist_gifts (
  site_id text NOT NULL,
  list_id text NOT NULL,
  product_id text NOT NULL,
  order_id text NOT NULL,
  PRIMARY KEY (site_id, order_id, product_id),
  FOREIGN KEY (site_id, list_id) REFERENCES wishlists (site_id, id) ON DELETE CASCADE,
  FOREIGN KEY (site_id, order_id) REFERENCES orders (site_id, id) ON DELETE CASCADE
);
CREATE INDEX wishlist_gifts_by_list ON wishlist_gifts (site_id, list_id);

-- A gift from a friend's list: the share it came from, whether to send it to the list's
-- owner, and then the owner's references for the shop (the list, and the shop's customer id
-- when the owner was signed in): never an address, which the shop looks up itself.
ALTER TABLE orders ADD COLUMN gift_for jsonb;
