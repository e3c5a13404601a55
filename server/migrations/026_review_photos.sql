-- Review photos: uploaded one at a time (`actor` is the uploader), then attached to the
-- review that actor writes. A photo is served only while its review is published, so
-- moderation holds and hides photos with their review. The bytes stay as uploaded: their
-- type and size were read from them (server/images/sniff.ts), never from a name.
CREATE TABLE review_photos (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  actor text NOT NULL,
  review_id text,
  -- Order in the review, from 0; set exactly when attached.
  position smallint CHECK (position BETWEEN 0 AND 3),
  type text NOT NULL CHECK (type IN ('image/webp', 'image/jpeg', 'image/png')),
  width integer NOT NULL CHECK (width > 0),
  height integer NOT NULL CHECK (height > 0),
  bytes bytea NOT NULL CHECK (octet_length(bytes) <= 409600),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  FOREIGN KEY (site_id, review_id) REFERENCES reviews (site_id, id) ON DELETE CASCADE,
  UNIQUE (site_id, review_id, position),
  CHECK ((review_id IS NULL) = (position IS NULL))
);
-- An uploader's photos not yet in a review: what a review create attaches, and what ages out.
CREATE INDEX review_photos_unattached ON review_photos (site_id, actor, created_at) WHERE review_id IS NULL;

-- How many photos a review has, for the "with photos" filter without a join.
ALTER TABLE reviews ADD COLUMN photos smallint NOT NULL DEFAULT 0 CHECK (photos BETWEEN 0 AND 4);
CREATE INDEX reviews_with_photos ON reviews (site_id, product_id, seq) WHERE photos > 0 AND status = 'published';
