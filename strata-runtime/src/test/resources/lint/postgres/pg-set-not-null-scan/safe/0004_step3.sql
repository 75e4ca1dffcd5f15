-- strata:revision r0004
-- strata:revises r0003
-- strata:message enforce status not null

-- strata:upgrade
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT ck_orders_status_not_null;

-- strata:downgrade
ALTER TABLE orders ADD CONSTRAINT ck_orders_status_not_null CHECK (status IS NOT NULL);
ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;
