-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN shipped_at;
