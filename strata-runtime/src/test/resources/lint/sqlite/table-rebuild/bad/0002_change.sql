-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
CREATE TABLE orders_new (
    id          INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id)
);
INSERT INTO orders_new (id, customer_id) SELECT id, customer_id FROM orders;
DROP TABLE orders;
ALTER TABLE orders_new RENAME TO orders_v2;

-- strata:downgrade
DROP TABLE orders_v2;
