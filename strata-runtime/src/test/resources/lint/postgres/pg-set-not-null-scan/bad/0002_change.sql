-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;

-- strata:downgrade
ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;
