-- strata:revision r0002
-- strata:revises r0001
-- strata:message required note

-- strata:upgrade
ALTER TABLE orders ADD INDEX ix_orders_status (status);
ALTER TABLE orders MODIFY note VARCHAR(100) NOT NULL DEFAULT '';

-- strata:downgrade
ALTER TABLE orders MODIFY note VARCHAR(100) NOT NULL;
