-- strata:revision r0002
-- strata:revises r0001
-- strata:message change
-- strata:transactional false

-- strata:upgrade
DROP INDEX CONCURRENTLY ix_orders_total;

-- strata:downgrade
CREATE INDEX CONCURRENTLY ix_orders_total ON orders (total);
