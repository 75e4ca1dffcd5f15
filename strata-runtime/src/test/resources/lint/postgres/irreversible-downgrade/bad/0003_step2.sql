-- strata:revision r0003
-- strata:revises r0002
-- strata:message empty downgrade

-- strata:upgrade
ALTER TABLE orders ADD COLUMN paid_at timestamptz;

-- strata:downgrade
