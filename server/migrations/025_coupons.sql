-- Coupons: a seller's campaigns, the personal codes issued in them, and their redemptions.
-- `discount` and `min_order` are stored as the API says them ({ kind, amount: Money } or
-- { kind, percent }; Money), so no column pair can disagree with its currency.
CREATE TABLE coupon_campaigns (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  discount jsonb NOT NULL,
  min_order jsonb,
  expires_at timestamptz,
  -- A coupon also expires this many days after it was issued (a reward's "60 days").
  valid_days integer CHECK (valid_days > 0),
  once_per text NOT NULL CHECK (once_per IN ('code', 'customer')),
  reward text CHECK (reward IN ('review', 'verified_review')),
  ended_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (site_id, id)
);
-- At most one running reward campaign per site: a published review earns one coupon, not two.
CREATE UNIQUE INDEX coupon_campaigns_one_reward ON coupon_campaigns (site_id) WHERE reward IS NOT NULL AND ended_at IS NULL;

-- `code` is the canonical form (12 characters, no separators). `owner` is the actor it was
-- issued to (`u:` a signed-in customer, `v:` a visitor), null for a code handed out.
-- `review_id` makes a review's reward once per review.
CREATE TABLE coupons (
  site_id text NOT NULL,
  code text NOT NULL,
  campaign_id text NOT NULL,
  owner text,
  review_id text,
  expires_at timestamptz,
  -- Its review was hidden before the coupon was used: the reward is withdrawn.
  voided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (site_id, code),
  FOREIGN KEY (site_id, campaign_id) REFERENCES coupon_campaigns (site_id, id) ON DELETE CASCADE,
  UNIQUE (site_id, review_id)
);
CREATE INDEX coupons_by_owner ON coupons (site_id, owner, seq);
CREATE INDEX coupons_by_campaign ON coupons (site_id, campaign_id);

-- A redemption is a row, and its keys make it exactly once whoever races: the code once,
-- and in a once-per-customer campaign (`customer` set) each customer once.
CREATE TABLE coupon_redemptions (
  site_id text NOT NULL,
  code text NOT NULL,
  campaign_id text NOT NULL,
  customer text,
  order_id text, -- at checkout; null at a till
  member_id text, -- the till's team member; null for the secret key or at checkout
  discount jsonb, -- Money, or null when a till gave no order total for a percentage
  redeemed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, code),
  FOREIGN KEY (site_id, code) REFERENCES coupons (site_id, code) ON DELETE CASCADE,
  UNIQUE (site_id, campaign_id, customer)
);
CREATE INDEX coupon_redemptions_by_order ON coupon_redemptions (site_id, order_id) WHERE order_id IS NOT NULL;

-- An order's total is after its coupon's discount.
ALTER TABLE orders ADD COLUMN discount bigint, ADD COLUMN coupon_code text;

-- Tills redeem coupons with a team member's credential of scope `till`.
ALTER TABLE team_members DROP CONSTRAINT team_members_scopes_check;
ALTER TABLE team_members ADD CONSTRAINT team_members_scopes_check CHECK (scopes <@ ARRAY['answer', 'moderate', 'catalog', 'insights', 'team', 'till']);
