-- strata:revision r0003
-- strata:revises r0002
-- strata:message validate the check

-- strata:upgrade
ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_status_not_null;

-- strata:downgrade
