-- strata:revision r0003
-- strata:revises r0002
-- strata:message last order

-- strata:upgrade
ALTER TABLE customers ADD COLUMN last_order_at timestamptz;

-- strata:downgrade
ALTER TABLE customers DROP COLUMN last_order_at;
