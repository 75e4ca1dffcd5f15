-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ADD COLUMN payload jsonb;

-- strata:downgrade
ALTER TABLE orders DROP COLUMN payload;
