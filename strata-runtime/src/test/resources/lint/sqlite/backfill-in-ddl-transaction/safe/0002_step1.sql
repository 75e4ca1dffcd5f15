-- strata:revision r0002
-- strata:revises r0001
-- strata:message add total

-- strata:upgrade
ALTER TABLE orders ADD COLUMN total INTEGER;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN total;
