-- Reports hold a review only when they come from distinct witnesses: a signed-in customer
-- is one witness, visitors without a user token are one per address (an IPv6 /64), so fresh
-- visitor tokens from one address count once (server/data/review-reports.ts names them).
-- Earlier reports kept no address: each stays its own witness, a customer as such.
ALTER TABLE review_reports ADD COLUMN witness text;
UPDATE review_reports SET witness = CASE WHEN actor LIKE 'u:%' THEN 'customer:' || actor ELSE actor END;
ALTER TABLE review_reports ALTER COLUMN witness SET NOT NULL;
-- Reports the seller has decided on (published or hid the review since): kept, so the same
-- visitors cannot report again, but no longer counted nor shown.
ALTER TABLE review_reports ADD COLUMN settled boolean NOT NULL DEFAULT false;
UPDATE review_reports AS r SET settled = true FROM reviews AS v WHERE v.site_id = r.site_id AND v.id = r.review_id AND v.reports = 0;
-- The seller's queue of reviews with undecided reports, held or not.
CREATE INDEX reviews_reported ON reviews (site_id, seq) WHERE reports > 0;

-- One index per sort of a product's published reviews, in the sort's own order, so a page
-- is an index range scan whatever the number of reviews. `lowest` pages by rating up and
-- then newest first: mixed directions, hence the index on -seq.
DROP INDEX reviews_by_product;
CREATE INDEX reviews_newest ON reviews (site_id, product_id, status, seq);
CREATE INDEX reviews_helpful ON reviews (site_id, product_id, status, helpful, seq);
CREATE INDEX reviews_highest ON reviews (site_id, product_id, status, rating, seq);
CREATE INDEX reviews_lowest ON reviews (site_id, product_id, status, rating, (-seq));
-- The star filter: newest, highest and lowest of one rating read reviews_highest; helpful needs its own.
CREATE INDEX reviews_helpful_by_rating ON reviews (site_id, product_id, status, rating, helpful, seq);

-- Published reviews per product and star, kept by triggers whatever writes the reviews, so
-- a page's total and a rating summary read five rows rather than counting every review.
CREATE TABLE review_ratings (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  product_id text NOT NULL,
  rating smallint NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (site_id, product_id, rating)
);
INSERT INTO review_ratings (site_id, product_id, rating, count)
  SELECT site_id, product_id, rating, count(*) FROM reviews WHERE status = 'published' GROUP BY site_id, product_id, rating;

-- Per statement, so a bulk insert of 1000 reviews costs one upsert per product and star.
CREATE FUNCTION review_ratings_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO review_ratings (site_id, product_id, rating, count)
    SELECT site_id, product_id, rating, count(*) FROM added WHERE status = 'published' GROUP BY site_id, product_id, rating
    ON CONFLICT (site_id, product_id, rating) DO UPDATE SET count = review_ratings.count + EXCLUDED.count;
  RETURN NULL;
END $$;
CREATE TRIGGER reviews_count_insert AFTER INSERT ON reviews REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION review_ratings_insert();

-- Per row, only when a review enters or leaves the published count (a vote changes neither).
CREATE FUNCTION review_ratings_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    UPDATE review_ratings SET count = count - 1 WHERE site_id = OLD.site_id AND product_id = OLD.product_id AND rating = OLD.rating;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'published' THEN
    INSERT INTO review_ratings (site_id, product_id, rating, count) VALUES (NEW.site_id, NEW.product_id, NEW.rating, 1)
      ON CONFLICT (site_id, product_id, rating) DO UPDATE SET count = review_ratings.count + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER reviews_count_update AFTER UPDATE ON reviews FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.rating IS DISTINCT FROM NEW.rating OR OLD.product_id IS DISTINCT FROM NEW.product_id)
  EXECUTE FUNCTION review_ratings_change();
CREATE TRIGGER reviews_count_delete AFTER DELETE ON reviews FOR EACH ROW WHEN (OLD.status = 'published')
  EXECUTE FUNCTION review_ratings_change();
