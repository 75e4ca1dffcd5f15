-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE INDEX ix_orders_status ON orders (status);

-- strata:downgrade
DROP INDEX ix_orders_status;
