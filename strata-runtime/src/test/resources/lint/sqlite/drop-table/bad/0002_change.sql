-- strata:revision r0002
-- strata:revises r0001
-- strata:message change

-- strata:upgrade
DROP TABLE orders;

-- strata:downgrade
CREATE TABLE orders (
    id          INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    status      TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
