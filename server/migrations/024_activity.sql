-- Activity: what shoppers did, one row per event, appended in the transaction of the change it
-- records (so a rolled-back like leaves no event) and never updated. The seller's insights are
-- aggregates over it. `visitor` is a pseudonym (server/data/activity.ts), never an address or
-- the shop's own customer id; `value` is the event's number where it has one (a review's stars,
-- an order's total in minor units); `subject` what the event is about when not a product (the
-- poll or ask voted on).
CREATE TABLE activity_events (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  product_id text,
  network text,
  subject text,
  locale text,
  visitor text,
  value bigint,
  PRIMARY KEY (site_id, at, id)
);
-- Retention drops events by age, across sites.
CREATE INDEX activity_events_by_age ON activity_events (at);

-- Daily rollups, kept by the trigger below whatever inserts events (a write, the demo seed, a
-- bench), so an aggregate reads days rather than events. Days are UTC days.
-- Events per kind and day: the activity over time.
CREATE TABLE activity_days (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  kind text NOT NULL,
  day date NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (site_id, kind, day)
);
-- Events per kind, day, product and detail: the share's network, the vote's poll or ask, the
-- review's stars ('' for none); `total` sums their values (a review's stars, for averages).
CREATE TABLE activity_details (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  kind text NOT NULL,
  day date NOT NULL,
  product_id text NOT NULL,
  detail text NOT NULL,
  count integer NOT NULL,
  total bigint NOT NULL,
  PRIMARY KEY (site_id, kind, day, product_id, detail)
);
-- One row per visitor, kind and day they acted, with the visitor's previous such day: the
-- visitors of a range are its rows whose previous day is before the range (or none), a count
-- rather than a DISTINCT over every row (the funnel).
CREATE TABLE activity_visitor_days (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  kind text NOT NULL,
  visitor text NOT NULL,
  day date NOT NULL,
  prev_day date,
  PRIMARY KEY (site_id, kind, visitor, day)
);
CREATE INDEX activity_visitor_days_by_day ON activity_visitor_days (site_id, kind, day);

-- Per statement, so a bulk insert costs one upsert per group. Rows are upserted in key order,
-- so two transactions never wait on each other's rows in opposite orders.
CREATE FUNCTION activity_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_days (site_id, kind, day, count)
    SELECT site_id, kind, (at AT TIME ZONE 'UTC')::date AS day, count(*) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (site_id, kind, day) DO UPDATE SET count = activity_days.count + EXCLUDED.count;
  INSERT INTO activity_details (site_id, kind, day, product_id, detail, count, total)
    SELECT site_id, kind, (at AT TIME ZONE 'UTC')::date AS day, coalesce(product_id, '') AS product_id,
           coalesce(network, subject, CASE WHEN kind = 'review' THEN value::text END, '') AS detail, count(*), coalesce(sum(value), 0)
    FROM added GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (site_id, kind, day, product_id, detail) DO UPDATE
      SET count = activity_details.count + EXCLUDED.count, total = activity_details.total + EXCLUDED.total;
  -- Events arrive in time order, so a visitor's previous day is the latest one already kept,
  -- or the one before in this statement's own rows (a bulk insert of many days). Ordered as
  -- the primary key, so that the planner reads the visitor's own days from it.
  INSERT INTO activity_visitor_days (site_id, kind, visitor, day, prev_day)
    SELECT f.site_id, f.kind, f.visitor, f.day,
           coalesce(lag(f.day) OVER (PARTITION BY f.site_id, f.kind, f.visitor ORDER BY f.day),
                    (SELECT k.day FROM activity_visitor_days k WHERE (k.site_id, k.kind, k.visitor) = (f.site_id, f.kind, f.visitor) AND (k.visitor, k.day) < (f.visitor, f.day)
                     ORDER BY k.visitor DESC, k.day DESC LIMIT 1))
    FROM (SELECT DISTINCT site_id, kind, visitor, (at AT TIME ZONE 'UTC')::date AS day FROM added WHERE visitor IS NOT NULL) AS f
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (site_id, kind, visitor, day) DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER activity_events_roll_up AFTER INSERT ON activity_events REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION activity_roll_up();
