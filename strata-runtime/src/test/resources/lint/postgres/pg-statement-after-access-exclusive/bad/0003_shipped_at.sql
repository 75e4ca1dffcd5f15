-- strata:revision r0003
-- strata:revises r0002
-- strata:message shipped at, customer key dropped, a placeholder order

-- strata:upgrade
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
ALTER TABLE orders DROP CONSTRAINT fk_orders_customer;
INSERT INTO orders (id, customer_id, status) VALUES (-1, -1, 'placeholder');

-- strata:downgrade
DELETE FROM orders WHERE id = -1;
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT NOT VALID;
ALTER TABLE orders DROP COLUMN shipped_at;
