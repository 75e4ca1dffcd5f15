-- strata:revision r0002
-- strata:revises r0001
-- strata:message paid at

-- strata:upgrade
ALTER TABLE orders ADD COLUMN paid_at timestamptz;
ALTER TABLE orders ALTER COLUMN paid_at SET DEFAULT now();

-- strata:downgrade
ALTER TABLE orders DROP COLUMN paid_at;
