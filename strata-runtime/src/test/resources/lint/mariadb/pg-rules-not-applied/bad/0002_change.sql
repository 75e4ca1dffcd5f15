-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE INDEX ix_orders_status ON orders (status);
ALTER TABLE orders ADD COLUMN payload JSON;
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer2 FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT;
TRUNCATE orders;

-- strata:downgrade
ALTER TABLE orders DROP FOREIGN KEY fk_orders_customer2;
ALTER TABLE orders DROP COLUMN payload;
DROP INDEX ix_orders_status ON orders;
