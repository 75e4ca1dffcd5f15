-- strata:revision r0002
-- strata:revises r0001
-- strata:message paid at and last order

-- strata:upgrade
ALTER TABLE orders ADD COLUMN paid_at timestamptz;
ALTER TABLE customers ADD COLUMN last_order_at timestamptz;

-- strata:downgrade
ALTER TABLE customers DROP COLUMN last_order_at;
ALTER TABLE orders DROP COLUMN paid_at;
