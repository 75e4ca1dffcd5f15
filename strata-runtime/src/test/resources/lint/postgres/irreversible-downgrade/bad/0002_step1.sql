-- strata:revision r0002
-- strata:revises r0001
-- strata:message declared irreversible

-- strata:upgrade
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;

-- strata:downgrade irreversible
