-- strata:revision r0003
-- strata:revises r0002
-- strata:message validate it

-- strata:upgrade
ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total;

-- strata:downgrade
