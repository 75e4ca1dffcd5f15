-- strata:revision r0002
-- strata:revises r0001
-- strata:message shipping times

-- strata:upgrade
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
ALTER TABLE orders ADD COLUMN delivered_at timestamp(3) with time zone;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN delivered_at;
ALTER TABLE orders DROP COLUMN shipped_at;
