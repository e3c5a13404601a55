-- Money and stock in 64 bits: an order above 2^31 - 1 minor units (21.5M IDR, about €21M) no
-- longer overflows. The schemas keep every amount below 2^53, so answers stay exact JSON numbers.
ALTER TABLE variants
  ALTER COLUMN price TYPE bigint,
  ALTER COLUMN compare_at_price TYPE bigint,
  ALTER COLUMN stock TYPE bigint;
ALTER TABLE orders ALTER COLUMN total TYPE bigint;

-- An order's Idempotency-Key is kept in idempotency_keys (013) like every create's; the copy
-- on the order (and its unique index) only answered orders made before 013.
ALTER TABLE orders DROP COLUMN idempotency_key;
