-- strata:revision 6f3d0e1c8b29
-- strata:revises 5e2c9d0b7a18
-- strata:message index the foreign keys of orders
-- strata:transactional false

-- Runs statement by statement, outside a transaction: on PostgreSQL this is where
-- CREATE INDEX CONCURRENTLY goes (it cannot run inside one).

-- strata:upgrade
-- strata:allow pg-create-index-nonconcurrent orders is created earlier in this same release (3c9e2f7b1d45) and has no rows yet, so the SHARE lock blocks no one; CONCURRENTLY would not run on SQLite or MariaDB
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
-- strata:allow pg-create-index-nonconcurrent orders is still empty here (see above)
CREATE INDEX ix_orders_product_id ON orders (product_id);

-- strata:downgrade
DROP INDEX ix_orders_product_id;
DROP INDEX ix_orders_customer_id;
