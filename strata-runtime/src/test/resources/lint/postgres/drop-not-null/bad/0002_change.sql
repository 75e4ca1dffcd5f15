-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
ALTER TABLE orders ALTER COLUMN customer_id DROP NOT NULL;

-- strata:downgrade
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
