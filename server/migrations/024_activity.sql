-- Activity: what shoppers did, one row per event, appended in the transaction of the change it
-- records (so a rolled-back like leaves no event) and never updated. The seller's insights are
-- aggregates over it. `visitor` is a pseudonym (server/data/activity.ts), never an address or
-- the shop's own customer id; `value` is the event's number where it has one (a review's stars,
-- an order's total in minor units).
CREATE TABLE activity_events (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  product_id text,
  network text,
  locale text,
  visitor text,
  value bigint,
  PRIMARY KEY (site_id, at, id)
);
