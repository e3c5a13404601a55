CREATE TABLE reviews (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  product_id text NOT NULL,
  actor text NOT NULL,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title text NOT NULL,
  body text NOT NULL,
  author text NOT NULL,
  locale text,
  verified boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'pending', 'hidden')),
  helpful integer NOT NULL DEFAULT 0 CHECK (helpful >= 0),
  reports integer NOT NULL DEFAULT 0,
  -- Insertion order: the stable tie-break that keyset cursors page on.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  UNIQUE (site_id, product_id, actor)
);
CREATE INDEX reviews_by_product ON reviews (site_id, product_id, status, rating);

CREATE TABLE review_replies (
  site_id text NOT NULL,
  id text NOT NULL,
  review_id text NOT NULL,
  author text NOT NULL,
  seller boolean NOT NULL,
  body text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  FOREIGN KEY (site_id, review_id) REFERENCES reviews (site_id, id) ON DELETE CASCADE
);
CREATE INDEX replies_by_review ON review_replies (site_id, review_id, seq);

CREATE TABLE review_votes (
  site_id text NOT NULL,
  review_id text NOT NULL,
  actor text NOT NULL,
  PRIMARY KEY (site_id, review_id, actor),
  FOREIGN KEY (site_id, review_id) REFERENCES reviews (site_id, id) ON DELETE CASCADE
);

CREATE TABLE review_reports (
  site_id text NOT NULL,
  review_id text NOT NULL,
  actor text NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, review_id, actor),
  FOREIGN KEY (site_id, review_id) REFERENCES reviews (site_id, id) ON DELETE CASCADE
);
