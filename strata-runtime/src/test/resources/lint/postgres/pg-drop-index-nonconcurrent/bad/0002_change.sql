-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
DROP INDEX ix_orders_total;

-- strata:downgrade
CREATE INDEX ix_orders_total ON orders (total);
