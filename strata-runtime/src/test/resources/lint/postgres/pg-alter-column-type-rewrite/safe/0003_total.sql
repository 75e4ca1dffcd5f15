-- strata:revision r0003
-- strata:revises r0002
-- strata:message wider total

-- strata:upgrade
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);

-- strata:downgrade
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10, 2);
