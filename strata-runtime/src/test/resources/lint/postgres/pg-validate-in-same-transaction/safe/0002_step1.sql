-- strata:revision r0002
-- strata:revises r0001
-- strata:message add the check

-- strata:upgrade
ALTER TABLE orders ADD CONSTRAINT ck_orders_total CHECK (total >= 0) NOT VALID;

-- strata:downgrade
ALTER TABLE orders DROP CONSTRAINT ck_orders_total;
