-- strata:revision r0002
-- strata:revises r0001
-- strata:message check status not null

-- strata:upgrade
ALTER TABLE orders ADD CONSTRAINT ck_orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;

-- strata:downgrade
ALTER TABLE orders DROP CONSTRAINT ck_orders_status_not_null;
