-- strata:revision 6f3d0e1c8b29
-- strata:revises 5e2c9d0b7a18
-- strata:message index the foreign keys of orders
-- strata:transactional false

-- Runs statement by statement, outside a transaction: on PostgreSQL this is where
-- CREATE INDEX CONCURRENTLY goes (it cannot run inside one).

-- strata:upgrade
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX ix_orders_product_id ON orders (product_id);

-- strata:downgrade
DROP INDEX ix_orders_product_id;
DROP INDEX ix_orders_customer_id;
