-- strata:revision r0002
-- strata:revises r0001
-- strata:message paid at

-- strata:upgrade
SET lock_timeout = 0;
ALTER TABLE orders ADD COLUMN paid_at timestamptz;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN paid_at;
